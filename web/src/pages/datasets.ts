import { getJson } from "../api";
import { esc, status } from "../dom";
import { dateTime, num, t } from "../i18n";
import type { Page } from "./page";

interface Dataset {
  name: string;
  title: string;
  publisher: string;
  licence: string;
  vintage: string;
  citation: string;
  url: string;
  rows: number;
  imported_at: string;
  origin: string;
}

export const datasetsPage: Page = {
  id: "datasets",
  title: "datasets.title",
  async render(main) {
    main.innerHTML = `<h1>${esc(t("datasets.title"))}</h1><p>${esc(t("datasets.intro"))}</p><div id="datasets-body"></div>`;
    const body = main.querySelector<HTMLElement>("#datasets-body")!;
    status(body, t("loading"));
    const { datasets } = await getJson<{ datasets: Dataset[] }>("/api/v1/datasets");
    body.innerHTML = `
      <p><a class="button" href="/api/v1/datasets?format=csv" download="datasets.csv">${esc(t("download.csv"))}</a></p>
      <div class="scroll"><table id="datasets-table">
        <caption>${esc(t("datasets.title"))} (${num(datasets.length)})</caption>
        <thead><tr>
          <th scope="col">${esc(t("datasets.name"))}</th>
          <th scope="col">${esc(t("datasets.source"))}</th>
          <th scope="col">${esc(t("datasets.licence"))}</th>
          <th scope="col">${esc(t("datasets.vintage"))}</th>
          <th scope="col" class="num">${esc(t("datasets.rows"))}</th>
          <th scope="col">${esc(t("datasets.origin"))}</th>
        </tr></thead>
        <tbody>${datasets
          .map(
            (d) => `<tr>
              <th scope="row"><code>${esc(d.name)}</code></th>
              <td>${d.url ? `<a href="${esc(d.url)}" rel="noreferrer">${esc(d.publisher)}, ${esc(d.title)}</a>` : `${esc(d.publisher)}, ${esc(d.title)}`}
                ${d.citation ? `<details><summary>citation</summary>${esc(d.citation)}</details>` : ""}</td>
              <td>${esc(d.licence)}</td>
              <td>${esc(d.vintage)}</td>
              <td class="num">${num(d.rows)}</td>
              <td>${esc(d.origin)}${d.imported_at ? `<br><small>${esc(dateTime(d.imported_at))}</small>` : ""}</td>
            </tr>`,
          )
          .join("")}</tbody>
      </table></div>`;
  },
};

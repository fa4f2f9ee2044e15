import { ApiError, csrfHeaders, getJson } from "../api";
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
    const imported = sessionStorage.getItem("chokepoint.imported");
    sessionStorage.removeItem("chokepoint.imported");
    status(body, t("loading"));
    const { datasets } = await getJson<{ datasets: Dataset[] }>("/api/v1/datasets");
    body.innerHTML = `
      <section aria-labelledby="ds-import-title">
        <h2 id="ds-import-title">${esc(t("datasets.importTitle"))}</h2>
        <p>${esc(t("datasets.importIntro"))}</p>
        <form id="ds-import" class="controls">
          <label for="ds-source">${esc(t("datasets.importSource"))}</label>
          <select id="ds-source" name="source">${SOURCES.map((s) => `<option>${s}</option>`).join("")}</select>
          <label for="ds-name">${esc(t("datasets.importName"))}</label>
          <input id="ds-name" name="name" size="14" autocomplete="off">
          <label for="ds-file">${esc(t("datasets.importFile"))} (${esc(t("datasets.limit", { mb: MAX_MIB }))})</label>
          <input type="file" id="ds-file" name="file" required>
          <button type="submit">${esc(t("datasets.importButton"))}</button>
        </form>
        <div id="ds-import-result" aria-live="polite">${imported ? `<p class="status" role="status">${esc(imported)}</p>` : ""}</div>
      </section>
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
    body.querySelector<HTMLFormElement>("#ds-import")!.addEventListener("submit", (e) => {
      e.preventDefault();
      main.dataset.ready = "false";
      importFile(body)
        .then((reload) => (reload ? datasetsPage.render(main) : undefined))
        .finally(() => (main.dataset.ready = "true"));
    });
  },
};

/** Sources that come as one file; folder sources (baci, eto-chips) are imported on the command line. */
const SOURCES = ["usgs-mcs", "wgi", "countries", "hs", "comtrade", "usitc"];
const MAX_MIB = 32;

/** Uploads the chosen file; true when it landed (the table is then drawn again). */
async function importFile(body: HTMLElement): Promise<boolean> {
  const out = body.querySelector<HTMLElement>("#ds-import-result")!;
  const file = body.querySelector<HTMLInputElement>("#ds-file")!.files?.[0];
  if (!file) return false;
  if (file.size > MAX_MIB * 1024 * 1024) {
    status(out, `${t("error")}: ${file.name}: ${t("datasets.limit", { mb: MAX_MIB })}`, true);
    return false;
  }
  const params = new URLSearchParams({ source: body.querySelector<HTMLSelectElement>("#ds-source")!.value });
  const name = body.querySelector<HTMLInputElement>("#ds-name")!.value.trim();
  if (name) params.set("name", name);
  const form = new FormData();
  form.append("file", file, file.name);
  status(out, t("loading"));
  try {
    const res = await fetch(`/api/v1/datasets/import?${params}`, {
      method: "POST",
      body: form,
      headers: { Accept: "application/json", ...(await csrfHeaders()) },
    });
    const doc = await res.json();
    if (!res.ok) throw new ApiError(typeof doc.detail === "string" ? doc.detail : `${res.status}`);
    sessionStorage.setItem("chokepoint.imported", t("datasets.imported", { name: doc.imported, rows: num(doc.rows) }));
    return true;
  } catch (e) {
    status(out, `${t("error")}: ${e instanceof Error ? e.message : String(e)}`, true);
    return false;
  }
}

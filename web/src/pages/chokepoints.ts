import { getJson, Source, url } from "../api";
import { esc, sourcesNote, status } from "../dom";
import { countryName, num, pct, t } from "../i18n";
import type { Key } from "../i18n";
import { concern, perspective } from "../state";
import type { Page } from "./page";

interface Row {
  product: string;
  input: string;
  provider: string;
  provider_country: string | null;
  provider_name: string;
  share: number;
  holder: "perspective" | "concern" | "other";
  residual_capacity: number;
  product_name: string;
  input_name: string;
  impact: number;
}

const LIMIT = 20;
let threshold = "0.5";

export const chokepointsPage: Page = {
  id: "chokepoints",
  title: "chokepoints.title",
  async render(main) {
    main.innerHTML = `<h1>${esc(t("chokepoints.title"))}</h1><p>${esc(t("chokepoints.intro"))}</p>
      <form class="controls" onsubmit="return false">
        <label for="cp-threshold">${esc(t("chokepoints.threshold"))}</label>
        <select id="cp-threshold">${["0.25", "0.5", "0.75", "0.9"]
          .map((v) => `<option value="${v}" ${v === threshold ? "selected" : ""}>${pct(Number(v), 0)}</option>`)
          .join("")}</select>
      </form>
      <div id="cp-body"></div>`;
    main.querySelector<HTMLSelectElement>("#cp-threshold")!.addEventListener("change", (e) => {
      threshold = (e.target as HTMLSelectElement).value;
      void draw(main.querySelector<HTMLElement>("#cp-body")!);
    });
    await draw(main.querySelector<HTMLElement>("#cp-body")!);
  },
};

async function draw(body: HTMLElement): Promise<void> {
  status(body, t("loading"));
  const params = { network: "eto-chips", perspective: perspective(), concern: concern(), threshold };
  const doc = await getJson<{ rows: Row[]; sources: Source[] }>("/api/v1/chokepoints", params);
  const section = (holder: Row["holder"], title: Key) => {
    const all = doc.rows.filter((r) => r.holder === holder);
    const rows = all.slice(0, LIMIT);
    return `<section aria-labelledby="cp-${holder}">
      <h2 id="cp-${holder}">${esc(t(title))} — ${num(all.length)} ${esc(t("chokepoints.pairs"))}${
        rows.length < all.length ? `, ${esc(t("chokepoints.showing", { n: rows.length }))}` : ""
      }</h2>
      ${
        rows.length
          ? `<div class="scroll"><table class="cp-table" data-holder="${holder}">
        <thead><tr><th scope="col">${esc(t("chokepoints.input"))}</th><th scope="col">${esc(t("chokepoints.provider"))}</th>
        <th scope="col" class="num">${esc(t("chokepoints.share"))}</th><th scope="col">${esc(t("chokepoints.cuts"))}</th>
        <th scope="col" class="num">${esc(t("chokepoints.left"))}</th></tr></thead>
        <tbody>${rows
          .map(
            (r) => `<tr><td>${esc(r.input_name)} <small>[${esc(r.input)}]</small></td>
            <td>${esc(r.provider_country && r.provider_name === r.provider_country ? countryName(r.provider_country, r.provider_name) : r.provider_name)}${
              r.provider_country && r.provider_name !== r.provider_country ? ` <small>(${esc(countryName(r.provider_country))})</small>` : ""
            }</td>
            <td class="num">${pct(r.share)}</td><td>${esc(r.product_name)} <small>[${esc(r.product)}]</small></td>
            <td class="num">${pct(r.residual_capacity)}</td></tr>`,
          )
          .join("")}</tbody></table></div>`
          : ""
      }
    </section>`;
  };
  body.innerHTML = `
    <p><a class="button" href="${esc(url("/api/v1/chokepoints", { ...params, format: "csv" }))}" download="chokepoints.csv">${esc(t("download.csv"))}</a></p>
    ${section("perspective", "chokepoints.perspective")}
    ${section("concern", "chokepoints.concern")}
    ${section("other", "chokepoints.other")}
    ${sourcesNote(doc.sources)}`;
}

// Pooled views: the dependence of all firms' current contributions per input and supplier country
// (or supplier), released by the server under statistical disclosure control. Suppressed cells are
// shown as suppressed, never as zero; the table downloads as CSV; the line under it names the data
// and when it was released.
import { getJson, url } from "../api";
import { esc, status } from "../dom";
import { countryName, num, pct, t } from "../i18n";
import { concern, perspective } from "../state";
import type { Page } from "./page";

interface Cell {
  input: string;
  supplier_country?: string;
  supplier?: string;
  contributors: number | null;
  total: number | null;
  share: number | null;
  status: string;
  concern: boolean;
  perspective: boolean;
}

interface InputSummary {
  input: string;
  total: number | null;
  concern_share: number | null;
  concern_share_at_least: number | null;
}

interface Pooled {
  view: string;
  released_at: string;
  contributions: number;
  suppressed: number;
  cells: Cell[];
  inputs: InputSummary[];
}

let view = "country";

function supplierText(c: Cell): string {
  if (c.supplier !== undefined) return c.supplier === "Total" ? t("pooled.total") : c.supplier;
  const s = c.supplier_country ?? "";
  if (s === "Total") return t("pooled.total");
  return /^[A-Z]{3}$/.test(s) ? `${countryName(s, s)} (${s})` : s;
}

function released(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(document.documentElement.lang === "ja" ? "ja-JP" : "en-GB", { timeZone: "UTC" }) + " UTC";
}

export const pooledPage: Page = {
  id: "pooled",
  title: "pooled.title",
  async render(main) {
    main.innerHTML = `<h1>${esc(t("pooled.title"))}</h1><p>${esc(t("pooled.intro"))}</p>
      <form id="pooled-form" class="controls">
        <label for="pooled-view">${esc(t("pooled.view"))}</label>
        <select id="pooled-view">
          <option value="country" ${view === "country" ? "selected" : ""}>${esc(t("pooled.byCountry"))}</option>
          <option value="supplier" ${view === "supplier" ? "selected" : ""}>${esc(t("pooled.bySupplier"))}</option>
        </select>
      </form>
      <div id="pooled-body" aria-live="polite"></div>`;
    main.querySelector<HTMLSelectElement>("#pooled-view")!.addEventListener("change", (e) => {
      view = (e.target as HTMLSelectElement).value;
      void pooledPage.render(main);
    });
    const body = main.querySelector<HTMLElement>("#pooled-body")!;
    status(body, t("loading"));
    const params = { view, perspective: perspective(), concern: concern() };
    let p: Pooled;
    try {
      p = await getJson<Pooled>("/api/v1/pooled", params);
    } catch (e) {
      status(body, `${t("pooled.unavailable")}: ${e instanceof Error ? e.message : String(e)}`, true);
      return;
    }
    const rows = p.cells
      .map((c) => {
        const hidden = c.status === "primary" || c.status === "secondary";
        const margin = c.input === "Total" || c.supplier_country === "Total" || c.supplier === "Total";
        return `<tr class="${hidden ? "suppressed" : ""}${margin ? " margin" : ""}" data-status="${esc(c.status)}">
          <th scope="row">${esc(c.input === "Total" ? t("pooled.total") : c.input)}</th>
          <td>${esc(supplierText(c))}${c.concern ? ` <span class="mark concern">${esc(t("pooled.concern"))}</span>` : ""}</td>
          <td class="num">${hidden ? "" : esc(num(c.contributors))}</td>
          <td class="num">${hidden ? `<span class="suppressed-mark" title="${esc(t("pooled.suppressedHelp"))}">${esc(t("pooled.suppressed"))}</span>` : esc(num(c.total))}</td>
          <td class="num">${c.share === null ? "" : esc(pct(c.share))}</td>
          <td>${esc(t(`pooled.status.${c.status}` as never))}</td>
        </tr>`;
      })
      .join("");
    const shares = p.inputs
      .map(
        (i) =>
          `<li>${esc(i.input)}: ${
            i.concern_share !== null
              ? esc(t("pooled.concernShare", { share: pct(i.concern_share) }))
              : i.concern_share_at_least !== null
                ? esc(t("pooled.concernAtLeast", { share: pct(i.concern_share_at_least) }))
                : esc(t("pooled.concernUnknown"))
          }</li>`,
      )
      .join("");
    body.innerHTML = `
      <p><a class="button" id="pooled-csv" href="${esc(url("/api/v1/pooled", { ...params, format: "csv" }))}" download="pooled-${esc(view)}.csv">${esc(t("download.csv"))}</a></p>
      <div class="scroll"><table id="pooled-table">
        <caption>${esc(t("pooled.caption", { n: p.contributions, suppressed: p.suppressed }))}</caption>
        <thead><tr>
          <th scope="col">${esc(t("pooled.input"))}</th>
          <th scope="col">${esc(view === "country" ? t("pooled.country") : t("pooled.supplier"))}</th>
          <th scope="col">${esc(t("pooled.firms"))}</th>
          <th scope="col">${esc(t("pooled.volume"))}</th>
          <th scope="col">${esc(t("pooled.share"))}</th>
          <th scope="col">${esc(t("pooled.status"))}</th>
        </tr></thead>
        <tbody>${rows || `<tr><td colspan="6">${esc(t("pooled.empty"))}</td></tr>`}</tbody>
      </table></div>
      <p class="sources" id="pooled-vintage">${esc(t("pooled.vintage", { time: released(p.released_at) }))}</p>
      <p class="note">${esc(t("pooled.suppressedHelp"))}</p>
      <h2>${esc(t("pooled.concernHeading", { concern: concern() }))}</h2>
      <ul id="pooled-shares">${shares}</ul>`;
  },
};

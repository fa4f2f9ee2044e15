// Criticality: EU supply risk per material (with the EU 2021 strategic-dependency flags of the
// same HS codes and the change since the earliest trade year), Japan's designation checklist per
// product, and the EU supply-risk audit from an uploaded CSV of published intermediate values.
import { ApiError, getJson, Source, url } from "../api";
import { chartButtons, csvButton, echarts, wireChartDownloads, wireCsv } from "../charts";
import { esc, sourcesNote, status } from "../dom";
import { num, t } from "../i18n";
import { concern, perspective } from "../state";
import type { Page } from "./page";

interface SrRow {
  material: string;
  stage: string;
  hs_codes: string;
  hhi_wgi_global: number | null;
  hhi_wgi_sourcing: number | null;
  import_reliance_low: number | null;
  import_reliance_high: number | null;
  import_reliance_source: string;
  sr_low: number | null;
  sr_high: number | null;
  sr: number | null;
  wgi_year: number | null;
}

interface SrReport {
  year: number;
  rows: SrRow[];
  sources: Source[];
}

interface DepRow {
  product: string;
  eu_hhi_gt: boolean | null;
  eu_extra_share_gt: boolean | null;
  eu_import_export_gt: boolean | null;
  eu_flagged: boolean | null;
}

interface Requirement {
  number: number;
  title: string;
  title_ja: string;
  basis: string;
  evidence: string[];
}

interface Checklist {
  product: string;
  description: string;
  requirements: Requirement[];
}

/** The EU criticality threshold for supply risk (European Commission 2017 methodology). */
const SR_THRESHOLD = 1;
let method: "eu-sr" | "jp-checklist" = "eu-sr";
let year: number | undefined;
let chart: echarts.ECharts | undefined;

export const criticalityPage: Page = {
  id: "criticality",
  title: "criticality.title",
  async render(main) {
    chart?.dispose();
    chart = undefined;
    main.innerHTML = `<h1>${esc(t("criticality.title"))}</h1><p>${esc(t("criticality.intro"))}</p><div id="cr-body"></div>`;
    const body = main.querySelector<HTMLElement>("#cr-body")!;
    status(body, t("loading"));
    const { years } = await getJson<{ years: number[] }>("/api/v1/dependence/years");
    if (year === undefined || !years.includes(year)) year = years[years.length - 1];
    body.innerHTML = `
      <form class="controls" onsubmit="return false">
        <label for="cr-method">${esc(t("criticality.method"))}</label>
        <select id="cr-method">
          <option value="eu-sr" ${method === "eu-sr" ? "selected" : ""}>${esc(t("criticality.euSr"))}</option>
          <option value="jp-checklist" ${method === "jp-checklist" ? "selected" : ""}>${esc(t("criticality.jpChecklist"))}</option>
        </select>
        <label for="cr-year">${esc(t("minerals.year"))}</label>
        <select id="cr-year">${years.map((y) => `<option ${y === year ? "selected" : ""}>${y}</option>`).join("")}</select>
      </form>
      <div id="cr-result"></div>
      <section aria-labelledby="cr-upload-title">
        <h2 id="cr-upload-title">${esc(t("criticality.uploadTitle"))}</h2>
        <p>${esc(t("criticality.uploadIntro"))}</p>
        <form id="cr-upload" class="controls">
          <label for="cr-file">${esc(t("criticality.file"))}</label>
          <input type="file" id="cr-file" name="file" accept=".csv,text/csv" required>
          <button type="submit">${esc(t("criticality.compute"))}</button>
        </form>
        <div id="cr-upload-result" aria-live="polite"></div>
      </section>`;
    const result = body.querySelector<HTMLElement>("#cr-result")!;
    const redraw = () => {
      main.dataset.ready = "false";
      draw(result, years)
        .catch((err) => status(result, `${t("error")}: ${err instanceof Error ? err.message : String(err)}`, true))
        .finally(() => (main.dataset.ready = "true"));
    };
    body.querySelector<HTMLSelectElement>("#cr-method")!.addEventListener("change", (e) => {
      method = (e.target as HTMLSelectElement).value as typeof method;
      redraw();
    });
    body.querySelector<HTMLSelectElement>("#cr-year")!.addEventListener("change", (e) => {
      year = Number((e.target as HTMLSelectElement).value);
      redraw();
    });
    body.querySelector<HTMLFormElement>("#cr-upload")!.addEventListener("submit", (e) => {
      e.preventDefault();
      void upload(body);
    });
    await draw(result, years);
  },
};

window.addEventListener("resize", () => chart?.resize());

const flag = (v: boolean | null | undefined) => (v === null || v === undefined ? "–" : v ? "✔" : "✘");
const range = (lo: number | null, hi: number | null, d = 2) => (lo === null ? "–" : lo === hi || hi === null ? num(lo, d) : `${num(lo, d)}–${num(hi, d)}`);

/** Whether SR reaches the EU threshold: yes, no, or "depends" when the IR range straddles it. */
function srFlag(r: SrRow): string {
  if (r.sr_low === null || r.sr_high === null) return "–";
  if (r.sr_low >= SR_THRESHOLD) return `<strong>${esc(t("dependence.yes"))}</strong>`;
  if (r.sr_high < SR_THRESHOLD) return esc(t("dependence.no"));
  return esc(t("criticality.depends"));
}

const mid = (r: SrRow | undefined) => (r && r.sr_low !== null && r.sr_high !== null ? (r.sr_low + r.sr_high) / 2 : null);

async function draw(el: HTMLElement, years: number[]): Promise<void> {
  chart?.dispose();
  chart = undefined;
  status(el, t("loading"));
  const common = { year, perspective: perspective(), concern: concern() };
  if (method === "jp-checklist") {
    const doc = await getJson<{ rows: Checklist[]; sources: Source[] }>("/api/v1/criticality/jp-checklist", common);
    el.innerHTML = `
      <p><a class="button" href="${esc(url("/api/v1/criticality/jp-checklist", { ...common, format: "csv" }))}" download="jp-checklist-${year}.csv">${esc(t("download.csv"))}</a></p>
      <div class="scroll"><table id="cr-checklist">
        <caption>${esc(t("criticality.jpChecklist"))}, ${year}</caption>
        <thead><tr><th scope="col">${esc(t("dependence.product"))}</th><th scope="col">${esc(t("criticality.requirement"))}</th>
        <th scope="col">${esc(t("criticality.basis"))}</th><th scope="col">${esc(t("criticality.evidence"))}</th></tr></thead>
        <tbody>${doc.rows
          .map((c) =>
            c.requirements
              .map(
                (r, i) => `<tr>${i === 0 ? `<th scope="rowgroup" rowspan="${c.requirements.length}">${esc(c.description)}<br><small>${esc(c.product)}</small></th>` : ""}
                <td>${r.number}. ${esc(r.title_ja)}<br><small>${esc(r.title)}</small></td>
                <td>${esc(t(r.basis === "evidence" ? "criticality.basisEvidence" : "criticality.basisJudgement"))}</td>
                <td><ul>${r.evidence.map((e) => `<li>${esc(e)}</li>`).join("")}</ul></td></tr>`,
              )
              .join(""),
          )
          .join("")}</tbody></table></div>
      ${sourcesNote(doc.sources)}`;
    return;
  }
  // SR needs USGS production at or before the trade year: the trend starts at the earliest trade
  // year that has it
  const usgs = (await getJson<{ years: number[] }>("/api/v1/minerals/years")).years;
  const from = years.find((y) => y < (year ?? 0) && usgs.some((u) => u <= y));
  const noTrend = from === undefined ? t("criticality.noTrend") : "";
  const doc = await getJson<SrReport>("/api/v1/criticality/eu-sr", common);
  const [before, deps] = await Promise.all([
    from !== undefined ? getJson<SrReport>("/api/v1/criticality/eu-sr", { ...common, year: from }) : Promise.resolve(undefined),
    doc.rows.length
      ? getJson<{ rows: DepRow[] }>("/api/v1/dependence", { ...common, products: doc.rows.map((r) => r.hs_codes.split(";").join("+")).join(",") })
      : Promise.resolve({ rows: [] as DepRow[] }),
  ]);
  const dep = new Map(deps.rows.map((d) => [d.product, d]));
  const earlier = new Map((before?.rows ?? []).map((r) => [`${r.material}\u0000${r.stage}`, r]));
  const rows = [...doc.rows].sort((a, b) => (mid(b) ?? -1) - (mid(a) ?? -1));
  const change = (r: SrRow) => {
    const a = mid(r);
    const b = mid(earlier.get(`${r.material}\u0000${r.stage}`));
    return a === null || b === null ? null : a - b;
  };
  const caption = doc.sources.map((s) => `${s.source} (${s.dataset}, ${s.vintage}; ${s.licence})`).join("; ");
  el.innerHTML = `
    <p><a class="button" href="${esc(url("/api/v1/criticality/eu-sr", { ...common, format: "csv" }))}" download="eu-sr-${year}.csv">${esc(t("download.csv"))}</a></p>
    <figure class="chart-figure">
      <figcaption><h2 id="cr-bars-title">${esc(t("criticality.bars"))}, ${year}</h2><p>${esc(t("criticality.barsNote"))}</p></figcaption>
      <div id="cr-bars" class="chart" role="img" aria-labelledby="cr-bars-title" style="height:${Math.max(420, rows.length * 22 + 80)}px"></div>
      ${chartButtons("cr-bars")}
      ${sourcesNote(doc.sources)}
    </figure>
    ${noTrend ? `<p class="sources">${esc(noTrend)}</p>` : ""}
    <p>${csvButton("cr-table-csv")}</p>
    <div class="scroll"><table id="cr-table">
      <caption>${esc(t("criticality.table"))}, ${year}</caption>
      <thead><tr>
        <th scope="col">${esc(t("criticality.material"))}</th>
        <th scope="col" class="num">HHI<sub>WGI</sub> ${esc(t("criticality.global"))}</th>
        <th scope="col" class="num">HHI<sub>WGI</sub> ${esc(t("criticality.sourcing"))}</th>
        <th scope="col" class="num">IR</th>
        <th scope="col" class="num">SR</th>
        <th scope="col">SR ≥ ${SR_THRESHOLD}</th>
        ${from ? `<th scope="col" class="num">${esc(t("criticality.change", { y: from }))}</th>` : ""}
        <th scope="col" class="nowrap"><abbr title="${esc(t("dependence.euTitle"))}">EU 2021 1 · 2 · 3</abbr></th>
        <th scope="col">${esc(t("dependence.flagged"))}</th>
      </tr></thead>
      <tbody>${rows
        .map((r) => {
          const d = dep.get(r.hs_codes.split(";").join("+"));
          const c = change(r);
          return `<tr>
            <th scope="row">${esc(r.material)} <small>(${esc(r.stage)})</small><br><small>${esc(r.hs_codes)}</small></th>
            <td class="num">${num(r.hhi_wgi_global, 2)}</td>
            <td class="num">${num(r.hhi_wgi_sourcing, 2)}</td>
            <td class="num" title="${esc(r.import_reliance_source)}">${range(r.import_reliance_low, r.import_reliance_high)}</td>
            <td class="num">${range(r.sr_low, r.sr_high)}</td>
            <td>${srFlag(r)}</td>
            ${from ? `<td class="num">${c === null ? "–" : `${c > 0 ? "+" : ""}${num(c, 2)}`}</td>` : ""}
            <td class="nowrap">${d ? `${flag(d.eu_hhi_gt)} ${flag(d.eu_extra_share_gt)} ${flag(d.eu_import_export_gt)}` : "–"}</td>
            <td>${d?.eu_flagged ? `<strong>${esc(t("dependence.yes"))}</strong>` : d ? esc(t("dependence.no")) : "–"}</td>
          </tr>`;
        })
        .join("")}</tbody></table></div>`;
  const barsEl = el.querySelector<HTMLElement>("#cr-bars")!;
  chart = echarts.init(barsEl);
  const label = (r: SrRow) => `${r.material} (${r.stage})`;
  chart.setOption({
    aria: { enabled: true },
    animation: false,
    legend: { top: 0 },
    grid: { left: 8, right: 48, top: 32, bottom: 24, containLabel: true },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: { type: "value", min: 0 },
    yAxis: { type: "category", inverse: true, data: rows.map(label), axisLabel: { width: 300, overflow: "truncate" } },
    series: [
      { name: t("criticality.srLow"), type: "bar", stack: "sr", data: rows.map((r) => r.sr_low), itemStyle: { color: "#0b5394" } },
      {
        name: t("criticality.srRange"),
        type: "bar",
        stack: "sr",
        data: rows.map((r) => (r.sr_low === null || r.sr_high === null ? null : r.sr_high - r.sr_low)),
        itemStyle: { color: "#9fb8d0" },
      },
    ],
  });
  barsEl.dataset.points = String(rows.filter((r) => r.sr_low !== null).length);
  wireChartDownloads(el, "cr-bars", chart, `eu-sr-${year}`, caption);
  // the table as shown: supply risk with the trend and the EU 2021 flags of the same codes
  wireCsv(
    el,
    "cr-table-csv",
    `eu-sr-screening-${year}.csv`,
    ["material", "stage", "hs_codes", "year", "hhi_wgi_global", "hhi_wgi_sourcing", "import_reliance_low", "import_reliance_high", "sr_low", "sr_high", "sr_change", "trend_from", "eu_hhi_gt", "eu_extra_share_gt", "eu_import_export_gt", "eu_flagged"],
    () =>
      rows.map((r) => {
        const d = dep.get(r.hs_codes.split(";").join("+"));
        return [r.material, r.stage, r.hs_codes, year, r.hhi_wgi_global, r.hhi_wgi_sourcing, r.import_reliance_low, r.import_reliance_high, r.sr_low, r.sr_high, change(r), from ?? "", d?.eu_hhi_gt, d?.eu_extra_share_gt, d?.eu_import_export_gt, d?.eu_flagged];
      }),
  );
}

interface AuditRow {
  material: string;
  stage: string;
  sr: number | null;
}

/** Sends the chosen CSV to the audit endpoint; a problem's detail (file, line, column) is shown. */
async function upload(body: HTMLElement): Promise<void> {
  const out = body.querySelector<HTMLElement>("#cr-upload-result")!;
  const input = body.querySelector<HTMLInputElement>("#cr-file")!;
  const file = input.files?.[0];
  if (!file) return;
  status(out, t("loading"));
  const form = new FormData();
  form.append("file", file, file.name);
  try {
    const res = await fetch("/api/v1/criticality/eu-sr/inputs", { method: "POST", body: form, headers: { Accept: "application/json" } });
    const doc = await res.json();
    if (!res.ok) throw new ApiError(typeof doc.detail === "string" ? doc.detail : `${res.status}`);
    const rows: AuditRow[] = doc.rows ?? [];
    out.innerHTML = `
      <p>${csvButton("cr-audit-csv")}</p>
      <div class="scroll"><table id="cr-audit"><caption>${esc(t("criticality.auditResult", { file: file.name }))}</caption>
      <thead><tr><th scope="col">${esc(t("criticality.material"))}</th><th scope="col">${esc(t("criticality.stage"))}</th><th scope="col" class="num">SR</th></tr></thead>
      <tbody>${rows.map((r) => `<tr><th scope="row">${esc(r.material)}</th><td>${esc(r.stage)}</td><td class="num">${num(r.sr, 3)}</td></tr>`).join("")}</tbody></table></div>`;
    wireCsv(out, "cr-audit-csv", "supply-risk.csv", ["material", "stage", "sr"], () => rows.map((r) => [r.material, r.stage, r.sr]));
  } catch (e) {
    status(out, `${t("error")}: ${e instanceof Error ? e.message : String(e)}`, true);
  }
}

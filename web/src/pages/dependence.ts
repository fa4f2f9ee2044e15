import { getJson, Source, url } from "../api";
import { chartButtons, echarts, wireChartDownloads } from "../charts";
import { esc, sourcesNote, status } from "../dom";
import { countryName, num, pct, t } from "../i18n";
import { concern, perspective } from "../state";
import type { Page } from "./page";

interface Row {
  product: string;
  description: string | null;
  imports: number | null;
  hhi: number | null;
  top_supplier: string | null;
  top_share: number | null;
  concern_share: number | null;
  eu_hhi_gt: boolean | null;
  eu_extra_share_gt: boolean | null;
  eu_import_export_gt: boolean | null;
  eu_flagged: boolean | null;
  hhi_change?: number | null;
  concern_share_change?: number | null;
}

interface Report {
  year: number;
  value_unit: string;
  trend_from?: number | null;
  rows: Row[];
  sources: Source[];
  not_covered: string[];
}

const LISTS = ["jp-critical", "us-critical-minerals-2025", "eu-crm-2023"];
const BARS = 20;
let year: number | undefined;
let list = LISTS[0];
let trend = true;
let chart: echarts.ECharts | undefined;

export const dependencePage: Page = {
  id: "dependence",
  title: "dependence.title",
  async render(main) {
    chart?.dispose();
    chart = undefined;
    main.innerHTML = `<h1>${esc(t("dependence.title"))}</h1><p>${esc(t("dependence.intro"))}</p><div id="dp-body"></div>`;
    const body = main.querySelector<HTMLElement>("#dp-body")!;
    status(body, t("loading"));
    const { years } = await getJson<{ years: number[] }>("/api/v1/dependence/years");
    if (year === undefined || !years.includes(year)) year = years[years.length - 1];
    body.innerHTML = `
      <form class="controls" onsubmit="return false">
        <label for="dp-year">${esc(t("minerals.year"))}</label>
        <select id="dp-year">${years.map((y) => `<option ${y === year ? "selected" : ""}>${y}</option>`).join("")}</select>
        <label for="dp-list">${esc(t("dependence.list"))}</label>
        <select id="dp-list">${LISTS.map((l) => `<option ${l === list ? "selected" : ""}>${l}</option>`).join("")}</select>
        <input type="checkbox" id="dp-trend" ${trend ? "checked" : ""} ${years.length < 2 ? "disabled" : ""}>
        <label for="dp-trend">${esc(t("dependence.trend", { y: years[0] }))}</label>
      </form>
      <div id="dp-result"></div>`;
    const result = body.querySelector<HTMLElement>("#dp-result")!;
    const redraw = () => void draw(result, years);
    body.querySelector<HTMLSelectElement>("#dp-year")!.addEventListener("change", (e) => {
      year = Number((e.target as HTMLSelectElement).value);
      redraw();
    });
    body.querySelector<HTMLSelectElement>("#dp-list")!.addEventListener("change", (e) => {
      list = (e.target as HTMLSelectElement).value;
      redraw();
    });
    body.querySelector<HTMLInputElement>("#dp-trend")!.addEventListener("change", (e) => {
      trend = (e.target as HTMLInputElement).checked;
      redraw();
    });
    await draw(result, years);
  },
};

const flag = (v: boolean | null | undefined) => (v === null || v === undefined ? "–" : v ? "✔" : "✘");
const signed = (v: number | null | undefined, f: (x: number) => string) =>
  v === null || v === undefined ? "–" : `${v > 0 ? "+" : ""}${f(v)}`;

async function draw(el: HTMLElement, years: number[]): Promise<void> {
  chart?.dispose();
  chart = undefined;
  status(el, t("loading"));
  const from = trend && years.length > 1 && years[0] !== year ? years[0] : undefined;
  const params = { year, list, perspective: perspective(), concern: concern(), trend_from: from };
  const doc = await getJson<Report>("/api/v1/dependence", params);
  const rows = [...doc.rows].sort((a, b) => (b.concern_share ?? -1) - (a.concern_share ?? -1));
  const top = rows.filter((r) => r.concern_share !== null).slice(0, BARS);
  const label = (r: Row) => `${r.product.replace(/^hs:/, "HS ")} ${r.description ?? ""}`.trim();
  el.innerHTML = `
    <p><a class="button" href="${esc(url("/api/v1/dependence", { ...params, format: "csv" }))}" download="dependence-${doc.year}.csv">${esc(t("download.csv"))}</a></p>
    <figure class="chart-figure">
      <figcaption><h2 id="dp-bars-title">${esc(t("dependence.bars"))}, ${doc.year}</h2></figcaption>
      <div id="dp-bars" class="chart tall" role="img" aria-labelledby="dp-bars-title"></div>
      ${chartButtons("dp-bars")}
      ${sourcesNote(doc.sources)}
    </figure>
    <div class="scroll"><table id="dp-table">
      <caption>${esc(t("dependence.table"))} (${esc(t("dependence.values", { unit: doc.value_unit }))})</caption>
      <thead><tr>
        <th scope="col">${esc(t("dependence.product"))}</th>
        <th scope="col" class="num">${esc(t("dependence.imports"))}</th>
        <th scope="col">${esc(t("dependence.top"))}</th>
        <th scope="col" class="num">HHI</th>
        <th scope="col" class="num">${esc(t("minerals.concern"))}</th>
        ${doc.trend_from ? `<th scope="col" class="num">${esc(t("dependence.change", { y: doc.trend_from }))}</th>` : ""}
        <th scope="col" class="nowrap"><abbr title="${esc(t("dependence.euTitle"))}">EU 1 · 2 · 3</abbr></th>
        <th scope="col">${esc(t("dependence.flagged"))}</th>
      </tr></thead>
      <tbody>${rows
        .map(
          (r) => `<tr>
          <th scope="row">${esc(label(r))}</th>
          <td class="num">${num(r.imports)}</td>
          <td>${esc(countryName(r.top_supplier))} ${pct(r.top_share)}</td>
          <td class="num">${num(r.hhi, 3)}</td>
          <td class="num">${pct(r.concern_share)}</td>
          ${doc.trend_from ? `<td class="num">${signed(r.concern_share_change, (x) => pct(x))}</td>` : ""}
          <td class="nowrap">${flag(r.eu_hhi_gt)} ${flag(r.eu_extra_share_gt)} ${flag(r.eu_import_export_gt)}</td>
          <td>${r.eu_flagged ? `<strong>${esc(t("dependence.yes"))}</strong>` : esc(t("dependence.no"))}</td>
        </tr>`,
        )
        .join("")}</tbody>
    </table></div>
    ${doc.not_covered.length ? `<p class="sources">${esc(t("dependence.notCovered"))}: ${esc(doc.not_covered.join(", "))}</p>` : ""}`;
  const barsEl = el.querySelector<HTMLElement>("#dp-bars")!;
  chart = echarts.init(barsEl);
  chart.setOption({
    aria: { enabled: true },
    animation: false,
    grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: "item", formatter: (p: { dataIndex: number }) => `${esc(label(top[p.dataIndex]))}<br>${pct(top[p.dataIndex].concern_share)}` },
    xAxis: { type: "value", min: 0, max: 1 },
    yAxis: { type: "category", inverse: true, data: top.map(label), axisLabel: { width: 320, overflow: "truncate" } },
    series: [
      {
        type: "bar",
        data: top.map((r) => ({ value: r.concern_share, itemStyle: { color: r.eu_flagged ? "#a61b1b" : "#0b5394" } })),
        label: { show: true, position: "right", formatter: (p: { value: number }) => pct(p.value, 0) },
      },
    ],
  });
  barsEl.dataset.points = String(top.length);
  wireChartDownloads(el, "dp-bars", chart, `dependence-${list}-${doc.year}`, doc.sources.map((s) => `${s.source} (${s.dataset}, ${s.vintage})`).join("; "));
}

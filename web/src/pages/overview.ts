// Overview: the critical products the perspective imports, ranked by how concentrated their supply
// is in the concern group (or by supplier HHI, or by the concentration of world production of the
// mineral they carry), each figure with its dataset and vintage.
import { getJson, Source, url } from "../api";
import { chartButtons, echarts, wireChartDownloads } from "../charts";
import { esc, sourcesNote, status } from "../dom";
import { countryName, num, pct, t } from "../i18n";
import type { Key } from "../i18n";
import { concern, perspective } from "../state";
import type { Page } from "./page";

interface Row {
  rank: number;
  product: string;
  description: string;
  lists: string[];
  year: number;
  imports: number | null;
  hhi: number | null;
  top_supplier: string | null;
  top_share: number | null;
  concern_share: number | null;
  eu_flagged: boolean | null;
  trade_source: string;
  commodity: string | null;
  stage: string | null;
  production_year: number | null;
  production_hhi: number | null;
  production_top: string | null;
  production_top_share: number | null;
  production_concern_share: number | null;
  production_source: string | null;
}

interface Report {
  year: number;
  production_year: number | null;
  considered: number;
  value_unit: string;
  rank_by: string;
  rows: Row[];
  sources: Source[];
}

const LISTS = ["", "jp-critical", "us-critical-minerals-2025", "eu-crm-2023"];
const RANKS = ["concern_share", "hhi", "production_concern_share", "production_hhi"] as const;
let list = "";
let rankBy: (typeof RANKS)[number] = "concern_share";
let limit = "20";
let chart: echarts.ECharts | undefined;

export const overviewPage: Page = {
  id: "overview",
  title: "overview.title",
  async render(main) {
    chart?.dispose();
    chart = undefined;
    main.innerHTML = `<h1>${esc(t("overview.title"))}</h1><p>${esc(t("overview.intro"))}</p>
      <form class="controls" onsubmit="return false">
        <label for="ov-list">${esc(t("dependence.list"))}</label>
        <select id="ov-list">${LISTS.map((l) => `<option value="${l}" ${l === list ? "selected" : ""}>${esc(l || t("overview.allLists"))}</option>`).join("")}</select>
        <label for="ov-rank">${esc(t("overview.rankBy"))}</label>
        <select id="ov-rank">${RANKS.map((r) => `<option value="${r}" ${r === rankBy ? "selected" : ""}>${esc(t(`overview.rank.${r}` as Key))}</option>`).join("")}</select>
        <label for="ov-limit">${esc(t("overview.limit"))}</label>
        <select id="ov-limit">${["10", "20", "50"].map((n) => `<option ${n === limit ? "selected" : ""}>${n}</option>`).join("")}</select>
      </form>
      <div id="ov-body"></div>`;
    const body = main.querySelector<HTMLElement>("#ov-body")!;
    const on = (id: string, set: (v: string) => void) =>
      main.querySelector<HTMLSelectElement>(id)!.addEventListener("change", (e) => {
        set((e.target as HTMLSelectElement).value);
        main.dataset.ready = "false";
        draw(body)
          .catch((err) => status(body, `${t("error")}: ${err instanceof Error ? err.message : String(err)}`, true))
          .finally(() => (main.dataset.ready = "true"));
      });
    on("#ov-list", (v) => (list = v));
    on("#ov-rank", (v) => (rankBy = v as typeof rankBy));
    on("#ov-limit", (v) => (limit = v));
    await draw(body);
  },
};

window.addEventListener("resize", () => chart?.resize());

const label = (r: Row) => `${r.product.replace(/^hs:/, "HS ")} ${r.commodity ?? r.description}`.trim();
const flag = (v: boolean | null) => (v === null ? "–" : v ? `<strong>${esc(t("dependence.yes"))}</strong>` : esc(t("dependence.no")));

async function draw(body: HTMLElement): Promise<void> {
  chart?.dispose();
  chart = undefined;
  status(body, t("loading"));
  const params = { perspective: perspective(), concern: concern(), list: list || undefined, rank_by: rankBy, limit };
  const doc = await getJson<Report>("/api/v1/overview", params);
  const rows = doc.rows;
  const caption = doc.sources.map((s) => `${s.source} (${s.dataset}, ${s.vintage}; ${s.licence})`).join("; ");
  body.innerHTML = `
    <p>${esc(t("overview.considered", { n: doc.considered, shown: rows.length }))}
      <a class="button" href="${esc(url("/api/v1/overview", { ...params, format: "csv" }))}" download="overview-${doc.year}.csv">${esc(t("download.csv"))}</a></p>
    <figure class="chart-figure">
      <figcaption><h2 id="ov-bars-title">${esc(t("overview.bars"))} — ${esc(t(`overview.rank.${rankBy}` as Key))}</h2>
        <p>${esc(t("overview.years", { trade: doc.year, production: doc.production_year ?? "–" }))}</p></figcaption>
      <div id="ov-bars" class="chart" role="img" aria-labelledby="ov-bars-title" style="height:${Math.max(420, rows.length * 30 + 80)}px"></div>
      ${chartButtons("ov-bars")}
      ${sourcesNote(doc.sources)}
    </figure>
    <div class="scroll"><table id="ov-table">
      <caption>${esc(t("overview.table"))} (${esc(t("dependence.values", { unit: doc.value_unit }))})</caption>
      <thead><tr>
        <th scope="col" class="num">#</th>
        <th scope="col">${esc(t("dependence.product"))}</th>
        <th scope="col" class="num">${esc(t("dependence.imports"))}</th>
        <th scope="col">${esc(t("dependence.top"))}</th>
        <th scope="col" class="num">HHI</th>
        <th scope="col" class="num">${esc(t("overview.importConcern"))}</th>
        <th scope="col">${esc(t("dependence.flagged"))}</th>
        <th scope="col">${esc(t("overview.mineral"))}</th>
        <th scope="col">${esc(t("minerals.top"))}</th>
        <th scope="col" class="num">${esc(t("overview.productionHhi"))}</th>
        <th scope="col" class="num">${esc(t("overview.productionConcern"))}</th>
        <th scope="col">${esc(t("overview.source"))}</th>
      </tr></thead>
      <tbody>${rows
        .map(
          (r) => `<tr>
          <td class="num">${r.rank}</td>
          <th scope="row">${esc(r.product.replace(/^hs:/, "HS "))} <small>${esc(r.description)}</small><br><small>${esc(r.lists.join(", "))}</small></th>
          <td class="num">${num(r.imports)}</td>
          <td>${esc(countryName(r.top_supplier))} ${pct(r.top_share)}</td>
          <td class="num">${num(r.hhi, 3)}</td>
          <td class="num">${pct(r.concern_share)}</td>
          <td>${flag(r.eu_flagged)}</td>
          <td>${r.commodity ? `${esc(r.commodity)} <small>(${esc(r.stage)}, ${r.production_year})</small>` : "–"}</td>
          <td>${r.production_top ? `${esc(countryName(r.production_top))} ${pct(r.production_top_share)}` : "–"}</td>
          <td class="num">${num(r.production_hhi, 3)}</td>
          <td class="num">${pct(r.production_concern_share)}</td>
          <td class="nowrap"><small>${esc(r.trade_source)}${r.production_source ? `<br>${esc(r.production_source)}` : ""}</small></td>
        </tr>`,
        )
        .join("")}</tbody>
    </table></div>`;
  const barsEl = body.querySelector<HTMLElement>("#ov-bars")!;
  chart = echarts.init(barsEl);
  const shares = rankBy === "hhi" || rankBy === "production_hhi";
  const a = shares ? "hhi" : "concern_share";
  const b = shares ? "production_hhi" : "production_concern_share";
  const fmt = (v: number) => (shares ? num(v, 2) : pct(v, 0));
  chart.setOption({
    aria: { enabled: true },
    animation: false,
    legend: { top: 0 },
    grid: { left: 8, right: 48, top: 32, bottom: 24, containLabel: true },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    xAxis: { type: "value", min: 0, max: 1 },
    yAxis: { type: "category", inverse: true, data: rows.map(label), axisLabel: { width: 300, overflow: "truncate" } },
    series: [
      {
        name: t(shares ? "overview.importHhi" : "overview.importConcern"),
        type: "bar",
        data: rows.map((r) => ({ value: r[a], itemStyle: { color: r.eu_flagged ? "#a61b1b" : "#0b5394" } })),
        itemStyle: { color: "#0b5394" },
        label: { show: true, position: "right", formatter: (p: { value: number }) => fmt(p.value) },
      },
      {
        name: t(shares ? "overview.productionHhi" : "overview.productionConcern"),
        type: "bar",
        data: rows.map((r) => r[b]),
        itemStyle: { color: "#9fb8d0" },
        label: { show: true, position: "right", formatter: (p: { value: number }) => fmt(p.value) },
      },
    ],
  });
  barsEl.dataset.points = String(rows.filter((r) => r[a] !== null || r[b] !== null).length);
  wireChartDownloads(body, "ov-bars", chart, `overview-${rankBy}-${doc.year}`, caption);
}

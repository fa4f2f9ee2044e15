import { getJson, Source, url } from "../api";
import { chartButtons, csvButton, echarts, registerWorld, wireChartDownloads, wireCsv } from "../charts";
import { esc, sourcesNote, status } from "../dom";
import { countryName, num, pct, t } from "../i18n";
import { concern, perspective } from "../state";
import type { Page } from "./page";

interface Producer {
  iso3: string;
  name: string;
  quantity: number | null;
  share: number | null;
}

interface Row {
  commodity: string;
  stage: string;
  unit: string;
  year: number;
  total: number | null;
  hhi: number | null;
  cr1: number | null;
  top_producer: string | null;
  top_share: number | null;
  concern_share: number | null;
  perspective_share: number | null;
  critical: boolean;
  shares_defined: boolean;
  producers: Producer[];
}

interface Report {
  year: number;
  rows: Row[];
  sources: Source[];
}

const BARS = 20;
let year: number | undefined;
let criticalOnly = true;
let selected: string | undefined;
let charts: echarts.ECharts[] = [];

/** Datasets and vintages, for the files a chart is saved as. */
const caption = (doc: Report) => doc.sources.map((s) => `${s.source} (${s.dataset}, ${s.vintage}; ${s.licence})`).join("; ");

const key = (r: Row) => `${r.commodity} — ${r.stage} (${r.unit})`;

export const mineralsPage: Page = {
  id: "minerals",
  title: "minerals.title",
  async render(main) {
    dispose();
    main.innerHTML = `<h1>${esc(t("minerals.title"))}</h1><p>${esc(t("minerals.intro"))}</p><div id="minerals-body"></div>`;
    const body = main.querySelector<HTMLElement>("#minerals-body")!;
    status(body, t("loading"));
    const { years } = await getJson<{ years: number[] }>("/api/v1/minerals/years");
    if (year === undefined || !years.includes(year)) year = years[years.length - 1];
    body.innerHTML = `
      <form class="controls" onsubmit="return false">
        <label for="mn-year">${esc(t("minerals.year"))}</label>
        <select id="mn-year">${years.map((y) => `<option ${y === year ? "selected" : ""}>${y}</option>`).join("")}</select>
        <input type="checkbox" id="mn-critical" ${criticalOnly ? "checked" : ""}>
        <label for="mn-critical">${esc(t("minerals.criticalOnly"))}</label>
      </form>
      <div id="mn-result"></div>`;
    const result = body.querySelector<HTMLElement>("#mn-result")!;
    body.querySelector<HTMLSelectElement>("#mn-year")!.addEventListener("change", (e) => {
      year = Number((e.target as HTMLSelectElement).value);
      void draw(result);
    });
    body.querySelector<HTMLInputElement>("#mn-critical")!.addEventListener("change", (e) => {
      criticalOnly = (e.target as HTMLInputElement).checked;
      void draw(result);
    });
    await draw(result);
  },
};

function dispose(): void {
  charts.forEach((c) => c.dispose());
  charts = [];
}

window.addEventListener("resize", () => charts.forEach((c) => c.resize()));

async function draw(el: HTMLElement): Promise<void> {
  dispose();
  status(el, t("loading"));
  const params = { year, perspective: perspective(), concern: concern(), critical_only: criticalOnly };
  const doc = await getJson<Report>("/api/v1/minerals", params);
  const ranked = doc.rows.filter((r) => r.hhi !== null).sort((a, b) => (b.hhi ?? 0) - (a.hhi ?? 0));
  if (!selected || !doc.rows.some((r) => key(r) === selected)) selected = ranked.length ? key(ranked[0]) : undefined;
  const csv = url("/api/v1/minerals", { ...params, format: "csv" });
  el.innerHTML = `
    <p><a class="button" href="${esc(csv)}" download="minerals-${doc.year}.csv">${esc(t("download.csv"))}</a></p>
    <figure class="chart-figure">
      <figcaption><h2 id="mn-bars-title">${esc(t("minerals.bars"))}, ${doc.year}</h2></figcaption>
      <div id="mn-bars" class="chart tall" role="img" aria-labelledby="mn-bars-title"></div>
      ${chartButtons("mn-bars")}
      ${sourcesNote(doc.sources)}
    </figure>
    <form class="controls" onsubmit="return false">
      <label for="mn-row">${esc(t("minerals.select"))}</label>
      <select id="mn-row">${ranked
        .concat(doc.rows.filter((r) => r.hhi === null))
        .map((r) => `<option ${key(r) === selected ? "selected" : ""}>${esc(key(r))}</option>`)
        .join("")}</select>
    </form>
    <div id="mn-detail"></div>`;
  const bars = echarts.init(el.querySelector<HTMLElement>("#mn-bars")!);
  charts.push(bars);
  const top = ranked.slice(0, BARS);
  bars.setOption({
    aria: { enabled: true },
    animation: false,
    grid: { left: 8, right: 40, top: 8, bottom: 24, containLabel: true },
    tooltip: {
      trigger: "item",
      formatter: (p: { dataIndex: number }) => {
        const r = top[p.dataIndex];
        return `${esc(key(r))}<br>${t("minerals.hhi")}: ${num(r.hhi, 3)}<br>${t("minerals.top")}: ${esc(
          countryName(r.top_producer),
        )} ${pct(r.top_share)}<br>${t("minerals.concern")}: ${pct(r.concern_share)}`;
      },
    },
    xAxis: { type: "value", min: 0, max: 1 },
    yAxis: { type: "category", inverse: true, data: top.map((r) => `${r.commodity} (${r.stage})`), axisLabel: { width: 260, overflow: "truncate" } },
    series: [{ type: "bar", data: top.map((r) => r.hhi), itemStyle: { color: "#0b5394" }, label: { show: true, position: "right", formatter: (p: { value: number }) => num(p.value, 2) } }],
  });
  el.querySelector<HTMLElement>("#mn-bars")!.dataset.points = String(top.length);
  bars.on("click", (p) => {
    selected = key(top[p.dataIndex]);
    el.querySelector<HTMLSelectElement>("#mn-row")!.value = selected;
    detail(el.querySelector<HTMLElement>("#mn-detail")!, doc);
  });
  wireChartDownloads(el, "mn-bars", bars, `minerals-hhi-${doc.year}`, caption(doc));
  el.querySelector<HTMLSelectElement>("#mn-row")!.addEventListener("change", (e) => {
    selected = (e.target as HTMLSelectElement).value;
    detail(el.querySelector<HTMLElement>("#mn-detail")!, doc);
  });
  detail(el.querySelector<HTMLElement>("#mn-detail")!, doc);
}

let mapChart: echarts.ECharts | undefined;

function detail(el: HTMLElement, doc: Report): void {
  if (mapChart) {
    mapChart.dispose();
    charts = charts.filter((c) => c !== mapChart);
    mapChart = undefined;
  }
  const row = doc.rows.find((r) => key(r) === selected);
  if (!row) {
    el.innerHTML = "";
    return;
  }
  const producers = [...row.producers].sort((a, b) => (b.quantity ?? 0) - (a.quantity ?? 0));
  const shares = producers.filter((p) => p.share !== null && p.iso3);
  el.innerHTML = `
    <figure class="chart-figure">
      <figcaption><h2 id="mn-map-title">${esc(t("minerals.map"))}: ${esc(key(row))}, ${row.year}</h2>
        <p>${esc(t("minerals.hhi"))} ${num(row.hhi, 3)} · ${esc(t("minerals.concern"))} ${pct(row.concern_share)} · ${esc(
          t("minerals.perspective"),
        )} ${pct(row.perspective_share)}</p></figcaption>
      ${row.shares_defined ? `<div id="mn-map" class="chart" role="img" aria-labelledby="mn-map-title"></div>
      ${chartButtons("mn-map")}` : `<p>${esc(t("minerals.noShares"))}</p>`}
      ${sourcesNote(doc.sources)}
      <p class="sources">${esc(t("minerals.mapCredit"))}</p>
    </figure>
    <p>${csvButton("mn-producers-csv")}</p>
    <div class="scroll"><table id="mn-producers">
      <caption>${esc(t("minerals.producers"))}: ${esc(key(row))}</caption>
      <thead><tr><th scope="col">${esc(t("minerals.country"))}</th><th scope="col" class="num">${esc(
        t("minerals.quantity"),
      )} (${esc(row.unit)})</th><th scope="col" class="num">${esc(t("minerals.share"))}</th></tr></thead>
      <tbody>${producers
        .map(
          (p) => `<tr><th scope="row">${esc(countryName(p.iso3, p.name))}</th><td class="num">${num(p.quantity, 2)}</td><td class="num">${pct(p.share)}</td></tr>`,
        )
        .join("")}</tbody></table></div>`;
  wireCsv(el, "mn-producers-csv", `producers-${row.commodity}-${row.stage}-${row.year}.csv`, ["iso3", "country", "quantity", "unit", "share"], () =>
    producers.map((p) => [p.iso3, p.name, p.quantity, row.unit, p.share]),
  );
  if (!row.shares_defined) return;
  registerWorld();
  const mapEl = el.querySelector<HTMLElement>("#mn-map")!;
  mapChart = echarts.init(mapEl);
  charts.push(mapChart);
  const max = Math.max(0.01, ...shares.map((p) => p.share ?? 0));
  mapChart.setOption({
    aria: { enabled: true },
    animation: false,
    tooltip: {
      trigger: "item",
      formatter: (p: { name: string; value: number }) => `${esc(countryName(p.name, p.name))}: ${Number.isFinite(p.value) ? pct(p.value) : "–"}`,
    },
    visualMap: { min: 0, max, left: 8, bottom: 8, calculable: false, inRange: { color: ["#deebf7", "#08306b"] }, formatter: (v: number) => pct(v, 0) },
    series: [
      {
        type: "map",
        map: "world",
        roam: false,
        emphasis: { label: { show: false } },
        data: shares.map((p) => ({ name: p.iso3, value: p.share })),
      },
    ],
  });
  mapEl.dataset.countries = String(shares.length);
  wireChartDownloads(el, "mn-map", mapChart, `minerals-map-${row.commodity}-${row.year}`, caption(doc));
}

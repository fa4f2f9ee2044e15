import { ApiError, getJson } from "../api";
import { echarts } from "../charts";
import { download, esc, status } from "../dom";
import { num, pct, t } from "../i18n";
import type { Key } from "../i18n";
import type { Page } from "./page";

interface Example {
  name: string;
  title: string;
  description: string;
  model: string;
  dataset: string;
  yaml: string;
}

interface JobSource {
  dataset: string;
  source: string;
  vintage: string;
  licence: string;
}

interface Day {
  day: number;
  production: number;
  loss: number;
  final_demand_asked?: number;
  final_demand_served?: number;
  final_consumption?: number;
}

interface Job {
  id: string;
  location: string;
  scenario: string;
  state: "queued" | "running" | "done" | "failed";
  progress: { day: number; days: number; share: number };
  error?: string;
  sources?: JobSource[];
  summary?: Record<string, unknown>;
  time_series?: { baseline_output_per_day?: number; source: string; days: Day[] };
}

let examples: Example[] | undefined;
let chosen = "";
let text = "";
let job: Job | undefined;
let charts: echarts.ECharts[] = [];
let polling = 0;

function dispose(): void {
  charts.forEach((c) => c.dispose());
  charts = [];
}

export const scenarioPage: Page = {
  id: "scenario",
  title: "scenario.title",
  async render(main) {
    dispose();
    main.innerHTML = `<h1>${esc(t("scenario.title"))}</h1><p>${esc(t("scenario.intro"))}</p><div id="sc-body"></div>`;
    const body = main.querySelector<HTMLElement>("#sc-body")!;
    status(body, t("loading"));
    if (!examples) examples = (await getJson<{ examples: Example[] }>("/api/v1/scenarios/examples")).examples;
    if (!chosen && examples.length) {
      chosen = examples[0].name;
      text = examples[0].yaml;
    }
    body.innerHTML = `
      <form class="controls" id="sc-form" onsubmit="return false">
        <label for="sc-example">${esc(t("scenario.example"))}</label>
        <select id="sc-example">${examples
          .map((e) => `<option value="${esc(e.name)}" ${e.name === chosen ? "selected" : ""}>${esc(e.title)}</option>`)
          .join("")}</select>
        <label for="sc-file">${esc(t("scenario.upload"))}</label>
        <input type="file" id="sc-file" accept=".yaml,.yml,.json,text/yaml,application/json">
      </form>
      <p class="sources" id="sc-example-note">${esc(examples.find((e) => e.name === chosen)?.description ?? "")}</p>
      <label for="sc-text" class="block">${esc(t("scenario.text"))}</label>
      <textarea id="sc-text" rows="16" cols="90" spellcheck="false">${esc(text)}</textarea>
      <p><button type="button" id="sc-run">${esc(t("scenario.run"))}</button></p>
      <div id="sc-progress"></div>
      <div id="sc-result"></div>`;
    const area = body.querySelector<HTMLTextAreaElement>("#sc-text")!;
    area.addEventListener("input", () => (text = area.value));
    body.querySelector<HTMLSelectElement>("#sc-example")!.addEventListener("change", (e) => {
      chosen = (e.target as HTMLSelectElement).value;
      const ex = examples!.find((x) => x.name === chosen);
      if (ex) {
        text = ex.yaml;
        area.value = text;
        body.querySelector("#sc-example-note")!.textContent = ex.description;
      }
    });
    body.querySelector<HTMLInputElement>("#sc-file")!.addEventListener("change", async (e) => {
      const f = (e.target as HTMLInputElement).files?.[0];
      if (!f) return;
      if (f.size > 256 * 1024) {
        status(body.querySelector<HTMLElement>("#sc-result")!, t("scenario.tooLarge"), true);
        return;
      }
      text = await f.text();
      area.value = text;
    });
    body.querySelector<HTMLButtonElement>("#sc-run")!.addEventListener("click", () => void run(body));
    if (job) show(body, job);
  },
};

async function run(body: HTMLElement): Promise<void> {
  const result = body.querySelector<HTMLElement>("#sc-result")!;
  const progress = body.querySelector<HTMLElement>("#sc-progress")!;
  dispose();
  result.innerHTML = "";
  job = undefined;
  const my = ++polling;
  let res: Response;
  try {
    res = await fetch("/api/v1/simulate", {
      method: "POST",
      headers: { "Content-Type": "text/yaml", Accept: "application/json" },
      body: text,
    });
  } catch (e) {
    status(result, `${t("error")}: ${e instanceof Error ? e.message : String(e)}`, true);
    return;
  }
  if (res.status !== 202) {
    let detail = `${res.status} ${res.statusText}`;
    let where = "";
    let line = 0;
    try {
      const p = await res.json();
      if (typeof p.detail === "string") detail = p.detail;
      const err = p.errors?.[0];
      if (err?.line) {
        where = t("scenario.at", { field: err.parameter, line: err.line, column: err.column });
        line = err.line;
      } else if (err?.parameter) where = t("scenario.field", { field: err.parameter });
    } catch {
      // not a problem document
    }
    if (line > 0) {
      // select the line the problem names in the editor
      const area = body.querySelector<HTMLTextAreaElement>("#sc-text")!;
      const lines = area.value.split("\n");
      const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
      area.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
    }
    result.innerHTML = `<div class="error" role="alert"><p>${esc(t("scenario.invalid"))}: ${esc(detail)}</p>${
      where ? `<p>${esc(where)}</p>` : ""
    }</div>`;
    return;
  }
  let current = (await res.json()) as Job;
  const location = res.headers.get("Location") ?? current.location;
  for (;;) {
    if (my !== polling) return;
    bar(progress, current);
    if (current.state === "done" || current.state === "failed") break;
    await new Promise((r) => setTimeout(r, 250));
    try {
      current = await getJson<Job>(location);
    } catch (e) {
      status(result, `${t("error")}: ${e instanceof ApiError ? e.message : String(e)}`, true);
      return;
    }
  }
  job = current;
  show(body, current);
}

function bar(el: HTMLElement, j: Job): void {
  const { day, days } = j.progress;
  el.innerHTML = `<p id="sc-progress-label">${esc(t("scenario.progress", { day, days }))} · ${esc(t(`scenario.state.${j.state}` as Key))}</p>
    <div class="progress" role="progressbar" aria-labelledby="sc-progress-label" aria-valuemin="0" aria-valuemax="${days}" aria-valuenow="${day}">
      <div class="progress-fill" style="width:${days ? (100 * day) / days : 0}%"></div>
    </div>`;
}

function show(body: HTMLElement, j: Job): void {
  const result = body.querySelector<HTMLElement>("#sc-result")!;
  bar(body.querySelector<HTMLElement>("#sc-progress")!, j);
  dispose();
  if (j.state === "failed") {
    status(result, `${t("scenario.failed")}: ${j.error ?? ""}`, true);
    return;
  }
  if (!j.time_series || !j.summary) return;
  const days = j.time_series.days;
  const src = j.sources?.[0];
  const label = src ? `${src.dataset}, ${src.vintage}` : j.time_series.source;
  const caption = src
    ? `<p class="sources"><span>${esc(t("sources"))}:</span> <span class="source" data-dataset="${esc(src.dataset)}">${esc(src.source)} (${esc(
        src.dataset,
      )}, ${esc(src.vintage)}; ${esc(t("licence"))}: ${esc(src.licence)})</span></p>`
    : `<p class="sources">${esc(j.time_series.source)}</p>`;
  const s = j.summary;
  const hit = (s.most_hit_sectors ?? []) as { sector: string; name: string; total_loss: number; loss_share: number }[];
  const rows: [string, string][] = [
    [t("scenario.sum.total"), `${num(s.total_loss as number, 1)} (${pct(s.total_loss_share as number, 3)})`],
    [t("scenario.sum.peak"), `${num(s.peak_loss as number, 1)} (${pct(s.peak_loss_share as number, 2)})`],
    [t("scenario.sum.peakDay"), String(s.peak_day)],
    [t("scenario.sum.recovered"), s.recovered ? t("scenario.sum.fromDay", { day: String(s.recovered_from_day) }) : t("scenario.sum.notRecovered")],
    [t("scenario.sum.shortage"), s.shortage ? t("scenario.sum.fromDay", { day: String(s.first_shortage_day) }) : t("dependence.no")],
    [t("scenario.sum.baseline"), num(s.baseline_output_per_day as number, 1)],
    [t("scenario.sum.unit"), String(s.unit)],
  ];
  result.innerHTML = `
    <h2>${esc(j.scenario)}</h2>
    <p>
      <a class="button" id="sc-csv" href="${esc(j.location)}?format=csv" download="timeseries-${esc(j.id)}.csv">${esc(t("download.csv"))}</a>
      <a class="button" id="sc-json" href="${esc(j.location)}?format=json" download="scenario-${esc(j.id)}.json">${esc(t("scenario.json"))}</a>
    </p>
    <figure class="chart-figure">
      <figcaption><h3 id="sc-output-title">${esc(t("scenario.output"))} — ${esc(label)}</h3></figcaption>
      <div id="sc-output" class="chart" role="img" aria-labelledby="sc-output-title"></div>
      <button type="button" id="sc-output-png">${esc(t("download.png"))}</button>
      ${caption}
    </figure>
    <figure class="chart-figure">
      <figcaption><h3 id="sc-loss-title">${esc(t("scenario.loss"))} — ${esc(label)}</h3></figcaption>
      <div id="sc-loss" class="chart" role="img" aria-labelledby="sc-loss-title"></div>
      <button type="button" id="sc-loss-png">${esc(t("download.png"))}</button>
      ${caption}
    </figure>
    <table id="sc-summary">
      <caption>${esc(t("scenario.summary"))}</caption>
      <tbody>${rows.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`).join("")}</tbody>
    </table>
    <p><button type="button" id="sc-summary-csv">${esc(t("download.csv"))}</button></p>
    ${hit.length ? `<div class="scroll"><table id="sc-sectors">
      <caption>${esc(t("scenario.mostHit"))}</caption>
      <thead><tr>
        <th scope="col">${esc(t("scenario.sector"))}</th>
        <th scope="col">${esc(t("scenario.sectorName"))}</th>
        <th scope="col" class="num">${esc(t("scenario.sum.total"))}</th>
      </tr></thead>
      <tbody>${hit
        .map(
          (h) => `<tr><th scope="row">${esc(h.sector)}</th><td>${esc(h.name)}</td><td class="num">${num(h.total_loss, 1)} (${pct(h.loss_share, 3)})</td></tr>`,
        )
        .join("")}</tbody>
    </table></div>
    <p><button type="button" id="sc-sectors-csv">${esc(t("download.csv"))}</button></p>` : ""}
    ${caption}`;
  const x = days.map((d) => d.day);
  const line = (el: HTMLElement, series: { name: string; data: number[] }[]) => {
    const c = echarts.init(el);
    c.setOption({
      aria: { enabled: true },
      animation: false,
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 32, containLabel: true },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: x, name: t("scenario.day"), nameLocation: "middle", nameGap: 24 },
      yAxis: { type: "value", scale: true },
      series: series.map((s) => ({ type: "line", name: s.name, data: s.data, showSymbol: false })),
    });
    el.dataset.points = String(x.length);
    charts.push(c);
    return c;
  };
  const baseline = j.time_series.baseline_output_per_day ?? (s.baseline_output_per_day as number);
  // ARIO rows give final demand asked and served; the firm model's give final consumption, whose
  // pre-shock value (day -1) is the final demand
  const fd0 = days[0]?.final_consumption ?? 0;
  const unmet = (d: Day) =>
    d.final_demand_asked !== undefined ? d.final_demand_asked - (d.final_demand_served ?? 0) : fd0 - (d.final_consumption ?? fd0);
  const out = line(result.querySelector<HTMLElement>("#sc-output")!, [
    { name: t("scenario.production"), data: days.map((d) => d.production) },
    { name: t("scenario.baseline"), data: days.map(() => baseline) },
  ]);
  const loss = line(result.querySelector<HTMLElement>("#sc-loss")!, [
    { name: t("scenario.loss"), data: days.map((d) => d.loss) },
    { name: t("scenario.unmet"), data: days.map(unmet) },
  ]);
  const png = (c: echarts.ECharts, name: string) => () =>
    download(name, c.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#fff" }));
  result.querySelector("#sc-output-png")!.addEventListener("click", png(out, `output-${j.id}.png`));
  result.querySelector("#sc-loss-png")!.addEventListener("click", png(loss, `loss-${j.id}.png`));
  const q = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  result.querySelector("#sc-sectors-csv")?.addEventListener("click", () => {
    const csv = `sector,name,total_loss,loss_share\r\n${hit
      .map((h) => [h.sector, h.name, String(h.total_loss), String(h.loss_share)].map(q).join(","))
      .join("\r\n")}\r\n`;
    download(`most-hit-sectors-${j.id}.csv`, `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`);
  });
  result.querySelector("#sc-summary-csv")!.addEventListener("click", () => {
    const keys = Object.keys(s).filter((k) => typeof s[k] !== "object" || s[k] === null);
    const csv = `${keys.map(q).join(",")}\r\n${keys.map((k) => q(s[k] === null ? "" : String(s[k]))).join(",")}\r\n`;
    download(`summary-${j.id}.csv`, `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`);
  });
}

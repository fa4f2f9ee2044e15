// Restricted-party screening: one name, or a CSV file of names uploaded, against the sanctions and
// export-control lists; every hit with its list, entry, score, decision and the reason in words.
// The index of listed names is built by the server on first use: while it is, the API answers 503
// with Retry-After, and the page says so and tries again.
import { ApiError, getJson, Source, url } from "../api";
import { download, esc, sourcesNote, status } from "../dom";
import { num, t } from "../i18n";
import type { Page } from "./page";

interface ListInfo extends Source {
  title: string;
  entries: string;
}

interface Hit {
  score: number;
  decision: "match" | "review";
  list: string;
  list_date: string;
  entry_id: string;
  matched_name: string;
  listed_name: string;
  schema: string;
  explanation: string;
}

interface Result {
  input: Record<string, string>;
  name: string;
  decision: "match" | "review" | "no-match";
  hits: Hit[];
}

interface Report {
  thresholds: { match: number; review: number };
  lists: Source[];
  results: Result[];
}

const SCHEMAS = ["Person", "Company", "Organization", "LegalEntity", "Vessel", "Aircraft"];
/** The most result rows drawn; the CSV download has them all. */
const SHOWN = 500;

let lastName = "";
let lastSchema = "";
let lastList = "";
let lastLimit = "5";

export const screeningPage: Page = {
  id: "screening",
  title: "screening.title",
  async render(main) {
    main.innerHTML = `<h1>${esc(t("screening.title"))}</h1><p>${esc(t("screening.intro"))}</p><div id="sc-body"></div>`;
    const body = main.querySelector<HTMLElement>("#sc-body")!;
    status(body, t("loading"));
    // asking for the lists also has the server start building its index
    const { lists } = await getJson<{ lists: ListInfo[] }>("/api/v1/screen/lists");
    body.innerHTML = `
      <section aria-labelledby="sc-one-h">
        <h2 id="sc-one-h">${esc(t("screening.one"))}</h2>
        <form class="controls" id="sc-name-form">
          <label for="sc-name">${esc(t("screening.name"))}</label>
          <input id="sc-name" name="name" value="${esc(lastName)}" size="36" required maxlength="1000" autocomplete="off">
          <label for="sc-schema">${esc(t("screening.schema"))}</label>
          <select id="sc-schema"><option value="">${esc(t("screening.anyKind"))}</option>${SCHEMAS.map(
            (s) => `<option value="${s}" ${s === lastSchema ? "selected" : ""}>${s}</option>`,
          ).join("")}</select>
          <label for="sc-list">${esc(t("screening.list"))}</label>
          <select id="sc-list"><option value="">${esc(t("screening.allLists"))}</option>${lists
            .map((l) => `<option value="${esc(l.dataset)}" ${l.dataset === lastList ? "selected" : ""}>${esc(l.dataset)}</option>`)
            .join("")}</select>
          <label for="sc-limit">${esc(t("screening.limit"))}</label>
          <input id="sc-limit" type="number" min="1" max="50" value="${esc(lastLimit)}" size="3">
          <button type="submit">${esc(t("screening.screen"))}</button>
        </form>
        <div id="sc-name-status" role="status" aria-live="polite"></div>
        <div id="sc-name-result"></div>
      </section>
      <section aria-labelledby="sc-file-h">
        <h2 id="sc-file-h">${esc(t("screening.file"))}</h2>
        <p>${esc(t("screening.fileHelp"))}</p>
        <form class="controls" id="sc-file-form">
          <label for="sc-file">${esc(t("screening.fileInput"))}</label>
          <input id="sc-file" type="file" accept=".csv,text/csv" required>
          <label for="sc-column">${esc(t("screening.column"))}</label>
          <input id="sc-column" value="name" size="12" autocomplete="off">
          <button type="submit">${esc(t("screening.screenFile"))}</button>
        </form>
        <div id="sc-file-status" role="status" aria-live="polite"></div>
        <div id="sc-file-result"></div>
      </section>
      <section aria-labelledby="sc-lists-h">
        <h2 id="sc-lists-h">${esc(t("screening.lists"))}</h2>
        <p><a class="button" href="/api/v1/screen/lists?format=csv" download="screening-lists.csv">${esc(t("download.csv"))}</a></p>
        <div class="scroll"><table id="sc-lists">
          <thead><tr><th scope="col">${esc(t("screening.dataset"))}</th><th scope="col">${esc(t("screening.source"))}</th>
          <th scope="col">${esc(t("screening.vintage"))}</th><th scope="col" class="num">${esc(t("screening.entries"))}</th>
          <th scope="col">${esc(t("screening.licence"))}</th></tr></thead>
          <tbody>${lists
            .map(
              (l) => `<tr><th scope="row"><code>${esc(l.dataset)}</code></th><td>${esc(l.source)}</td><td class="nowrap">${esc(l.vintage)}</td>
              <td class="num">${l.entries ? num(Number(l.entries)) : "–"}</td><td>${esc(l.licence)}</td></tr>`,
            )
            .join("")}</tbody>
        </table></div>
      </section>`;
    main.querySelector<HTMLFormElement>("#sc-name-form")!.addEventListener("submit", (e) => {
      e.preventDefault();
      lastName = main.querySelector<HTMLInputElement>("#sc-name")!.value.trim();
      lastSchema = main.querySelector<HTMLSelectElement>("#sc-schema")!.value;
      lastList = main.querySelector<HTMLSelectElement>("#sc-list")!.value;
      lastLimit = main.querySelector<HTMLInputElement>("#sc-limit")!.value || "5";
      if (!lastName) return;
      busy(main, screenName(main));
    });
    main.querySelector<HTMLFormElement>("#sc-file-form")!.addEventListener("submit", (e) => {
      e.preventDefault();
      busy(main, screenFile(main));
    });
  },
};

/** Marks the page busy while a request runs, as the other pages do. */
function busy(main: HTMLElement, work: Promise<void>): void {
  main.dataset.ready = "false";
  void work.finally(() => (main.dataset.ready = "true"));
}

/** A request to a screening route: on 503 says why in the live region and tries again. */
async function screeningFetch(path: string, init: RequestInit, live: HTMLElement): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(path, init);
    if (res.status !== 503 || attempt > 100) return res;
    const seconds = Math.min(30, Math.max(1, Number(res.headers.get("Retry-After")) || 2));
    status(live, t("screening.building", { s: seconds }));
    await new Promise((ok) => setTimeout(ok, seconds * 1000));
  }
}

async function problemDetail(res: Response): Promise<string> {
  try {
    const p = await res.json();
    if (p && typeof p.detail === "string") return p.detail;
  } catch {
    // not a problem document
  }
  return `${res.status} ${res.statusText}`;
}

function nameParams(): Record<string, string> {
  return { name: lastName, schema: lastSchema, lists: lastList, limit: lastLimit };
}

async function screenName(main: HTMLElement): Promise<void> {
  const live = main.querySelector<HTMLElement>("#sc-name-status")!;
  const out = main.querySelector<HTMLElement>("#sc-name-result")!;
  status(live, t("screening.working"));
  out.innerHTML = "";
  try {
    const res = await screeningFetch(url("/api/v1/screen/name", nameParams()), { headers: { Accept: "application/json" } }, live);
    if (!res.ok) throw new ApiError(await problemDetail(res));
    const report = (await res.json()) as Report;
    const result = report.results[0];
    status(live, summary(report));
    out.innerHTML = `
      <h3 id="sc-name-h">${esc(t("screening.hits", { name: result.name }))}</h3>
      <p><a class="button" id="sc-name-csv" href="${esc(
        url("/api/v1/screen/name", { ...nameParams(), format: "csv" }),
      )}" download="screening-name.csv">${esc(t("download.csv"))}</a></p>
      ${result.hits.length ? hitsTable("sc-name-hits", [result], "sc-name-h") : `<p id="sc-name-none">${esc(t("screening.noHit"))}</p>`}
      ${sourcesNote(report.lists)}`;
  } catch (e) {
    status(live, `${t("error")}: ${e instanceof Error ? e.message : String(e)}`, true);
  }
}

async function screenFile(main: HTMLElement): Promise<void> {
  const live = main.querySelector<HTMLElement>("#sc-file-status")!;
  const out = main.querySelector<HTMLElement>("#sc-file-result")!;
  const file = main.querySelector<HTMLInputElement>("#sc-file")!.files?.[0];
  const column = main.querySelector<HTMLInputElement>("#sc-column")!.value.trim() || "name";
  out.innerHTML = "";
  if (!file) {
    status(live, t("screening.noFile"), true);
    return;
  }
  const post = (format: string) => {
    const form = new FormData();
    form.append("file", file, file.name);
    return screeningFetch(
      url("/api/v1/screen/names", { column, format }),
      { method: "POST", body: form, headers: { Accept: format === "csv" ? "text/csv" : "application/json" } },
      live,
    );
  };
  status(live, t("screening.working"));
  try {
    const res = await post("json");
    if (!res.ok) throw new ApiError(await problemDetail(res));
    const report = (await res.json()) as Report;
    status(live, summary(report));
    const base = file.name.replace(/\.[^.]*$/, "") || "upload";
    const rows = report.results.reduce((n, r) => n + Math.max(1, r.hits.length), 0);
    out.innerHTML = `
      <h3 id="sc-file-h3">${esc(t("screening.results", { file: file.name }))}</h3>
      <p><button type="button" id="sc-file-csv">${esc(t("download.csv"))}</button>
      ${rows > SHOWN ? `<small>${esc(t("screening.shown", { n: num(SHOWN) }))}</small>` : ""}</p>
      ${hitsTable("sc-file-hits", report.results, "sc-file-h3", true)}
      ${sourcesNote(report.lists)}`;
    out.querySelector<HTMLButtonElement>("#sc-file-csv")!.addEventListener("click", () => {
      busy(
        main,
        (async () => {
          // the server writes the CSV (the columns of `chokepoint screen names --format csv`)
          const csv = await post("csv");
          if (!csv.ok) throw new ApiError(await problemDetail(csv));
          const href = URL.createObjectURL(await csv.blob());
          const name = `screening-${base}.csv`;
          download(name, href);
          setTimeout(() => URL.revokeObjectURL(href), 10_000);
          status(live, t("screening.downloaded", { file: name }));
        })().catch((e) => status(live, `${t("error")}: ${e instanceof Error ? e.message : String(e)}`, true)),
      );
    });
  } catch (e) {
    status(live, `${t("error")}: ${e instanceof Error ? e.message : String(e)}`, true);
  }
}

function summary(r: Report): string {
  const withHits = r.results.filter((x) => x.hits.length > 0).length;
  return t("screening.summary", {
    n: num(r.results.length),
    k: num(r.lists.length),
    h: num(withHits),
    m: r.thresholds.match.toFixed(2),
    r: r.thresholds.review.toFixed(2),
  });
}

/** One row per hit (numbered 2a, 2b… like the command line), or one no-match row per name. */
function hitsTable(id: string, results: Result[], labelledBy: string, withNoMatch = false): string {
  const rows: string[] = [];
  results.forEach((r, i) => {
    const n = i + 1;
    if (!r.hits.length) {
      if (withNoMatch) {
        rows.push(`<tr class="sc-none"><td class="num">${n}</td><td>${esc(r.name)}</td><td>${esc(t("screening.no-match"))}</td>
          <td></td><td></td><td></td><td></td><td></td></tr>`);
      }
      return;
    }
    r.hits.forEach((h, k) => {
      const label = r.hits.length > 1 ? `${n}${String.fromCharCode(97 + (k % 26))}` : String(n);
      rows.push(`<tr class="sc-${esc(h.decision)}"><td class="num">${label}</td><td>${esc(r.name)}</td>
        <td><strong>${esc(t(`screening.${h.decision}`))}</strong></td><td class="num">${h.score.toFixed(3)}</td>
        <td class="nowrap"><code>${esc(h.list)}</code><br><small>${esc(h.list_date)}</small></td><td><code>${esc(h.entry_id)}</code></td>
        <td>${esc(h.matched_name)}${h.matched_name !== h.listed_name ? `<br><small>${esc(h.listed_name)}</small>` : ""}</td>
        <td class="sc-why">${esc(h.explanation)}</td></tr>`);
    });
  });
  return `<div class="scroll"><table id="${id}" aria-labelledby="${labelledBy}">
    <thead><tr><th scope="col" class="num">${esc(t("screening.row"))}</th><th scope="col">${esc(t("screening.query"))}</th>
    <th scope="col">${esc(t("screening.decision"))}</th><th scope="col" class="num">${esc(t("screening.score"))}</th>
    <th scope="col">${esc(t("screening.list"))}</th><th scope="col">${esc(t("screening.entry"))}</th>
    <th scope="col">${esc(t("screening.matched"))}</th><th scope="col">${esc(t("screening.why"))}</th></tr></thead>
    <tbody>${rows.slice(0, SHOWN).join("")}</tbody></table></div>`;
}

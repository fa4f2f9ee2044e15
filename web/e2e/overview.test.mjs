// Browser tests of the overview and criticality pages, chart downloads and the dataset import
// form, against the real jar (Debian's chromium driven by playwright-core). Skipped, with a
// message, when no chromium is installed. Screenshots land in web/target/screenshots.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { base, browser, serveJar, shots, skip } from "./support/jar.mjs";

serveJar("chokepoint-overview-");

/** Opens a page in a fresh context, collecting console errors and failed requests. */
async function open(hash, context) {
  const ctx = context ?? (await browser.newContext({ viewport: { width: 1280, height: 900 } }));
  const page = await ctx.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()}`));
  await page.goto(`${base}/${hash}`);
  await page.waitForSelector('main[data-ready="true"]', { timeout: 60_000 });
  return { page, ctx, errors };
}

async function api(path) {
  const res = await fetch(base + path);
  assert.equal(res.status, 200, path);
  return res.json();
}


/** Counts the drawn (non-white, non-transparent) pixels of a chart's canvas. */
async function inked(page, selector) {
  return page.$eval(`${selector} canvas`, (c) => {
    const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 200 || d[i + 1] < 200)) n++;
    return n;
  });
}

for (const id of ["overview", "criticality"]) {
  test(`page ${id} loads without console errors`, { skip }, async () => {
    const { page, ctx, errors } = await open(`#/${id}`);
    assert.equal(await page.locator("main .error").count(), 0, await page.locator("main").innerText());
    assert.deepEqual(errors, []);
    assert.equal(await page.getAttribute("main", "data-page"), id);
    await page.screenshot({ path: join(shots, `${id}-en.png`), fullPage: true });
    await ctx.close();
  });
}

test("the overview is the first page and its chart renders with the data", { skip }, async () => {
  const { page, ctx, errors } = await open("");
  assert.equal(await page.getAttribute("main", "data-page"), "overview");
  const doc = await api("/api/v1/overview?limit=20");
  const shown = doc.rows.filter((r) => r.concern_share !== null || r.production_concern_share !== null).length;
  assert.ok(shown > 0);
  assert.equal(Number(await page.getAttribute("#ov-bars", "data-points")), shown);
  assert.equal(await page.locator("#ov-table tbody tr").count(), doc.rows.length);
  // the first row of the table is the first of the ranking, with its dataset and vintage
  const first = await page.locator("#ov-table tbody tr").first().innerText();
  assert.match(first, new RegExp(doc.rows[0].product.replace("hs:", "HS ")));
  assert.match(first, new RegExp(doc.rows[0].trade_source));
  const pixels = await inked(page, "#ov-bars");
  assert.ok(pixels > 1000, `overview chart looks blank (${pixels} inked pixels)`);
  assert.match(await page.locator("main .sources").first().innerText(), /V202601/);
  assert.deepEqual(errors, []);
  await page.screenshot({ path: join(shots, "overview-chart.png"), fullPage: false });
  await ctx.close();
});

test("the overview chart downloads as SVG and PNG", { skip }, async () => {
  const { page, ctx, errors } = await open("#/overview");
  const [svg] = await Promise.all([page.waitForEvent("download"), page.click('[data-downloads="ov-bars"] [data-format="svg"]')]);
  const text = readFileSync(await svg.path(), "utf8");
  assert.match(svg.suggestedFilename(), /\.svg$/);
  assert.match(text, /^<svg/);
  assert.match(text, /<desc>[^<]*baci, V202601/);
  assert.ok((text.match(/<path/g) ?? []).length > 10, "the SVG has no bars");
  const [png] = await Promise.all([page.waitForEvent("download"), page.click('[data-downloads="ov-bars"] [data-format="png"]')]);
  const bytes = readFileSync(await png.path());
  assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47]); // "PNG"
  assert.deepEqual(errors, []);
  await ctx.close();
});

test("the language switch shows the overview in Japanese", { skip }, async () => {
  const { page, ctx, errors } = await open("#/overview");
  await page.selectOption("#language", "ja");
  await page.waitForSelector('main[data-ready="true"]');
  assert.equal(await page.getAttribute("html", "lang"), "ja");
  assert.equal(await page.locator("main h1").innerText(), "供給が最も集中している重要物資");
  assert.match(await page.locator("nav").innerText(), /概要/);
  assert.match(await page.locator("#ov-table caption").innerText(), /重要物資の順位/);
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(shots, "overview-ja.png"), fullPage: false });
  assert.deepEqual(errors, []);
  await ctx.close();
});

test("criticality: supply-risk audit upload round-trips", { skip }, async () => {
  const { page, ctx, errors } = await open("#/criticality");
  assert.ok(Number(await page.getAttribute("#cr-bars", "data-points")) > 0);
  // the table as shown downloads as CSV: one header row, one row per material
  const { years } = await api("/api/v1/dependence/years");
  const sr = await api(`/api/v1/criticality/eu-sr?year=${years.at(-1)}`);
  const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#cr-table-csv")]);
  const lines = readFileSync(await csv.path(), "utf8").trimEnd().split("\r\n");
  assert.match(lines[0], /^material,stage,hs_codes,year,/);
  assert.equal(lines.length, sr.rows.length + 1);
  // [2 * 0.6/2 + 1 * (1 - 0.6/2)] * (1 - 0.1) * 0.9 = 1.3 * 0.81 = 1.053
  await page.setInputFiles("#cr-file", {
    name: "factsheet.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("material,stage,supply_used,hhi_wgi_global,hhi_wgi_sourcing,import_reliance,eol_rir,si_sr\nExample,Mine,both,2,1,0.6,0.1,0.9\n"),
  });
  await page.click("#cr-upload button[type=submit]");
  await page.waitForSelector("#cr-audit tbody tr");
  assert.match(await page.locator("#cr-audit tbody tr").first().innerText(), /Example\s+Mine\s+1\.053/);
  // a percent sign is refused with its line and column
  await page.setInputFiles("#cr-file", {
    name: "bad.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("material,stage,supply_used,hhi_wgi_global,hhi_wgi_sourcing,import_reliance,eol_rir,si_sr\nExample,Mine,both,2,1,60%,0.1,0.9\n"),
  });
  await page.click("#cr-upload button[type=submit]");
  await page.waitForSelector("#cr-upload-result .error");
  assert.match(await page.locator("#cr-upload-result .error").innerText(), /bad\.csv, line 2, column 6/);
  assert.deepEqual(errors.filter((e) => !/status of 422/.test(e)), []);
  await page.screenshot({ path: join(shots, "criticality-upload.png"), fullPage: true });
  await ctx.close();
});

test("datasets: a bad import names line and column and changes nothing", { skip }, async () => {
  const before = await api("/api/v1/datasets");
  const { page, ctx, errors } = await open("#/datasets");
  await page.selectOption("#ds-source", "usgs-mcs");
  await page.setInputFiles("#ds-file", {
    name: "mcs.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      "MCS chapter,Section,Commodity,Country,Statistics,Statistics_detail,Unit,Year,Value,Notes,Is critical mineral 2025,Other notes\n" +
        "GALLIUM,World Production,Gallium,China,Production,Primary production,kilograms,2025,\"900,000\",,Yes,\n" +
        "GALLIUM,World Production,Gallium,Japan,Production,Primary production,kilograms,20x5,\"3,000\",,Yes,\n",
    ),
  });
  await page.click("#ds-import button[type=submit]");
  await page.waitForSelector("#ds-import-result .error");
  assert.match(await page.locator("#ds-import-result .error").innerText(), /mcs\.csv, line 3, column 8/);
  assert.deepEqual(await api("/api/v1/datasets"), before);
  assert.deepEqual(errors.filter((e) => !/status of 422/.test(e)), []);
  await page.screenshot({ path: join(shots, "datasets-import-error.png"), fullPage: false });
  await ctx.close();
});

test("the charts of the other pages download as SVG and PNG too", { skip }, async () => {
  for (const [hash, id] of [
    ["#/minerals", "mn-bars"],
    ["#/minerals", "mn-map"],
    ["#/dependence", "dp-bars"],
    ["#/network", "nw-graph"],
  ]) {
    const { page, ctx, errors } = await open(hash);
    const [svg] = await Promise.all([page.waitForEvent("download"), page.click(`[data-downloads="${id}"] [data-format="svg"]`)]);
    const text = readFileSync(await svg.path(), "utf8");
    assert.match(text, /^<svg/, id);
    assert.match(text, /<desc>[^<]+<\/desc>/, `${id}: the SVG names its sources`);
    assert.ok((text.match(/<(path|line|circle|polygon)/g) ?? []).length > 10, `${id}: the SVG is empty`);
    const [png] = await Promise.all([page.waitForEvent("download"), page.click(`[data-downloads="${id}"] [data-format="png"]`)]);
    assert.deepEqual([...readFileSync(await png.path()).subarray(1, 4)], [0x50, 0x4e, 0x47], id);
    assert.deepEqual(errors, [], id);
    await ctx.close();
  }
});

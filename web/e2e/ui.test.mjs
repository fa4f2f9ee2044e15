// Browser tests of the web UI against the real jar: Debian's chromium driven by playwright-core.
// Skipped, with a message, when no chromium is installed. Screenshots land in
// web/target/screenshots (or $CHOKEPOINT_SCREENSHOTS).
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { base, browser, serveJar, shots, skip } from "./support/jar.mjs";

serveJar("chokepoint-ui-");

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

for (const id of ["minerals", "dependence", "chokepoints", "network", "datasets"]) {
  test(`page ${id} loads without console errors`, { skip }, async () => {
    const { page, ctx, errors } = await open(`#/${id}`);
    assert.equal(await page.locator("main .error").count(), 0, await page.locator("main").innerText());
    assert.deepEqual(errors, []);
    assert.equal(await page.getAttribute("main", "data-page"), id);
    await page.screenshot({ path: join(shots, `${id}-en.png`), fullPage: true });
    await ctx.close();
  });
}

test("datasets page lists every dataset with its licence", { skip }, async () => {
  const { datasets } = await api("/api/v1/datasets");
  const { page, ctx } = await open("#/datasets");
  assert.equal(await page.locator("#datasets-table tbody tr").count(), datasets.length);
  const first = page.locator("#datasets-table tbody tr").first();
  assert.match(await first.innerText(), new RegExp(datasets[0].licence.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await ctx.close();
});

test("minerals charts render with the data", { skip }, async () => {
  const { page, ctx, errors } = await open("#/minerals");
  const { years } = await api("/api/v1/minerals/years");
  const doc = await api(`/api/v1/minerals?year=${years.at(-1)}&critical_only=true`);
  const ranked = doc.rows.filter((r) => r.hhi !== null);
  assert.ok(ranked.length > 0);
  assert.equal(Number(await page.getAttribute("#mn-bars", "data-points")), Math.min(20, ranked.length));
  // the canvas holds drawn pixels, not a blank area
  const inked = await page.$eval("#mn-bars canvas", (c) => {
    const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 200 || d[i + 1] < 200)) n++;
    return n;
  });
  assert.ok(inked > 1000, `bar chart looks blank (${inked} inked pixels)`);
  const top = ranked.sort((a, b) => b.hhi - a.hhi)[0];
  const countries = top.producers.filter((p) => p.share !== null && p.iso3).length;
  if (top.shares_defined) {
    assert.equal(Number(await page.getAttribute("#mn-map", "data-countries")), countries);
  }
  assert.equal(await page.locator("#mn-producers tbody tr").count(), top.producers.length);
  assert.deepEqual(errors, []);
  await page.screenshot({ path: join(shots, "minerals-charts.png"), fullPage: true });
  await ctx.close();
});

test("dependence chart shows the concern share of each product", { skip }, async () => {
  const { page, ctx, errors } = await open("#/dependence");
  const { years } = await api("/api/v1/dependence/years");
  const doc = await api(`/api/v1/dependence?year=${years.at(-1)}&list=jp-critical`);
  const shown = doc.rows.filter((r) => r.concern_share !== null).length;
  assert.ok(shown > 0);
  assert.equal(Number(await page.getAttribute("#dp-bars", "data-points")), Math.min(20, shown));
  assert.equal(await page.locator("#dp-table tbody tr").count(), doc.rows.length);
  assert.deepEqual(errors, []);
  await page.screenshot({ path: join(shots, "dependence-chart.png"), fullPage: true });
  await ctx.close();
});

test("supply-network explorer draws the upstream tree with its chokepoints", { skip }, async () => {
  const { page, ctx, errors } = await open("#/network");
  const tree = await api("/api/v1/network/tree?product=N99&depth=2");
  const inputs = new Set(tree.rows.map((r) => r.node)).size;
  assert.ok(inputs > 1);
  const drawn = Number(await page.getAttribute("#nw-graph", "data-nodes"));
  const providers = Number(await page.getAttribute("#nw-graph", "data-providers"));
  // one node per input of the tree plus one per chokepoint provider marked
  assert.equal(drawn - providers, inputs);
  assert.ok(await page.locator("#nw-graph canvas").count() > 0);
  assert.match(await page.locator("main .sources").innerText(), /CC BY-NC 4\.0/);
  assert.deepEqual(errors, []);
  await page.screenshot({ path: join(shots, "network-tree.png"), fullPage: true });
  await ctx.close();
});

test("language switch changes the text and is remembered", { skip }, async () => {
  const { page, ctx, errors } = await open("#/datasets");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  await page.selectOption("#language", "ja");
  await page.waitForSelector('main[data-ready="true"]');
  assert.equal(await page.getAttribute("html", "lang"), "ja");
  assert.equal(await page.locator("main h1").innerText(), "データセット");
  await page.reload();
  await page.waitForSelector('main[data-ready="true"]');
  assert.equal(await page.getAttribute("html", "lang"), "ja");
  assert.match(await page.locator("nav").innerText(), /鉱物/);
  await page.goto(`${base}/#/minerals`);
  await page.waitForSelector('main[data-page="minerals"][data-ready="true"]');
  await page.screenshot({ path: join(shots, "minerals-ja.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await ctx.close();
});

test("perspective chosen once is kept across pages", { skip }, async () => {
  const { page, ctx } = await open("#/minerals");
  const before = await page.$eval("#perspective", (s) => s.value);
  const chosen = await page.$eval("#perspective", (s, b) => [...s.options].map((o) => o.value).find((v) => v !== b), before);
  await page.selectOption("#perspective", chosen);
  await page.waitForSelector('main[data-ready="true"]');
  await page.click('nav a[href="#/chokepoints"]');
  await page.waitForSelector('main[data-page="chokepoints"][data-ready="true"]');
  assert.equal(await page.$eval("#perspective", (s) => s.value), chosen);
  assert.equal(await page.evaluate(() => localStorage.getItem("chokepoint.perspective")), chosen);
  await ctx.close();
});

// Browser test of the scenario runner page against the real jar: Debian's chromium driven by
// playwright-core. Skipped, with a message, when no chromium is installed. Screenshots land in
// web/target/screenshots (or $CHOKEPOINT_SCREENSHOTS).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { base, browser, serveJar, shots, skip } from "./support/jar.mjs";

serveJar("chokepoint-scenario-");

/** Opens the page in a fresh context, collecting console errors and failed requests. */
async function open(hash, lang = "en") {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await ctx.addInitScript((l) => localStorage.setItem("chokepoint.lang", l), lang);
  const page = await ctx.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()}`));
  await page.goto(`${base}/${hash}`);
  await page.waitForSelector('main[data-ready="true"]', { timeout: 60_000 });
  return { page, ctx, errors };
}

async function inked(page, selector) {
  return page.$eval(selector, (c) => {
    const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 200 || d[i + 1] < 200)) n++;
    return n;
  });
}

test("scenario page loads without console errors and lists the examples", { skip }, async () => {
  const { page, ctx, errors } = await open("#/scenario");
  assert.equal(await page.locator("main .error").count(), 0, await page.locator("main").innerText());
  assert.deepEqual(errors, []);
  assert.equal(await page.getAttribute("main", "data-page"), "scenario");
  const { examples } = await (await fetch(`${base}/api/v1/scenarios/examples`)).json();
  assert.equal(await page.locator("#sc-example option").count(), examples.length);
  assert.match(await page.inputValue("#sc-text"), /dataset: two-sector/);
  await ctx.close();
});

test("running the BEA example shows progress, then charts with data and the summary", { skip }, async () => {
  const { page, ctx, errors } = await open("#/scenario");
  await page.selectOption("#sc-example", "bea-334-export-stop");
  assert.match(await page.inputValue("#sc-text"), /dataset: bea-us-2023-summary/);
  await page.click("#sc-run");
  await page.waitForSelector('[role="progressbar"]', { timeout: 30_000 });
  await page.waitForSelector("#sc-output canvas", { timeout: 120_000 });
  const bar = page.locator('[role="progressbar"]');
  assert.equal(await bar.getAttribute("aria-valuenow"), "365");
  assert.equal(await bar.getAttribute("aria-valuemax"), "365");
  assert.equal(Number(await page.getAttribute("#sc-output", "data-points")), 365);
  assert.equal(Number(await page.getAttribute("#sc-loss", "data-points")), 365);
  assert.ok((await inked(page, "#sc-output canvas")) > 1000, "output chart looks blank");
  assert.ok((await inked(page, "#sc-loss canvas")) > 1000, "loss chart looks blank");
  // every chart names its dataset and vintage
  assert.match(await page.innerText("#sc-output-title"), /bea-us-2023-summary, 2023/);
  assert.match(await page.innerText("#sc-loss-title"), /bea-us-2023-summary, 2023/);
  assert.ok((await page.locator("#sc-summary tbody tr").count()) >= 5);
  // the most hit sector of an export stop of 334 is 334 itself
  assert.equal(await page.locator("#sc-sectors tbody tr").count(), 10);
  assert.match(await page.locator("#sc-sectors tbody tr").first().innerText(), /US\/334/);
  // the CSV download is the job's time series, 365 days under one header row
  const href = await page.getAttribute("#sc-csv", "href");
  const csv = await (await fetch(base + href)).text();
  assert.equal(csv.trim().split(/\r?\n/).length, 366);
  assert.deepEqual(errors, []);
  await page.screenshot({ path: join(shots, "scenario-en.png"), fullPage: true });
  await ctx.close();
});

test("the firm-model example runs on the built-in network with the published totals", { skip }, async () => {
  const { page, ctx, errors } = await open("#/scenario");
  await page.selectOption("#sc-example", "inoue-todo-loop");
  await page.click("#sc-run");
  await page.waitForSelector("#sc-output canvas", { timeout: 120_000 });
  // day -1 (pre-shock) to day 39
  assert.equal(Number(await page.getAttribute("#sc-output", "data-points")), 41);
  assert.ok((await inked(page, "#sc-output canvas")) > 1000, "output chart looks blank");
  assert.match(await page.innerText("#sc-output-title"), /inoue-todo-loop, synthetic/);
  // Inoue and Todo's toy case peaks on day 6 (total output 200 of 400)
  assert.match(await page.innerText("#sc-summary"), /\b6\b/);
  assert.deepEqual(errors, []);
  await page.screenshot({ path: join(shots, "scenario-firm-en.png"), fullPage: true });
  await ctx.close();
});

test("a bad scenario shows the problem with its field, line and column, in Japanese", { skip }, async () => {
  const { page, ctx } = await open("#/scenario", "ja");
  assert.match(await page.innerText("main h1"), /シナリオ実行/);
  await page.fill("#sc-text", "name: bad\ntable: {dataset: two-sector}\nshocks:\n  - type: final_demand\n    sector: R/s2\n    magnitude: 2\n");
  await page.click("#sc-run");
  await page.waitForSelector("#sc-result .error", { timeout: 30_000 });
  const text = await page.innerText("#sc-result .error");
  assert.match(text, /shocks\[0\]\.magnitude/);
  assert.match(text, /6行目/);
  await page.screenshot({ path: join(shots, "scenario-ja-error.png"), fullPage: true });
  await ctx.close();
});

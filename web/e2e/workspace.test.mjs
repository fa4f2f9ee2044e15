// Browser test of the saved-assessments page against the real jar, in single-user mode (no
// accounts, loopback): save an assessment, see its TLP label, widen it with the share dialog, and
// read the page in Japanese. The workspace database (embedded PostgreSQL) starts in the background,
// so the first load waits for it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { base, browser, serveJar, shots, skip } from "./support/jar.mjs";

serveJar("chokepoint-ws-");

test("save an assessment, widen its label in the share dialog, read it in Japanese", { skip, timeout: 240_000 }, async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${base}/#/workspace`);
  await page.waitForSelector('main[data-ready="true"]', { timeout: 150_000 });
  assert.equal(await page.locator("main .error").count(), 0, await page.locator("main").innerText());
  assert.match(await page.locator("#signed-in").innerText(), /Single-user mode/);

  await page.fill("#create-title", "Gallium outlook (synthetic example)");
  await page.selectOption("#create-label", "TLP:AMBER+STRICT");
  await page.fill("#create-body", "Synthetic text for the browser test.");
  await page.click("#create button[type=submit]");
  const row = page.locator("#assessments-table tbody tr", { hasText: "Gallium outlook" });
  await row.waitFor({ timeout: 30_000 });
  assert.equal(await row.locator(".tlp").innerText(), "TLP:AMBER+STRICT");
  assert.equal(await row.locator("td").nth(1).innerText(), "local");

  await row.locator("button.share").click();
  assert.equal(await page.locator("#share-dialog").getAttribute("open"), "");
  await page.selectOption("#share-label", "TLP:GREEN");
  await page.click("#share-ok");
  await page.locator("#assessments-table tbody tr .tlp", { hasText: "TLP:GREEN" }).waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(shots, "workspace-en.png"), fullPage: true });

  const res = await fetch(`${base}/api/v1/assessments?format=csv`);
  const csv = await res.text();
  assert.match(csv.split("\r\n")[0], /^id,title,label,owner,author,recipients,created_at,updated_at$/);
  assert.match(csv, /Gallium outlook \(synthetic example\),TLP:GREEN,local/);

  await page.selectOption("#language", "ja");
  await page.waitForSelector('main[data-ready="true"]', { timeout: 60_000 });
  assert.equal(await page.locator("main h1").innerText(), "保存された評価");
  assert.match(await page.locator("#signed-in").innerText(), /シングルユーザーモード/);
  await page.screenshot({ path: join(shots, "workspace-ja.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await ctx.close();
});

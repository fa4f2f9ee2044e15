// Browser test of the saved-assessments page against the real jar, in single-user mode (no
// accounts, loopback): save an assessment, see its TLP label, widen it with the share dialog, and
// read the page in Japanese. The workspace database (embedded PostgreSQL) starts in the background,
// so the first load waits for it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const jar = process.env.CHOKEPOINT_JAR ?? resolve(here, "../../app/target/chokepoint.jar");
const shots = process.env.CHOKEPOINT_SCREENSHOTS ?? resolve(here, "../target/screenshots");
const chromiumPath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const skip = !chromiumPath
  ? "no chromium found (Debian: apt-get install chromium); browser tests skipped"
  : !existsSync(resolve(here, "../node_modules/playwright-core")) ||
      !existsSync(resolve(here, "../target/classes/org/chokepoint/web/index.html"))
    ? "the web UI was not built (-Dweb.skip=true); browser tests skipped"
  : !existsSync(jar)
    ? `no jar at ${jar}; build it first (./mvnw -B -DskipTests package -pl app -am)`
    : false;

let server;
let base;
let browser;
let dataDir;

before(async () => {
  if (skip) return;
  dataDir = mkdtempSync(join(tmpdir(), "chokepoint-ws-"));
  // run as root, the embedded PostgreSQL runs as nobody, who must reach DATA_DIR/postgres (D-ws-1)
  chmodSync(dataDir, 0o755);
  server = spawn("java", ["-jar", jar, "--data-dir", dataDir, "serve", "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  server.stderr.on("data", (d) => (err += d));
  base = await new Promise((ok, fail) => {
    let out = "";
    const timer = setTimeout(() => fail(new Error(`server not ready in 60 s: ${out} ${err}`)), 60_000);
    server.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/serving (http:\/\/[^/\s]+)\//);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    server.on("exit", (code) => fail(new Error(`server exited ${code}: ${err}`)));
  });
  const { chromium } = await import("playwright-core");
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  if (browser) await browser.close();
  if (server && server.exitCode === null) {
    // the server stops its PostgreSQL on the way out; wait for that before removing its folder
    await new Promise((done) => {
      const timer = setTimeout(done, 30_000);
      server.once("exit", () => {
        clearTimeout(timer);
        done();
      });
      server.kill("SIGTERM");
    });
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

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

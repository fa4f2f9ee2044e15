// Browser test of joint assessments against the real jar, with accounts: two governments (synthetic
// organisations and users made with `chokepoint admin` before the server starts). A's analyst drafts
// an assessment under TLP:AMBER with a saved analysis, invites B and signs off; B's analyst sees it,
// comments and signs off, which publishes it; both then see the published version with the same
// content hash, and the bilingual PDF report downloads with that hash.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { base, browser, serveJar, shots, skip } from "./support/jar.mjs";

const A = "Ministry A (synthetic)";
const B = "Ministry B (synthetic)";
const PASSWORD = "synthetic passphrase for the browser test";

serveJar("chokepoint-joint-", async (cli) => {
  cli(["admin", "org", "add", "--name", A, "--kind", "government", "--country", "JPN"]);
  cli(["admin", "org", "add", "--name", B, "--kind", "government", "--country", "USA"]);
  cli(["admin", "user", "add", "--email", "analyst@a.example", "--org", A, "--role", "contributor", "--password-stdin"], `${PASSWORD}\n`);
  cli(["admin", "user", "add", "--email", "analyst@b.example", "--org", B, "--role", "analyst", "--password-stdin"], `${PASSWORD}\n`);
});

async function signIn(email) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
  const page = await ctx.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${base}/#/workspace`);
  await page.waitForSelector('main[data-ready="true"]', { timeout: 150_000 });
  await page.fill("#signin-email", email);
  await page.fill("#signin-password", PASSWORD);
  await page.click("#signin button[type=submit]");
  await page.locator("#signed-in").waitFor({ timeout: 60_000 });
  return { ctx, page, errors };
}

async function open(page, title) {
  const row = page.locator("#assessments-table tbody tr", { hasText: title });
  await row.waitFor({ timeout: 30_000 });
  await row.locator("button.open").click();
  await page.locator("#joint-state").waitFor({ timeout: 30_000 });
}

test("two governments draft, comment, sign off and both see the published version", { skip, timeout: 300_000 }, async () => {
  const title = "Gallium supply (synthetic joint assessment)";
  const a = await signIn("analyst@a.example");
  assert.match(await a.page.locator("#signed-in").innerText(), /analyst@a\.example/);
  await a.page.fill("#create-title", title);
  await a.page.selectOption("#create-label", "TLP:AMBER");
  await a.page.fill("#create-body", "Synthetic narrative for the browser test.");
  await a.page.click("#create button[type=submit]");
  await open(a.page, title);
  assert.match(await a.page.locator("#joint-state").innerText(), /Draft of version 1/);

  // a saved analysis with its parameters and the catalog's dataset version
  await a.page.click("#draft-details summary");
  await a.page.selectOption("#analysis-kind", "minerals");
  await a.page.fill("#analysis-title", "Gallium producers");
  await a.page.fill("#analysis-params", "year=2025; critical_only=true");
  await a.page.fill("#analysis-datasets", "usgs-mcs");
  await a.page.fill("#pooled-title", "Pooled semiconductor inputs");
  await a.page.fill("#pooled-query", "input=gallium&perspective=JPN");
  await a.page.click("#draft-form button[type=submit]");
  await a.page.locator("#joint-analyses li", { hasText: "Gallium producers" }).waitFor({ timeout: 30_000 });
  assert.match(await a.page.locator("#joint-analyses").innerText(), /usgs-mcs starter@/);

  await a.page.fill("#invite-orgs", B);
  await a.page.click("#invite-form button[type=submit]");
  await a.page.locator("#joint-participants li", { hasText: B }).waitFor({ timeout: 30_000 });
  await a.page.click("#signoff");
  await a.page.locator("#joint-signoffs li", { hasText: A }).waitFor({ timeout: 30_000 });
  await a.page.screenshot({ path: join(shots, "joint-a-draft-en.png"), fullPage: true });

  const b = await signIn("analyst@b.example");
  await open(b.page, title);
  assert.match(await b.page.locator(".tlp").first().innerText(), /TLP:AMBER/);
  assert.equal(await b.page.locator("#invite-form").count(), 0, "a partner does not invite");
  await b.page.fill("#comment-body", "Agreed; please add 2024 (synthetic comment).");
  await b.page.click("#comment-form button[type=submit]");
  await b.page.locator("#joint-comments li", { hasText: "Agreed; please add 2024" }).waitFor({ timeout: 30_000 });
  await b.page.click("#signoff");
  await b.page.locator("#joint-state[data-state=published]").waitFor({ timeout: 30_000 });
  const hashB = await b.page.locator("#joint-hash code").innerText();
  assert.match(hashB, /^sha256:[0-9a-f]{64}$/);
  await b.page.screenshot({ path: join(shots, "joint-b-published-en.png"), fullPage: true });

  // A sees the same published version; the PDF report carries its hash
  await a.page.reload();
  await a.page.waitForSelector('main[data-ready="true"]', { timeout: 60_000 });
  await open(a.page, title);
  assert.equal(await a.page.locator("#joint-state").getAttribute("data-state"), "published");
  assert.equal(await a.page.locator("#joint-hash code").innerText(), hashB);
  assert.match(await a.page.locator("#joint-comments").innerText(), /Agreed; please add 2024/);
  const [download] = await Promise.all([a.page.waitForEvent("download"), a.page.click("#report-pdf")]);
  const pdf = readFileSync(await download.path());
  assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
  assert.ok(pdf.toString("latin1").includes(hashB), "the PDF's document information names the hash");

  await a.page.selectOption("#language", "ja");
  await a.page.waitForSelector('main[data-ready="true"]', { timeout: 60_000 });
  await open(a.page, title);
  assert.match(await a.page.locator("#joint-state").innerText(), /公開版 第1版/);
  await a.page.screenshot({ path: join(shots, "joint-a-published-ja.png"), fullPage: true });

  assert.deepEqual(a.errors, []);
  assert.deepEqual(b.errors, []);
  await a.ctx.close();
  await b.ctx.close();
});

// Browser test of the administration page against the real jar, in single-user mode (no accounts,
// loopback): the local analyst is admin of the local organisation, so the organisations and users
// tables, the API tokens section and the audit viewer all show. A token is created (shown once),
// revoked, and both actions appear in the audit log with the latest signed checkpoint.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { base, browser, serveJar, shots, skip } from "./support/jar.mjs";

serveJar("chokepoint-admin-");

test("admin page: organisations, a token created and revoked, the audit viewer", { skip, timeout: 240_000 }, async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${base}/#/admin`);
  await page.waitForSelector('main[data-ready="true"]', { timeout: 150_000 });
  assert.equal(await page.locator("main .error").count(), 0, await page.locator("main").innerText());
  assert.equal(await page.locator("main h1").innerText(), "Administration");
  await page.locator("#admin-orgs tbody tr", { hasText: "local" }).waitFor({ timeout: 30_000 });
  await page.locator("#admin-users tbody tr", { hasText: "local@localhost" }).waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('label[for="token-days"]').count(), 1);
  assert.match(await page.locator("#add-local-note").innerText(), /ends single-user mode/);

  // create a read-only token for 7 days: shown once, in a labelled read-only field
  await page.fill("#token-days", "7");
  await page.selectOption("#token-scope", "read");
  await page.click("#token-create button[type=submit]");
  await page.locator("#token-secret").waitFor({ timeout: 30_000 });
  const secret = await page.locator("#token-secret").inputValue();
  assert.match(secret, /^cpt_[A-Za-z0-9_-]{43}$/);
  await page.click("#token-copy");
  await page.locator("#token-status", { hasText: /copied|selected/ }).waitFor({ timeout: 10_000 });
  const row = page.locator("#admin-tokens tbody tr").first();
  assert.equal(await row.locator("td").nth(1).innerText(), "read");
  assert.equal(await row.locator(".token-state").innerText(), "active");
  // the token works until revoked
  const me = await fetch(`${base}/api/v1/auth/me`, { headers: { Authorization: `Bearer ${secret}` } });
  assert.equal(me.status, 200);
  assert.equal((await me.json()).via, "token");
  await page.screenshot({ path: join(shots, "admin-token-en.png"), fullPage: true });

  await row.locator("button.revoke").click();
  await page.locator("#token-status", { hasText: "revoked" }).waitFor({ timeout: 30_000 });
  assert.equal(await page.locator("#admin-tokens tbody tr").first().locator(".token-state").innerText(), "revoked");
  assert.equal(await page.locator("#token-secret").count(), 0, "the secret is not shown again");
  const after = await fetch(`${base}/api/v1/auth/me`, { headers: { Authorization: `Bearer ${secret}` } });
  assert.equal(after.status, 401);

  // the audit viewer shows both actions and the latest signed checkpoint
  await page.reload();
  await page.waitForSelector('main[data-ready="true"]', { timeout: 60_000 });
  const entries = page.locator("#audit-entries tbody tr");
  await page.locator("#audit-entries tbody tr", { hasText: "admin.token.revoke" }).waitFor({ timeout: 30_000 });
  assert.ok((await entries.count()) >= 2);
  assert.equal(await page.locator("#audit-entries tbody tr", { hasText: "admin.token.create" }).count(), 1);
  const dd = page.locator("#audit-checkpoint dd");
  assert.match(await dd.nth(1).innerText(), /^[0-9a-f]{64}$/, "root hash");
  assert.match(await dd.nth(3).innerText(), /^[0-9a-f]{16}$/, "key fingerprint");
  assert.equal(await dd.nth(4).innerText(), "valid");
  await page.screenshot({ path: join(shots, "admin-audit-en.png"), fullPage: true });

  const csv = await (await fetch(`${base}/api/v1/admin/tokens?format=csv`)).text();
  assert.equal(csv.split("\r\n")[0], "id,email,scope,created_at,expires_at,revoked_at,active");

  await page.selectOption("#language", "ja");
  await page.waitForSelector('main[data-ready="true"]', { timeout: 60_000 });
  assert.equal(await page.locator("main h1").innerText(), "管理");
  await page.screenshot({ path: join(shots, "admin-ja.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await ctx.close();
});

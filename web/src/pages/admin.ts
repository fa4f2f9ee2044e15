// Administration: the organisations the caller administers and their users (with a form to add
// one), the caller's API tokens (created with days and scope, shown once, revocable), and for
// admins the tamper-evident audit log: its entries page by page and the latest signed checkpoint.
// What the caller may see and change is the server's access policy's decision.
import { ApiError, getJson } from "../api";
import { esc, status } from "../dom";
import { dateTime, t } from "../i18n";
import type { Page } from "./page";

interface Me {
  signed_in: boolean;
  via: string;
  email: string | null;
  organisations: { id: number; name: string; role: string }[];
  csrf_token: string | null;
}

interface Organisation {
  id: number;
  name: string;
  kind: string;
  country: string | null;
  local: boolean;
}

interface User {
  id: number;
  email: string;
  memberships: { organisation: string; role: string }[];
  disabled: boolean;
}

interface Token {
  id: number;
  email: string;
  scope: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  active: boolean;
  token?: string;
}

interface Entry {
  seq: number;
  time: string;
  actor: string;
  action: string;
  object: string;
  outcome: string;
  detail: string;
}

interface Checkpoint {
  tree_size: number;
  root_hash: string;
  time: string;
  key_id: string;
  signature_valid?: boolean;
}

const ROLES = ["viewer", "analyst", "contributor", "admin"];
const PAGE_SIZE = 50;

async function send<T>(method: string, path: string, body: unknown, csrf: string | null): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json", "Content-Type": "application/json" };
  if (csrf) headers["X-CSRF-Token"] = csrf;
  const res = await fetch(path, { method, headers, body: JSON.stringify(body ?? {}), credentials: "same-origin" });
  if (!res.ok) {
    let detail = `${res.status} ${res.statusText}`;
    try {
      const p = await res.json();
      if (p && typeof p.detail === "string") detail = p.detail;
    } catch {
      // keep the status line
    }
    throw new ApiError(detail);
  }
  return (await res.json()) as T;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function csvLink(path: string, name: string): string {
  return `<p><a class="button" href="${esc(path)}?format=csv" download="${esc(name)}">${esc(t("download.csv"))}</a></p>`;
}

function organisationsTable(orgs: Organisation[]): string {
  return `<div class="scroll"><table id="admin-orgs">
      <caption>${esc(t("admin.orgs"))}</caption>
      <thead><tr><th scope="col">${esc(t("admin.orgName"))}</th><th scope="col">${esc(t("admin.kind"))}</th><th scope="col">${esc(
        t("admin.country"),
      )}</th></tr></thead>
      <tbody>${orgs
        .map((o) => `<tr><th scope="row">${esc(o.name)}</th><td>${esc(o.kind)}</td><td>${esc(o.country ?? "–")}</td></tr>`)
        .join("")}</tbody></table></div>`;
}

function usersTable(users: User[]): string {
  return `<div class="scroll"><table id="admin-users">
      <caption>${esc(t("admin.users"))}</caption>
      <thead><tr><th scope="col">${esc(t("workspace.email"))}</th><th scope="col">${esc(t("admin.memberships"))}</th></tr></thead>
      <tbody>${
        users.length
          ? users
              .map(
                (u) =>
                  `<tr><th scope="row">${esc(u.email)}</th><td>${esc(
                    u.memberships.map((m) => `${m.organisation} (${m.role})`).join(", "),
                  )}${u.disabled ? ` — ${esc(t("admin.disabled"))}` : ""}</td></tr>`,
              )
              .join("")
          : `<tr><td colspan="2">${esc(t("admin.noUsers"))}</td></tr>`
      }</tbody></table></div>`;
}

async function renderAdministration(el: HTMLElement, me: Me): Promise<void> {
  const [{ organisations }, { users }] = await Promise.all([
    getJson<{ organisations: Organisation[] }>("/api/v1/admin/organisations"),
    getJson<{ users: User[] }>("/api/v1/admin/users"),
  ]);
  el.innerHTML = `<h2 id="admin-orgs-heading">${esc(t("admin.orgs"))}</h2>
    ${csvLink("/api/v1/admin/organisations", "organisations.csv")}${organisationsTable(organisations)}
    <h2 id="admin-users-heading">${esc(t("admin.users"))}</h2>
    ${csvLink("/api/v1/admin/users", "users.csv")}${usersTable(users)}
    <form id="add-user">
      <h3>${esc(t("admin.addUser"))}</h3>
      <label for="add-email">${esc(t("workspace.email"))}</label><input id="add-email" type="email" autocomplete="off" required>
      <label for="add-org">${esc(t("admin.orgName"))}</label><select id="add-org">${organisations
        .map((o) => `<option>${esc(o.name)}</option>`)
        .join("")}</select>
      <label for="add-role">${esc(t("admin.role"))}</label><select id="add-role">${ROLES.map(
        (r) => `<option ${r === "analyst" ? "selected" : ""}>${esc(r)}</option>`,
      ).join("")}</select>
      <label for="add-password">${esc(t("workspace.password"))}</label>
      <input id="add-password" type="password" autocomplete="new-password" minlength="8" required aria-describedby="add-password-help">
      <small id="add-password-help">${esc(t("admin.passwordHelp"))}</small>
      ${me.via === "local" ? `<p id="add-local-note">${esc(t("admin.endsSingleUser"))}</p>` : ""}
      <button type="submit">${esc(t("admin.add"))}</button>
      <p id="add-status" role="status" aria-live="polite"></p>
    </form>`;
  el.querySelector<HTMLFormElement>("#add-user")!.addEventListener("submit", async (e) => {
    e.preventDefault();
    const v = (id: string) => el.querySelector<HTMLInputElement>(id)!.value;
    const out = el.querySelector<HTMLElement>("#add-status")!;
    try {
      const u = await send<User>(
        "POST",
        "/api/v1/admin/users",
        { email: v("#add-email"), organisation: v("#add-org"), role: v("#add-role"), password: v("#add-password") },
        me.csrf_token,
      );
      await renderAdministration(el, me);
      el.querySelector("#add-status")!.textContent = t("admin.added", { email: u.email });
    } catch (err) {
      out.textContent = message(err);
    }
  });
}

async function renderTokens(el: HTMLElement, me: Me, created?: Token): Promise<void> {
  const { tokens } = await getJson<{ tokens: Token[] }>("/api/v1/admin/tokens");
  el.innerHTML = `<h2 id="admin-tokens-heading">${esc(t("admin.tokens"))}</h2><p>${esc(t("admin.tokensIntro"))}</p>
    <form id="token-create">
      <label for="token-days">${esc(t("admin.days"))}</label><input id="token-days" type="number" min="1" max="366" value="90" required>
      <label for="token-scope">${esc(t("admin.scope"))}</label>
      <select id="token-scope"><option value="read-write">${esc(t("admin.scopeReadWrite"))}</option><option value="read">${esc(
        t("admin.scopeRead"),
      )}</option></select>
      <button type="submit">${esc(t("admin.createToken"))}</button>
    </form>
    <div id="token-created" aria-live="polite">${
      created?.token
        ? `<p>${esc(t("admin.shownOnce"))}</p>
        <label for="token-secret">${esc(t("admin.newToken"))}</label>
        <input id="token-secret" readonly value="${esc(created.token)}" size="52">
        <button type="button" id="token-copy">${esc(t("admin.copy"))}</button>`
        : ""
    }</div>
    <p id="token-status" role="status" aria-live="polite"></p>
    ${csvLink("/api/v1/admin/tokens", "tokens.csv")}
    <div class="scroll"><table id="admin-tokens">
      <caption>${esc(t("admin.tokens"))}</caption>
      <thead><tr><th scope="col">${esc(t("admin.tokenId"))}</th><th scope="col">${esc(t("workspace.email"))}</th><th scope="col">${esc(
        t("admin.scope"),
      )}</th><th scope="col">${esc(t("admin.expires"))}</th><th scope="col">${esc(t("admin.state"))}</th><th scope="col"><span class="visually-hidden">${esc(
        t("admin.revoke"),
      )}</span></th></tr></thead>
      <tbody>${
        tokens.length
          ? tokens
              .map(
                (k) => `<tr data-id="${k.id}"><th scope="row">${k.id}</th><td>${esc(k.email)}</td><td>${esc(k.scope)}</td><td>${esc(
                  dateTime(k.expires_at),
                )}</td><td class="token-state">${esc(
                  k.active ? t("admin.active") : k.revoked_at ? t("admin.revoked") : t("admin.expired"),
                )}</td><td>${
                  k.active
                    ? `<button type="button" class="revoke" data-id="${k.id}" aria-label="${esc(t("admin.revokeId", { id: k.id }))}">${esc(
                        t("admin.revoke"),
                      )}</button>`
                    : ""
                }</td></tr>`,
              )
              .join("")
          : `<tr><td colspan="6">${esc(t("admin.noTokens"))}</td></tr>`
      }</tbody></table></div>`;
  const statusLine = el.querySelector<HTMLElement>("#token-status")!;
  el.querySelector<HTMLFormElement>("#token-create")!.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      const made = await send<Token>(
        "POST",
        "/api/v1/admin/tokens",
        {
          days: Number(el.querySelector<HTMLInputElement>("#token-days")!.value),
          scope: el.querySelector<HTMLSelectElement>("#token-scope")!.value,
        },
        me.csrf_token,
      );
      await renderTokens(el, me, made);
      el.querySelector<HTMLInputElement>("#token-secret")?.focus();
    } catch (err) {
      statusLine.textContent = message(err);
    }
  });
  el.querySelector("#token-copy")?.addEventListener("click", async () => {
    const input = el.querySelector<HTMLInputElement>("#token-secret")!;
    try {
      await navigator.clipboard.writeText(input.value);
      statusLine.textContent = t("admin.copied");
    } catch {
      input.select();
      statusLine.textContent = t("admin.copyManually");
    }
  });
  el.querySelectorAll<HTMLButtonElement>("button.revoke").forEach((b) =>
    b.addEventListener("click", async () => {
      try {
        await send("POST", `/api/v1/admin/tokens/${b.dataset.id}/revoke`, {}, me.csrf_token);
        await renderTokens(el, me);
        el.querySelector("#token-status")!.textContent = t("admin.revokedId", { id: b.dataset.id ?? "" });
      } catch (err) {
        statusLine.textContent = message(err);
      }
    }),
  );
}

async function renderAudit(el: HTMLElement, from?: number): Promise<void> {
  let page = await getJson<{ tree_size: number; entries: Entry[] }>("/api/v1/audit/entries", { from: from ?? 0, limit: PAGE_SIZE });
  if (from === undefined && page.tree_size > PAGE_SIZE) {
    page = await getJson("/api/v1/audit/entries", { from: page.tree_size - PAGE_SIZE, limit: PAGE_SIZE });
  }
  const start = page.entries.length ? page.entries[0].seq : 0;
  let checkpoint = `<p id="audit-checkpoint" role="status">${esc(t("admin.noEntries"))}</p>`;
  if (page.tree_size > 0)
    try {
    const cp = await getJson<Checkpoint>("/api/v1/audit/checkpoint");
    checkpoint = `<dl id="audit-checkpoint">
      <dt>${esc(t("admin.treeSize"))}</dt><dd>${cp.tree_size}</dd>
      <dt>${esc(t("admin.root"))}</dt><dd><code>${esc(cp.root_hash)}</code></dd>
      <dt>${esc(t("admin.signedAt"))}</dt><dd>${esc(cp.time)}</dd>
      <dt>${esc(t("admin.keyId"))}</dt><dd><code>${esc(cp.key_id)}</code></dd>
      <dt>${esc(t("admin.signature"))}</dt><dd>${esc(
        cp.signature_valid === undefined ? "–" : cp.signature_valid ? t("admin.valid") : t("admin.invalid"),
      )}</dd></dl>`;
    } catch (err) {
      checkpoint = `<p id="audit-checkpoint" role="status">${esc(message(err))}</p>`;
    }
  el.innerHTML = `<h2 id="admin-audit-heading">${esc(t("admin.audit"))}</h2><p>${esc(t("admin.auditIntro"))}</p>
    <h3>${esc(t("admin.checkpoint"))}</h3>${checkpoint}
    <h3>${esc(t("admin.entries"))}</h3>
    <p><a class="button" href="/api/v1/audit/entries?format=csv&amp;from=${start}&amp;limit=${PAGE_SIZE}" download="audit-entries.csv">${esc(
      t("download.csv"),
    )}</a></p>
    <nav aria-label="${esc(t("admin.entries"))}">
      <button type="button" id="audit-older" ${start <= 0 ? "disabled" : ""}>${esc(t("admin.older"))}</button>
      <button type="button" id="audit-newer" ${start + page.entries.length >= page.tree_size ? "disabled" : ""}>${esc(t("admin.newer"))}</button>
      <span id="audit-range" role="status" aria-live="polite">${esc(
        t("admin.range", {
          first: page.entries.length ? start : 0,
          last: page.entries.length ? start + page.entries.length - 1 : 0,
          size: page.tree_size,
        }),
      )}</span>
    </nav>
    <div class="scroll"><table id="audit-entries">
      <caption>${esc(t("admin.entries"))}</caption>
      <thead><tr>${["seq", "time", "actor", "action", "object", "outcome", "detail"]
        .map((c) => `<th scope="col">${esc(c)}</th>`)
        .join("")}</tr></thead>
      <tbody>${page.entries
        .map(
          (x) =>
            `<tr><th scope="row">${x.seq}</th><td>${esc(x.time)}</td><td>${esc(x.actor)}</td><td>${esc(x.action)}</td><td>${esc(
              x.object,
            )}</td><td>${esc(x.outcome)}</td><td>${esc(x.detail)}</td></tr>`,
        )
        .join("")}</tbody></table></div>`;
  el.querySelector("#audit-older")?.addEventListener("click", () => void renderAudit(el, Math.max(0, start - PAGE_SIZE)));
  el.querySelector("#audit-newer")?.addEventListener("click", () => void renderAudit(el, start + PAGE_SIZE));
}

export const adminPage: Page = {
  id: "admin",
  title: "admin.title",
  async render(main) {
    main.innerHTML = `<h1>${esc(t("admin.title"))}</h1><p>${esc(t("admin.intro"))}</p>
      <div id="admin-who" aria-live="polite"></div>
      <section id="admin-administration" aria-labelledby="admin-orgs-heading"></section>
      <section id="admin-tokens-section" aria-labelledby="admin-tokens-heading"></section>
      <section id="admin-audit" aria-labelledby="admin-audit-heading"></section>`;
    const who = main.querySelector<HTMLElement>("#admin-who")!;
    status(who, t("loading"));
    const me = await getJson<Me>("/api/v1/auth/me");
    if (!me.signed_in) {
      who.innerHTML = `<p role="status">${esc(t("admin.signInFirst"))} <a href="#/workspace">${esc(t("nav.workspace"))}</a></p>`;
      return;
    }
    const admin = me.organisations.some((o) => o.role === "admin");
    who.innerHTML = `<p>${esc(
      me.via === "local"
        ? t("workspace.local", { orgs: me.organisations.map((o) => `${o.name} (${o.role})`).join(", ") })
        : t("workspace.as", { email: me.email ?? "", orgs: me.organisations.map((o) => `${o.name} (${o.role})`).join(", ") }),
    )}</p>${admin ? "" : `<p>${esc(t("admin.notAdmin"))}</p>`}`;
    const parts: Promise<void>[] = [];
    const guard = async (el: HTMLElement, work: () => Promise<void>) => {
      try {
        await work();
      } catch (err) {
        status(el, `${t("error")}: ${message(err)}`, true);
      }
    };
    const administration = main.querySelector<HTMLElement>("#admin-administration")!;
    const tokens = main.querySelector<HTMLElement>("#admin-tokens-section")!;
    const audit = main.querySelector<HTMLElement>("#admin-audit")!;
    if (admin) parts.push(guard(administration, () => renderAdministration(administration, me)));
    parts.push(guard(tokens, () => renderTokens(tokens, me)));
    if (admin) parts.push(guard(audit, () => renderAudit(audit)));
    await Promise.all(parts);
  },
};

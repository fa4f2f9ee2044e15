// Crisis requests (IPEF Supply Chain Agreement, Article 12): the board of the requests the caller
// may read with their 15-day clocks (days left, the day-10 reminder, overdue in red), the six items,
// responses and linked analyses; a form to raise a request with all six items; controls to
// schedule the meeting, respond, link an analysis, close or withdraw. The server decides who may.
import { ApiError, getJson } from "../api";
import { esc, status } from "../dom";
import { dateTime, lang, t } from "../i18n";
import type { Key } from "../i18n";
import type { Page } from "./page";

interface Me {
  signed_in: boolean;
  organisations: { id: number; name: string; role: string }[];
  csrf_token: string | null;
}

interface CrisisRequest {
  id: number;
  title: string;
  label: string;
  requester: string;
  addressed_to: string[];
  status: string;
  raised_at: string;
  meeting_deadline: string;
  reminder_sent_at: string;
  meeting_at: string;
  meeting_late: boolean;
  days_left: number;
  overdue: boolean;
  fields: Record<string, string>;
  responses: { organisation: string; kind: string; body: string; created_at: string }[];
  links: { kind: string; ref: string; title: string | null }[];
}

const FIELDS = ["impact", "cause", "expected_duration", "sectors", "measures", "assistance"];
const PATH = "/api/v1/crisis-requests";

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

/** A date and time in the reader's language and zone. */
function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang() === "ja" ? "ja-JP" : "en-GB", { dateStyle: "medium", timeStyle: "short" }).format(d);
}

function clock(c: CrisisRequest): string {
  const days = c.overdue
    ? `<strong class="overdue error">${esc(t("crisis.overdue", { n: Math.abs(c.days_left) }))}</strong>`
    : `<strong class="days-left">${esc(t("crisis.daysLeft", { n: c.days_left }))}</strong>`;
  const meeting = c.meeting_at
    ? `${esc(when(c.meeting_at))}${c.meeting_late ? ` <span class="late error">(${esc(t("crisis.late"))})</span>` : ""}`
    : esc(t("crisis.meetingNone"));
  return `<dl class="crisis-clock">
      <dt>${esc(t("crisis.status"))}</dt><dd class="crisis-status">${esc(t(`crisis.status.${c.status}` as Key))}</dd>
      <dt>${esc(t("crisis.deadline"))}</dt><dd><time datetime="${esc(c.meeting_deadline)}">${esc(when(c.meeting_deadline))}</time> · ${days}</dd>
      <dt>${esc(t("crisis.reminder"))}</dt><dd class="reminder">${esc(
        c.reminder_sent_at ? t("crisis.reminderSent", { when: when(c.reminder_sent_at) }) : t("crisis.reminderNot"),
      )}</dd>
      <dt>${esc(t("crisis.meeting"))}</dt><dd class="meeting">${meeting}</dd>
    </dl>`;
}

function card(c: CrisisRequest, canAct: boolean): string {
  const live = c.status === "open" || c.status === "meeting-scheduled";
  const links = c.links.length
    ? `<ul>${c.links
        .map((l) => `<li>${esc(t(`crisis.linkKind.${l.kind}` as Key))}: ${l.kind === "assessment" ? esc(`#${l.ref} ${l.title ?? ""}`) : `<code>${esc(l.ref)}</code>`}</li>`)
        .join("")}</ul>`
    : `<p>${esc(t("crisis.linksNone"))}</p>`;
  const responses = c.responses.length
    ? `<ul>${c.responses
        .map((r) => `<li><strong>${esc(r.organisation)}</strong> (${esc(t(`crisis.kind.${r.kind}` as Key))}, ${esc(dateTime(r.created_at))}): ${esc(r.body)}</li>`)
        .join("")}</ul>`
    : `<p>${esc(t("crisis.responsesNone"))}</p>`;
  const id = c.id;
  const controls =
    canAct && live
      ? `<form class="crisis-schedule" data-id="${id}">
          <label for="meeting-${id}">${esc(t("crisis.meetingAt"))}</label>
          <input id="meeting-${id}" type="datetime-local" required>
          <button type="submit">${esc(t("crisis.schedule"))}</button>
        </form>
        <form class="crisis-respond" data-id="${id}">
          <label for="kind-${id}">${esc(t("crisis.kind"))}</label>
          <select id="kind-${id}"><option value="offer">${esc(t("crisis.kind.offer"))}</option><option value="note">${esc(t("crisis.kind.note"))}</option></select>
          <label for="body-${id}">${esc(t("crisis.body"))}</label>
          <textarea id="body-${id}" rows="2" cols="50" maxlength="4000" required></textarea>
          <button type="submit">${esc(t("crisis.respond"))}</button>
        </form>
        <form class="crisis-link" data-id="${id}">
          <label for="link-kind-${id}">${esc(t("crisis.kind"))}</label>
          <select id="link-kind-${id}"><option value="assessment">${esc(t("crisis.linkKind.assessment"))}</option><option value="pooled-view">${esc(
            t("crisis.linkKind.pooled-view"),
          )}</option></select>
          <label for="link-ref-${id}">${esc(t("crisis.ref"))}</label>
          <input id="link-ref-${id}" required maxlength="1000">
          <button type="submit">${esc(t("crisis.link"))}</button>
        </form>
        <p><button type="button" class="crisis-end" data-id="${id}" data-action="close">${esc(t("crisis.close"))}</button>
          <button type="button" class="crisis-end" data-id="${id}" data-action="withdraw">${esc(t("crisis.withdraw"))}</button></p>
        <p class="crisis-action-status" role="status"></p>`
      : "";
  return `<article class="crisis-request" data-id="${id}" aria-labelledby="crisis-${id}-title">
      <h3 id="crisis-${id}-title">${esc(c.title)} <span class="tlp" data-label="${esc(c.label)}">${esc(c.label)}</span></h3>
      <p class="crisis-parties">${esc(t("crisis.from", { requester: c.requester, to: c.addressed_to.join(", ") }))} · ${esc(when(c.raised_at))}</p>
      ${clock(c)}
      <dl class="crisis-fields">${FIELDS.map((f) => `<dt>${esc(t(`crisis.f.${f}` as Key))}</dt><dd data-field="${f}">${esc(c.fields[f])}</dd>`).join("")}</dl>
      <h4>${esc(t("crisis.links"))}</h4>${links}
      <h4>${esc(t("crisis.responses"))}</h4>${responses}
      ${controls}
    </article>`;
}

function raiseForm(): string {
  const field = (f: string, area: boolean) =>
    `<label class="block" for="raise-${f}">${esc(t(`crisis.f.${f}` as Key))}</label>${
      area ? `<textarea id="raise-${f}" rows="3" cols="70" maxlength="4000" required></textarea>` : `<input id="raise-${f}" size="70" maxlength="300" required>`
    }`;
  return `<form id="crisis-raise">
      <h2>${esc(t("crisis.raise"))}</h2>
      ${field("title", false)}
      <label class="block" for="raise-to">${esc(t("crisis.addressedTo"))}</label><input id="raise-to" size="70" required>
      ${FIELDS.map((f) => field(f, true)).join("")}
      <label class="block" for="raise-label">${esc(t("crisis.label"))}</label>
      <select id="raise-label"><option>TLP:AMBER</option><option>TLP:GREEN</option><option>TLP:CLEAR</option></select>
      <p><button type="submit">${esc(t("crisis.raiseButton"))}</button></p>
      <p id="raise-status" role="status"></p>
    </form>`;
}

export const crisisPage: Page = {
  id: "crisis",
  title: "crisis.title",
  async render(main) {
    main.innerHTML = `<h1>${esc(t("crisis.title"))}</h1><p>${esc(t("crisis.intro"))}</p><div id="crisis-body"></div>`;
    const body = main.querySelector<HTMLElement>("#crisis-body")!;
    status(body, t("loading"));
    const me = await getJson<Me>("/api/v1/auth/me");
    const { crisis_requests: all } = await getJson<{ crisis_requests: CrisisRequest[] }>(PATH);
    const canAct = me.signed_in && me.organisations.some((o) => o.role !== "viewer");
    const open = all.filter((c) => c.status === "open" || c.status === "meeting-scheduled");
    const ended = all.filter((c) => !open.includes(c));
    body.innerHTML = `
      ${me.signed_in ? "" : `<p id="crisis-signin"><a href="#/workspace">${esc(t("crisis.signin"))}</a></p>`}
      <p><a class="button" href="${PATH}?format=csv" download="crisis-requests.csv">${esc(t("download.csv"))}</a></p>
      <section id="crisis-board" aria-labelledby="crisis-board-h"><h2 id="crisis-board-h">${esc(t("crisis.board"))}</h2>
        ${open.length ? open.map((c) => card(c, canAct)).join("") : `<p>${esc(t("crisis.none"))}</p>`}
      </section>
      ${ended.length ? `<section id="crisis-ended"><h2>${esc(t("crisis.ended"))}</h2>${ended.map((c) => card(c, false)).join("")}</section>` : ""}
      ${canAct ? raiseForm() : ""}`;
    const done = () => crisisPage.render(main);
    const fail = (el: Element | null, err: unknown) => {
      if (el) el.textContent = err instanceof Error ? err.message : String(err);
    };
    const v = (sel: string) => body.querySelector<HTMLInputElement>(sel)!.value;
    body.querySelector<HTMLFormElement>("#crisis-raise")?.addEventListener("submit", async (e) => {
      e.preventDefault();
      const req: Record<string, unknown> = {
        title: v("#raise-title"),
        addressed_to: v("#raise-to").split(",").map((s) => s.trim()).filter((s) => s),
        label: v("#raise-label"),
      };
      FIELDS.forEach((f) => (req[f] = v(`#raise-${f}`)));
      try {
        await send("POST", PATH, req, me.csrf_token);
        await done();
      } catch (err) {
        fail(body.querySelector("#raise-status"), err);
      }
    });
    const act = (selector: string, path: (id: string) => string, payload: (id: string) => unknown) =>
      body.querySelectorAll<HTMLFormElement>(selector).forEach((form) =>
        form.addEventListener("submit", async (e) => {
          e.preventDefault();
          const id = form.dataset.id!;
          try {
            await send("POST", path(id), payload(id), me.csrf_token);
            await done();
          } catch (err) {
            fail(form.closest("article")!.querySelector(".crisis-action-status"), err);
          }
        }),
      );
    act(".crisis-schedule", (id) => `${PATH}/${id}/meeting`, (id) => ({ meeting_at: new Date(v(`#meeting-${id}`)).toISOString() }));
    act(".crisis-respond", (id) => `${PATH}/${id}/responses`, (id) => ({ kind: v(`#kind-${id}`), body: v(`#body-${id}`) }));
    act(".crisis-link", (id) => `${PATH}/${id}/links`, (id) => ({ kind: v(`#link-kind-${id}`), ref: v(`#link-ref-${id}`) }));
    body.querySelectorAll<HTMLButtonElement>("button.crisis-end").forEach((b) =>
      b.addEventListener("click", async () => {
        try {
          await send("POST", `${PATH}/${b.dataset.id}/${b.dataset.action}`, {}, me.csrf_token);
          await done();
        } catch (err) {
          fail(b.closest("article")!.querySelector(".crisis-action-status"), err);
        }
      }),
    );
  },
};

// The joint assessment panel of the workspace page: the draft (title, narrative, saved analyses
// with their parameters and dataset versions, pooled-view references), the participating
// organisations and the invitation form, comments (with replies), sign-offs, the published
// versions with their content hashes, and the bilingual report to download. Every decision is the
// server's access policy's; this only shows what the server answers.
import { getJson, sendJson } from "../api";
import { esc } from "../dom";
import { dateTime, t } from "../i18n";

interface DatasetRef {
  dataset: string;
  version: string;
  source: string;
  vintage: string;
  licence: string;
  citation: string;
}

interface Analysis {
  kind: string;
  title: string;
  parameters: Record<string, string>;
  datasets: DatasetRef[];
}

interface Comment {
  id: number;
  parent: number | null;
  author: string;
  organisation: string;
  body: string;
  created_at: string;
}

interface Joint {
  id: number;
  title: string;
  label: string;
  owner: string;
  narrative: string;
  version: number;
  revision: number;
  state: "draft" | "published";
  analyses: Analysis[];
  pooled_views: { title: string; query: string }[];
  participants: { organisation: string; country: string; role: string }[];
  comments: Comment[];
  signoffs: { organisation: string; signer: string; signed_at: string }[];
  versions: { version: number; content_hash: string; published_at: string }[];
}

/** "a=1; b=2" as {a: "1", b: "2"}. */
function parameters(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(";")) {
    const i = part.indexOf("=");
    if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}

function list(text: string): string[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function analysisHtml(a: Analysis): string {
  const params = Object.entries(a.parameters)
    .map(([k, v]) => `<code>${esc(k)}=${esc(v)}</code>`)
    .join(" ");
  const data = a.datasets
    .map((d) => `${esc(d.source)} (${esc(d.dataset)} ${esc(d.version)}, ${esc(d.vintage)}; ${esc(t("licence"))}: ${esc(d.licence)})`)
    .join("; ");
  return `<li><strong>${esc(a.kind)}</strong>${a.title ? `: ${esc(a.title)}` : ""}<br>${esc(t("joint.parameters"))}: ${params || "–"}<br>
    <span class="sources">${esc(t("joint.datasets"))}: ${data || "–"}</span></li>`;
}

function commentsHtml(comments: Comment[]): string {
  const byParent = (p: number | null): string =>
    comments
      .filter((c) => (c.parent ?? null) === p)
      .map(
        (c) => `<li data-comment="${c.id}"><p><strong>${esc(c.organisation)}</strong> · ${esc(c.author)} · ${esc(
          dateTime(c.created_at),
        )}</p><p class="comment-body">${esc(c.body)}</p>
        <button type="button" class="reply" data-id="${c.id}">${esc(t("joint.reply"))}</button>
        <ul>${byParent(c.id)}</ul></li>`,
      )
      .join("");
  return comments.length ? `<ul class="comments">${byParent(null)}</ul>` : `<p>${esc(t("joint.noComments"))}</p>`;
}

/**
 * Draws the joint assessment {@code id} into {@code el}. The invitation and editing forms show to
 * members of the owner organisation ({@code mine} are the caller's organisations); the server
 * decides either way.
 */
export async function renderJoint(el: HTMLElement, id: number, csrf: string | null, mine: string[]): Promise<void> {
  const j = await getJson<Joint>(`/api/v1/assessments/${id}/joint`);
  const owner = mine.includes(j.owner);
  const latest = j.versions[j.versions.length - 1];
  const base = `/api/v1/assessments/${id}`;
  el.innerHTML = `<h2 id="joint-heading">${esc(t("joint.title"))}: ${esc(j.title)}</h2>
    <p><span class="tlp" data-label="${esc(j.label)}">${esc(j.label)}</span>
      <span id="joint-state" class="badge" data-state="${j.state}">${esc(
        j.state === "published" ? t("joint.published", { n: j.version }) : t("joint.draft", { n: j.version, r: j.revision }),
      )}</span></p>
    ${
      latest
        ? `<p id="joint-hash">${esc(t("joint.hash", { n: latest.version }))} <code class="hash">${esc(latest.content_hash)}</code> (${esc(
            dateTime(latest.published_at),
          )})</p>`
        : ""
    }
    <p class="downloads">
      <a class="button" id="report-html" href="${base}/report.html" download="assessment-${id}.html">${esc(t("joint.reportHtml"))}</a>
      <a class="button" id="report-pdf" href="${base}/report.pdf" download="assessment-${id}.pdf">${esc(t("joint.reportPdf"))}</a>
      ${latest ? `<a class="button" href="${base}/versions/${latest.version}" download="assessment-${id}-v${latest.version}.json">${esc(t("joint.canonical"))}</a>` : ""}
      <a class="button" href="${base}/versions?format=csv" download="assessment-${id}-versions.csv">${esc(t("download.csv"))}</a>
    </p>
    <h3>${esc(t("joint.participants"))}</h3>
    <ul id="joint-participants">${j.participants
      .map((p) => `<li>${esc(p.organisation)} (${esc(p.country)}, ${esc(p.role === "owner" ? t("joint.owner") : t("joint.invited"))})</li>`)
      .join("")}</ul>
    ${owner ? `<form id="invite-form"><label for="invite-orgs">${esc(t("joint.invite"))}</label>
      <input id="invite-orgs" aria-describedby="invite-help"><small id="invite-help">${esc(t("joint.inviteHelp"))}</small>
      <button type="submit">${esc(t("joint.inviteButton"))}</button></form>` : ""}
    <h3>${esc(t("joint.signoffs"))}</h3>
    <ul id="joint-signoffs">${
      j.signoffs.length
        ? j.signoffs.map((s) => `<li>${esc(s.organisation)} · ${esc(s.signer)} · ${esc(dateTime(s.signed_at))}</li>`).join("")
        : `<li>${esc(t("joint.noSignoffs"))}</li>`
    }</ul>
    ${j.state === "draft" ? `<button type="button" id="signoff" data-revision="${j.revision}">${esc(t("joint.signoff"))}</button>` : ""}
    <h3>${esc(t("joint.narrative"))}</h3><pre class="narrative">${esc(j.narrative)}</pre>
    <h3>${esc(t("joint.analyses"))}</h3>
    <ul id="joint-analyses">${j.analyses.map(analysisHtml).join("") || `<li>–</li>`}</ul>
    <h3>${esc(t("joint.pooled"))}</h3>
    <ul id="joint-pooled">${j.pooled_views.map((p) => `<li>${esc(p.title)}: <code>${esc(p.query)}</code></li>`).join("") || `<li>–</li>`}</ul>
    ${owner ? `<details id="draft-details"><summary>${esc(t("joint.edit"))}</summary>
    <form id="draft-form">
      <label for="draft-narrative">${esc(t("joint.narrative"))}</label><textarea id="draft-narrative" rows="4">${esc(j.narrative)}</textarea>
      <fieldset><legend>${esc(t("joint.addAnalysis"))}</legend>
        <label for="analysis-kind">${esc(t("joint.kind"))}</label>
        <select id="analysis-kind">${["minerals", "dependence", "chokepoints", "pooled"].map((k) => `<option>${k}</option>`).join("")}</select>
        <label for="analysis-title">${esc(t("joint.analysisTitle"))}</label><input id="analysis-title">
        <label for="analysis-params">${esc(t("joint.parameters"))}</label><input id="analysis-params" placeholder="year=2025; critical_only=true">
        <label for="analysis-datasets">${esc(t("joint.datasets"))}</label><input id="analysis-datasets" placeholder="usgs-mcs, baci">
      </fieldset>
      <fieldset><legend>${esc(t("joint.addPooled"))}</legend>
        <label for="pooled-title">${esc(t("joint.analysisTitle"))}</label><input id="pooled-title">
        <label for="pooled-query">${esc(t("joint.query"))}</label><input id="pooled-query">
      </fieldset>
      <p>${esc(t("joint.editNote"))}</p>
      <button type="submit">${esc(t("workspace.save"))}</button>
    </form></details>` : ""}
    <h3>${esc(t("joint.comments"))}</h3>
    <div id="joint-comments">${commentsHtml(j.comments)}</div>
    <form id="comment-form"><label for="comment-body">${esc(t("joint.comment"))}</label>
      <textarea id="comment-body" rows="3" required></textarea><input type="hidden" id="comment-parent" value="">
      <p id="comment-replying"></p>
      <button type="submit">${esc(t("joint.commentButton"))}</button></form>
    <p id="joint-status" role="status" aria-live="polite"></p>`;
  const statusEl = el.querySelector<HTMLElement>("#joint-status")!;
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      await renderJoint(el, id, csrf, mine);
    } catch (err) {
      el.querySelector<HTMLElement>("#joint-status")!.textContent = err instanceof Error ? err.message : String(err);
    }
  };
  statusEl.textContent = "";
  el.querySelector<HTMLFormElement>("#invite-form")?.addEventListener("submit", (e) => {
    e.preventDefault();
    const organisations = list(el.querySelector<HTMLInputElement>("#invite-orgs")!.value);
    void act(() => sendJson("POST", `${base}/invite`, { organisations }, csrf));
  });
  el.querySelector<HTMLButtonElement>("#signoff")?.addEventListener("click", () =>
    act(() => sendJson("POST", `${base}/signoff`, { revision: j.revision }, csrf)),
  );
  el.querySelector<HTMLFormElement>("#draft-form")?.addEventListener("submit", (e) => {
    e.preventDefault();
    const v = (sel: string) => el.querySelector<HTMLInputElement>(sel)!.value;
    const analyses: unknown[] = [...j.analyses];
    if (v("#analysis-title") || v("#analysis-params") || v("#analysis-datasets")) {
      analyses.push({ kind: v("#analysis-kind"), title: v("#analysis-title"), parameters: parameters(v("#analysis-params")), datasets: list(v("#analysis-datasets")) });
    }
    const pooled = [...j.pooled_views];
    if (v("#pooled-query")) pooled.push({ title: v("#pooled-title"), query: v("#pooled-query") });
    void act(() => sendJson("POST", `${base}/draft`, { narrative: v("#draft-narrative"), analyses, pooled_views: pooled }, csrf));
  });
  el.querySelectorAll<HTMLButtonElement>("button.reply").forEach((b) =>
    b.addEventListener("click", () => {
      el.querySelector<HTMLInputElement>("#comment-parent")!.value = b.dataset.id ?? "";
      el.querySelector("#comment-replying")!.textContent = t("joint.replying", { id: b.dataset.id ?? "" });
      el.querySelector<HTMLTextAreaElement>("#comment-body")!.focus();
    }),
  );
  el.querySelector<HTMLFormElement>("#comment-form")!.addEventListener("submit", (e) => {
    e.preventDefault();
    const body = el.querySelector<HTMLTextAreaElement>("#comment-body")!.value;
    const parent = el.querySelector<HTMLInputElement>("#comment-parent")!.value;
    void act(() => sendJson("POST", `${base}/comments`, { body, parent: parent ? Number(parent) : null }, csrf));
  });
}

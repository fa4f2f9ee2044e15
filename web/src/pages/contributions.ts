// Contributions: a firm's confidential supplier maps (TLP:RED, versioned) — upload nodes.csv and
// links.csv, see the organisation's own contributions and their versions, withdraw one. Every
// decision is the server's access policy's; only the firm's contributors and admins see its rows.
import { ApiError, csrfHeaders, getJson } from "../api";
import { esc, status } from "../dom";
import { dateTime, num, t } from "../i18n";
import type { Page } from "./page";

interface Contribution {
  id: number;
  name: string;
  label: string;
  owner: string;
  version: number;
  uploaded_by: string;
  uploaded_at: string;
  links: number;
  withdrawn_at: string | null;
}

async function problem(res: Response): Promise<never> {
  let detail = `${res.status} ${res.statusText}`;
  try {
    const p = await res.json();
    if (p && typeof p.detail === "string") detail = p.detail;
  } catch {
    // keep the status line
  }
  throw new ApiError(detail);
}

export const contributionsPage: Page = {
  id: "contributions",
  title: "contrib.title",
  async render(main) {
    main.innerHTML = `<h1>${esc(t("contrib.title"))}</h1><p>${esc(t("contrib.intro"))}</p>
      <div id="contrib-body"></div>`;
    const body = main.querySelector<HTMLElement>("#contrib-body")!;
    status(body, t("loading"));
    const me = await getJson<{ signed_in: boolean; organisations: { name: string; role: string }[] }>("/api/v1/auth/me");
    if (!me.signed_in) {
      body.innerHTML = `<p id="contrib-signin">${esc(t("contrib.signin"))} <a href="#/workspace">${esc(t("nav.workspace"))}</a></p>`;
      return;
    }
    const { contributions } = await getJson<{ contributions: Contribution[] }>("/api/v1/contributions");
    const canUpload = me.organisations.some((o) => o.role === "contributor" || o.role === "admin");
    body.innerHTML = `
      ${
        canUpload
          ? `<form id="contrib-upload">
        <h2>${esc(t("contrib.upload"))}</h2>
        <label for="contrib-name">${esc(t("contrib.name"))}</label><input id="contrib-name" required maxlength="200">
        <label for="contrib-nodes">nodes.csv</label><input id="contrib-nodes" type="file" accept=".csv,text/csv" required aria-describedby="contrib-help">
        <label for="contrib-links">links.csv</label><input id="contrib-links" type="file" accept=".csv,text/csv" required aria-describedby="contrib-help">
        <small id="contrib-help">${esc(t("contrib.help"))}</small>
        <button type="submit">${esc(t("contrib.send"))}</button>
        <p id="contrib-status" role="status" aria-live="polite"></p>
      </form>`
          : `<p>${esc(t("contrib.cannot"))}</p>`
      }
      <p><a class="button" href="/api/v1/contributions?format=csv" download="contributions.csv">${esc(t("download.csv"))}</a></p>
      <div class="scroll"><table id="contrib-table">
        <caption>${esc(t("contrib.table"))}</caption>
        <thead><tr>
          <th scope="col">${esc(t("contrib.name"))}</th>
          <th scope="col">${esc(t("workspace.label"))}</th>
          <th scope="col">${esc(t("workspace.owner"))}</th>
          <th scope="col">${esc(t("contrib.version"))}</th>
          <th scope="col">${esc(t("contrib.links"))}</th>
          <th scope="col">${esc(t("workspace.updated"))}</th>
          <th scope="col">${esc(t("contrib.state"))}</th>
        </tr></thead>
        <tbody>${
          contributions.length
            ? contributions
                .map(
                  (c) => `<tr data-id="${c.id}">
              <th scope="row">${esc(c.name)}</th>
              <td><span class="tlp" data-label="${esc(c.label)}">${esc(c.label)}</span></td>
              <td>${esc(c.owner)}</td>
              <td class="num">${esc(c.version)}</td>
              <td class="num">${esc(num(c.links))}</td>
              <td>${esc(dateTime(c.uploaded_at))}</td>
              <td>${
                c.withdrawn_at
                  ? `<span class="withdrawn">${esc(t("contrib.withdrawn"))}</span>`
                  : `<button type="button" class="withdraw" data-id="${c.id}">${esc(t("contrib.withdraw"))}</button>`
              }</td>
            </tr>`,
                )
                .join("")
            : `<tr><td colspan="7">${esc(t("contrib.none"))}</td></tr>`
        }</tbody>
      </table></div>`;
    const form = body.querySelector<HTMLFormElement>("#contrib-upload");
    form?.addEventListener("submit", async (e) => {
      e.preventDefault();
      const out = body.querySelector<HTMLElement>("#contrib-status")!;
      const data = new FormData();
      data.set("name", body.querySelector<HTMLInputElement>("#contrib-name")!.value);
      data.set("nodes", body.querySelector<HTMLInputElement>("#contrib-nodes")!.files![0]);
      data.set("links", body.querySelector<HTMLInputElement>("#contrib-links")!.files![0]);
      out.textContent = t("loading");
      try {
        const res = await fetch("/api/v1/contributions", {
          method: "POST",
          body: data,
          headers: { Accept: "application/json", ...(await csrfHeaders()) },
          credentials: "same-origin",
        });
        if (!res.ok) await problem(res);
        const c = (await res.json()) as Contribution;
        await contributionsPage.render(main);
        main.querySelector<HTMLElement>("#contrib-status")!.textContent = t("contrib.stored", { name: c.name, version: c.version });
      } catch (err) {
        out.textContent = err instanceof Error ? err.message : String(err);
        out.classList.add("error");
      }
    });
    body.querySelectorAll<HTMLButtonElement>("button.withdraw").forEach((b) =>
      b.addEventListener("click", async () => {
        if (!confirm(t("contrib.confirm"))) return;
        const res = await fetch(`/api/v1/contributions/${b.dataset.id}/withdraw`, {
          method: "POST",
          body: "{}",
          headers: { Accept: "application/json", "Content-Type": "application/json", ...(await csrfHeaders()) },
          credentials: "same-origin",
        });
        if (!res.ok) await problem(res);
        await contributionsPage.render(main);
      }),
    );
  },
};

// Saved assessments: sign-in (or the local analyst of single-user mode), the assessments the
// caller may read with their TLP label, owner and recipients, a form to save one, and a share
// dialog that changes recipients and label. Every decision is the server's access policy's.
import { getJson, sendJson } from "../api";
import { esc, status } from "../dom";
import { dateTime, t } from "../i18n";
import { renderJoint } from "./joint";
import type { Page } from "./page";

interface Me {
  signed_in: boolean;
  via: string;
  email: string | null;
  organisations: { id: number; name: string; role: string }[];
  accounts: boolean;
  csrf_token: string | null;
}

interface Assessment {
  id: number;
  title: string;
  label: string;
  owner: string;
  author: string;
  recipients: string[];
  updated_at: string;
}

const LABELS = ["TLP:RED", "TLP:AMBER+STRICT", "TLP:AMBER", "TLP:GREEN", "TLP:CLEAR"];

const send = sendJson;

function names(text: string): string[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function labelOptions(selected: string): string {
  return LABELS.map((l) => `<option ${l === selected ? "selected" : ""}>${esc(l)}</option>`).join("");
}

export const workspacePage: Page = {
  id: "workspace",
  title: "workspace.title",
  async render(main) {
    main.innerHTML = `<h1>${esc(t("workspace.title"))}</h1><p>${esc(t("workspace.intro"))}</p>
      <section id="workspace-who" aria-live="polite"></section><div id="workspace-body"></div>`;
    const who = main.querySelector<HTMLElement>("#workspace-who")!;
    const body = main.querySelector<HTMLElement>("#workspace-body")!;
    status(body, t("loading"));
    const me = await getJson<Me>("/api/v1/auth/me");
    if (!me.signed_in) {
      who.innerHTML = `<form id="signin" class="signin">
          <h2>${esc(t("workspace.signin"))}</h2>
          <label for="signin-email">${esc(t("workspace.email"))}</label>
          <input id="signin-email" type="email" autocomplete="username" required>
          <label for="signin-password">${esc(t("workspace.password"))}</label>
          <input id="signin-password" type="password" autocomplete="current-password" required>
          <button type="submit">${esc(t("workspace.signin"))}</button>
          <p id="signin-status" role="status"></p>
        </form>`;
      who.querySelector<HTMLFormElement>("#signin")!.addEventListener("submit", async (e) => {
        e.preventDefault();
        const email = who.querySelector<HTMLInputElement>("#signin-email")!.value;
        const password = who.querySelector<HTMLInputElement>("#signin-password")!.value;
        try {
          await send("POST", "/api/v1/auth/login", { email, password }, null);
          await workspacePage.render(main);
        } catch (err) {
          who.querySelector("#signin-status")!.textContent = err instanceof Error ? err.message : String(err);
        }
      });
    } else {
      const orgs = me.organisations.map((o) => `${o.name} (${o.role})`).join(", ");
      who.innerHTML = `<p id="signed-in">${esc(
        me.via === "local" ? t("workspace.local", { orgs }) : t("workspace.as", { email: me.email ?? "", orgs }),
      )}</p>${me.via === "session" ? `<button type="button" id="signout">${esc(t("workspace.signout"))}</button>` : ""}`;
      who.querySelector("#signout")?.addEventListener("click", async () => {
        await send("POST", "/api/v1/auth/logout", {}, me.csrf_token);
        await workspacePage.render(main);
      });
    }
    const { assessments } = await getJson<{ assessments: Assessment[] }>("/api/v1/assessments");
    const canCreate = me.signed_in && me.organisations.some((o) => o.role !== "viewer");
    body.innerHTML = `
      <p><a class="button" href="/api/v1/assessments?format=csv" download="assessments.csv">${esc(t("download.csv"))}</a></p>
      <div class="scroll"><table id="assessments-table">
        <caption>${esc(t("workspace.table"))}</caption>
        <thead><tr>
          <th scope="col">${esc(t("workspace.name"))}</th>
          <th scope="col">${esc(t("workspace.label"))}</th>
          <th scope="col">${esc(t("workspace.owner"))}</th>
          <th scope="col">${esc(t("workspace.recipients"))}</th>
          <th scope="col">${esc(t("workspace.updated"))}</th>
          <th scope="col"><span class="visually-hidden">${esc(t("workspace.share"))}</span></th>
        </tr></thead>
        <tbody>${
          assessments.length
            ? assessments
                .map(
                  (a) => `<tr data-id="${a.id}">
              <th scope="row">${esc(a.title)}</th>
              <td><span class="tlp" data-label="${esc(a.label)}">${esc(a.label)}</span></td>
              <td>${esc(a.owner)}</td>
              <td>${esc(a.recipients.join(", "))}</td>
              <td>${esc(dateTime(a.updated_at))}</td>
              <td>${me.signed_in ? `<button type="button" class="share" data-id="${a.id}">${esc(t("workspace.share"))}</button>` : ""}
                <button type="button" class="open" data-id="${a.id}">${esc(t("joint.open"))}</button></td>
            </tr>`,
                )
                .join("")
            : `<tr><td colspan="6">${esc(t("workspace.none"))}</td></tr>`
        }</tbody>
      </table></div>
      <section id="joint" aria-labelledby="joint-heading"></section>
      ${
        canCreate
          ? `<form id="create">
        <h2>${esc(t("workspace.new"))}</h2>
        <label for="create-title">${esc(t("workspace.name"))}</label><input id="create-title" required maxlength="500">
        <label for="create-label">${esc(t("workspace.label"))}</label><select id="create-label">${labelOptions("TLP:AMBER+STRICT")}</select>
        <label for="create-recipients">${esc(t("workspace.recipients"))}</label><input id="create-recipients" aria-describedby="recipients-help">
        <small id="recipients-help">${esc(t("workspace.recipientsHelp"))}</small>
        <label for="create-body">${esc(t("workspace.body"))}</label><textarea id="create-body" rows="4"></textarea>
        <button type="submit">${esc(t("workspace.save"))}</button>
        <p id="create-status" role="status"></p>
      </form>`
          : ""
      }
      <dialog id="share-dialog" aria-labelledby="share-heading">
        <form id="share-form" method="dialog">
          <h2 id="share-heading">${esc(t("workspace.share"))}</h2>
          <label for="share-label">${esc(t("workspace.label"))}</label><select id="share-label"></select>
          <label for="share-recipients">${esc(t("workspace.recipients"))}</label><input id="share-recipients">
          <small>${esc(t("workspace.recipientsHelp"))}</small>
          <p id="share-status" role="status"></p>
          <button type="submit" id="share-ok">${esc(t("workspace.share"))}</button>
          <button type="button" id="share-cancel">${esc(t("workspace.cancel"))}</button>
        </form>
      </dialog>`;
    body.querySelector<HTMLFormElement>("#create")?.addEventListener("submit", async (e) => {
      e.preventDefault();
      const v = (id: string) => body.querySelector<HTMLInputElement>(id)!.value;
      try {
        await send(
          "POST",
          "/api/v1/assessments",
          { title: v("#create-title"), label: v("#create-label"), recipients: names(v("#create-recipients")), body: v("#create-body") },
          me.csrf_token,
        );
        await workspacePage.render(main);
      } catch (err) {
        body.querySelector("#create-status")!.textContent = err instanceof Error ? err.message : String(err);
      }
    });
    const joint = body.querySelector<HTMLElement>("#joint")!;
    body.querySelectorAll<HTMLButtonElement>("button.open").forEach((b) =>
      b.addEventListener("click", async () => {
        try {
          await renderJoint(
            joint,
            Number(b.dataset.id),
            me.csrf_token,
            me.organisations.map((o) => o.name),
          );
          joint.scrollIntoView();
        } catch (err) {
          joint.textContent = err instanceof Error ? err.message : String(err);
        }
      }),
    );
    const dialog = body.querySelector<HTMLDialogElement>("#share-dialog")!;
    let sharing: Assessment | undefined;
    body.querySelectorAll<HTMLButtonElement>("button.share").forEach((b) =>
      b.addEventListener("click", () => {
        sharing = assessments.find((a) => String(a.id) === b.dataset.id);
        if (!sharing) return;
        dialog.querySelector<HTMLSelectElement>("#share-label")!.innerHTML = labelOptions(sharing.label);
        dialog.querySelector<HTMLInputElement>("#share-recipients")!.value = sharing.recipients.join(", ");
        dialog.querySelector("#share-status")!.textContent = "";
        dialog.showModal();
      }),
    );
    dialog.querySelector("#share-cancel")!.addEventListener("click", () => dialog.close());
    dialog.querySelector<HTMLFormElement>("#share-form")!.addEventListener("submit", async (e) => {
      e.preventDefault();
      if (!sharing) return;
      try {
        await send(
          "POST",
          `/api/v1/assessments/${sharing.id}/share`,
          {
            label: dialog.querySelector<HTMLSelectElement>("#share-label")!.value,
            recipients: names(dialog.querySelector<HTMLInputElement>("#share-recipients")!.value),
          },
          me.csrf_token,
        );
        dialog.close();
        await workspacePage.render(main);
      } catch (err) {
        dialog.querySelector("#share-status")!.textContent = err instanceof Error ? err.message : String(err);
      }
    });
  },
};

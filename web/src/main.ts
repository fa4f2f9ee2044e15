// The web UI: one page per capability, chosen by the address (#/minerals), with the perspective,
// concern group and language chosen once in the header and kept.
import "./style.css";
import { esc, status } from "./dom";
import { lang, setLang, t } from "./i18n";
import { chokepointsPage } from "./pages/chokepoints";
import { criticalityPage } from "./pages/criticality";
import { datasetsPage } from "./pages/datasets";
import { dependencePage } from "./pages/dependence";
import { mineralsPage } from "./pages/minerals";
import { networkPage } from "./pages/network";
import { screeningPage } from "./pages/screening";
import { scenarioPage } from "./pages/scenario";
import { overviewPage } from "./pages/overview";
import { workspacePage } from "./pages/workspace";
import { adminPage } from "./pages/admin";
import { crisisPage } from "./pages/crisis";
import { contributionsPage } from "./pages/contributions";
import { pooledPage } from "./pages/pooled";
import type { Page } from "./pages/page";
import { allGroups, concern, loadSettings, onChange, perspective, setConcern, setPerspective } from "./state";

/** Every page; a new capability adds its page here. */
const PAGES: Page[] = [
  overviewPage,
  mineralsPage,
  dependencePage,
  criticalityPage,
  chokepointsPage,
  networkPage,
  scenarioPage,
  screeningPage,
  datasetsPage,
  workspacePage,
  contributionsPage,
  pooledPage,
  adminPage,
  crisisPage,
];

const main = document.querySelector<HTMLElement>("#main")!;

function current(): Page {
  const id = location.hash.replace(/^#\/?/, "");
  return PAGES.find((p) => p.id === id) ?? PAGES[0];
}

function header(): void {
  const page = current();
  document.querySelector("#nav")!.innerHTML = `<ul>${PAGES.map(
    (p) => `<li><a href="#/${p.id}" ${p === page ? 'aria-current="page"' : ""}>${esc(t(`nav.${p.id}` as never))}</a></li>`,
  ).join("")}</ul>`;
  const options = (selectedName: string) =>
    allGroups()
      .map((g) => `<option value="${esc(g.name)}" ${g.name === selectedName ? "selected" : ""}>${esc(g.name)} — ${esc(g.title)}</option>`)
      .join("");
  const form = document.querySelector<HTMLFormElement>("#settings")!;
  form.innerHTML = `
    <label for="perspective">${esc(t("settings.perspective"))}</label>
    <select id="perspective">${options(perspective())}</select>
    <label for="concern">${esc(t("settings.concern"))}</label>
    <select id="concern">${options(concern())}</select>
    <label for="language">${esc(t("settings.language"))}</label>
    <select id="language"><option value="en" ${lang() === "en" ? "selected" : ""}>English</option><option value="ja" ${
      lang() === "ja" ? "selected" : ""
    }>日本語</option></select>`;
  form.querySelector<HTMLSelectElement>("#perspective")!.addEventListener("change", (e) => setPerspective((e.target as HTMLSelectElement).value));
  form.querySelector<HTMLSelectElement>("#concern")!.addEventListener("change", (e) => setConcern((e.target as HTMLSelectElement).value));
  form.querySelector<HTMLSelectElement>("#language")!.addEventListener("change", (e) => {
    setLang((e.target as HTMLSelectElement).value as "en" | "ja");
    void show();
  });
  document.querySelector("#foot")!.innerHTML = `<p>${esc(t("footer"))}</p>`;
}

let showing: Promise<void> | undefined;
let showAgain = false;

/**
 * Renders the current page. Calls while a render is running (a language or setting change, a hash
 * change) are folded into one more render after it, so two renders never interleave on the page.
 */
function show(): Promise<void> {
  if (showing) {
    showAgain = true;
    return showing;
  }
  showing = (async () => {
    do {
      showAgain = false;
      await showOnce();
    } while (showAgain);
    showing = undefined;
  })();
  return showing;
}

async function showOnce(): Promise<void> {
  const page = current();
  document.documentElement.lang = lang();
  document.title = `${t(page.title)} · Chokepoint`;
  header();
  main.dataset.page = page.id;
  main.dataset.ready = "false";
  try {
    await page.render(main);
  } catch (e) {
    status(main, `${t("error")}: ${e instanceof Error ? e.message : String(e)}`, true);
  }
  main.dataset.ready = "true";
}

async function start(): Promise<void> {
  document.documentElement.lang = lang();
  status(main, t("loading"));
  try {
    await loadSettings();
  } catch (e) {
    status(main, `${t("error")}: ${e instanceof Error ? e.message : String(e)}`, true);
    return;
  }
  window.addEventListener("hashchange", () => void show());
  onChange(() => void show());
  await show();
}

void start();

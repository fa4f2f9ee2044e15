// Small helpers for building semantic HTML safely.
import { Source } from "./api";
import { t } from "./i18n";

export function esc(s: unknown): string {
  return String(s ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The figure caption every chart and table carries: dataset, vintage and licence. */
export function sourcesNote(sources: Source[]): string {
  if (!sources.length) return "";
  return `<p class="sources"><span>${esc(t("sources"))}:</span> ${sources
    .map(
      (s) =>
        `<span class="source" data-dataset="${esc(s.dataset)}">${esc(s.source)} (${esc(s.dataset)}, ${esc(
          s.vintage,
        )}; ${esc(t("licence"))}: ${esc(s.licence)})</span>`,
    )
    .join("; ")}</p>`;
}

export function status(el: HTMLElement, message: string, error = false): void {
  el.innerHTML = `<p class="${error ? "error" : "status"}" role="${error ? "alert" : "status"}">${esc(message)}</p>`;
}

/** Saves a string or data URL as a file. */
export function download(name: string, href: string): void {
  const a = document.createElement("a");
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

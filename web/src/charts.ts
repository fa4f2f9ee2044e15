// ECharts with only the parts the pages use, and the world map from Natural Earth; the shared
// downloads of every chart (PNG and SVG) and of every table (CSV).
import * as echarts from "echarts/core";
import { BarChart, LineChart, MapChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from "echarts/components";
import { CanvasRenderer, SVGRenderer } from "echarts/renderers";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { download, esc } from "./dom";
import { numericToAlpha3, t } from "./i18n";

echarts.use([
  BarChart,
  LineChart,
  MapChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);

let mapRegistered = false;

/** Registers the Natural Earth 1:110m countries, each named by its ISO alpha-3 code. */
export function registerWorld(): void {
  if (mapRegistered) return;
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries);
  const features = fc.features.map((f) => ({
    ...f,
    properties: { name: numericToAlpha3(String(f.id ?? "")) ?? f.properties?.name ?? "" },
  }));
  echarts.registerMap("world", { type: "FeatureCollection", features } as never);
  mapRegistered = true;
}

/**
 * The download buttons of one chart, to put in its figure: PNG and SVG. Wire them with
 * {@link wireChartDownloads} (ECharts) or {@link wireGraphDownloads} (Cytoscape) once drawn.
 */
export function chartButtons(id: string): string {
  return `<span class="downloads" data-downloads="${esc(id)}">
    <button type="button" data-format="png">${esc(t("download.png"))}</button>
    <button type="button" data-format="svg">${esc(t("download.svg"))}</button></span>`;
}

/** The SVG of an ECharts chart: the same options drawn again by an offscreen SVG renderer. */
export function chartSvg(chart: echarts.ECharts, caption: string): string {
  const width = chart.getWidth();
  const height = chart.getHeight();
  const offscreen = echarts.init(null, undefined, { renderer: "svg", ssr: true, width, height });
  try {
    const option = chart.getOption() as Record<string, unknown>;
    offscreen.setOption({ ...option, animation: false, backgroundColor: "#fff" });
    return withCaption(offscreen.renderToSVGString(), caption);
  } finally {
    offscreen.dispose();
  }
}

/** Adds the dataset-and-vintage caption as an SVG <desc> so the file carries its sources. */
function withCaption(svg: string, caption: string): string {
  return caption ? svg.replace(/<svg([^>]*)>/, (m) => `${m}<desc>${esc(caption)}</desc>`) : svg;
}

function saveText(name: string, text: string, type: string): void {
  const href = URL.createObjectURL(new Blob([text], { type }));
  download(name, href);
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/**
 * Wires the buttons made by {@link chartButtons}: PNG from the canvas (twice the pixels, white
 * background) and SVG from an offscreen SVG rendering. {@code caption} names the datasets and
 * vintages; it goes into the SVG.
 */
export function wireChartDownloads(root: ParentNode, id: string, chart: echarts.ECharts, name: string, caption = ""): void {
  const box = root.querySelector<HTMLElement>(`[data-downloads="${id}"]`);
  if (!box) return;
  box.querySelector('[data-format="png"]')!.addEventListener("click", () =>
    download(`${name}.png`, chart.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#fff" })),
  );
  box.querySelector('[data-format="svg"]')!.addEventListener("click", () =>
    saveText(`${name}.svg`, chartSvg(chart, caption), "image/svg+xml"),
  );
}

/** What {@link graphSvg} needs of a Cytoscape graph (kept structural to avoid a type import). */
interface GraphLike {
  png(options: { full: boolean; scale: number; bg: string }): string;
  nodes(): Iterable<{ position(): { x: number; y: number }; data(k: string): string; style(k: string): string; width(): number }>;
  edges(): Iterable<{ source(): { position(): { x: number; y: number } }; target(): { position(): { x: number; y: number } }; style(k: string): string }>;
}

/**
 * The SVG of a Cytoscape graph: Cytoscape draws only PNG and JPEG itself, so nodes are drawn again
 * as circles (diamonds for the kinds drawn as diamonds), edges as straight lines and labels as text,
 * at the positions of the layout.
 */
export function graphSvg(cy: GraphLike, caption: string): string {
  const nodes = [...cy.nodes()];
  const edges = [...cy.edges()];
  if (!nodes.length) return `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>`;
  const xs = nodes.map((n) => n.position().x);
  const ys = nodes.map((n) => n.position().y);
  const pad = 80;
  const minX = Math.min(...xs) - pad;
  const minY = Math.min(...ys) - pad;
  const w = Math.max(...xs) - minX + pad;
  const h = Math.max(...ys) - minY + pad;
  const parts: string[] = [];
  for (const e of edges) {
    const a = e.source().position();
    const b = e.target().position();
    const dashed = e.style("line-style") === "dashed" ? ' stroke-dasharray="4 3"' : "";
    parts.push(`<line x1="${a.x - minX}" y1="${a.y - minY}" x2="${b.x - minX}" y2="${b.y - minY}" stroke="${esc(e.style("line-color"))}" stroke-width="1"${dashed}/>`);
  }
  for (const n of nodes) {
    const p = n.position();
    const x = p.x - minX;
    const y = p.y - minY;
    const r = n.width() / 2;
    const fill = esc(n.style("background-color"));
    parts.push(
      n.style("shape") === "diamond"
        ? `<polygon points="${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}" fill="${fill}"/>`
        : `<circle cx="${x}" cy="${y}" r="${r}" fill="${fill}"/>`,
    );
    parts.push(`<text x="${x}" y="${y + r + 10}" font-size="9" font-family="sans-serif" text-anchor="middle">${esc(n.data("label"))}</text>`);
  }
  return withCaption(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(w)}" height="${Math.ceil(h)}" viewBox="0 0 ${Math.ceil(w)} ${Math.ceil(h)}"><rect width="100%" height="100%" fill="#fff"/>${parts.join("")}</svg>`,
    caption,
  );
}

/** Wires the buttons made by {@link chartButtons} for a Cytoscape graph. */
export function wireGraphDownloads(root: ParentNode, id: string, cy: GraphLike, name: string, caption = ""): void {
  const box = root.querySelector<HTMLElement>(`[data-downloads="${id}"]`);
  if (!box) return;
  box.querySelector('[data-format="png"]')!.addEventListener("click", () => download(`${name}.png`, cy.png({ full: true, scale: 2, bg: "#fff" })));
  box.querySelector('[data-format="svg"]')!.addEventListener("click", () => saveText(`${name}.svg`, graphSvg(cy, caption), "image/svg+xml"));
}

/** One CSV field, quoted when RFC 4180 asks for it. */
function field(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 text: one header row, CRLF line ends, no comment lines. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}

/** A button that saves rows the page already holds as CSV (for tables with no CSV endpoint). */
export function csvButton(id: string): string {
  return `<button type="button" class="button" id="${esc(id)}">${esc(t("download.csv"))}</button>`;
}

export function wireCsv(root: ParentNode, id: string, name: string, header: string[], rows: () => unknown[][]): void {
  root.querySelector(`#${id}`)?.addEventListener("click", () => saveText(name, toCsv(header, rows()), "text/csv"));
}

export { echarts };

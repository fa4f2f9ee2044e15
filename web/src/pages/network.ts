// Supply-network explorer: the upstream tree of a product of eto-chips drawn with Cytoscape.js,
// with the chokepoint providers of the inputs in the tree marked by holder (leverage held by the
// perspective, exposure to the concern group, others).
import { getJson, Source, url } from "../api";
import { chartButtons, csvButton, wireCsv, wireGraphDownloads } from "../charts";
import { esc, sourcesNote, status } from "../dom";
import { countryName, pct, t } from "../i18n";
import { concern, perspective } from "../state";
import type { Page } from "./page";

interface TreeRow {
  depth: number;
  node: string;
  name: string;
  parent: string | null;
  relation: string;
  provider: string | null;
  provider_name: string | null;
  provider_country: string | null;
  share: number | null;
}

interface Chokepoint {
  product: string;
  input: string;
  provider: string;
  provider_country: string | null;
  provider_name: string;
  share: number;
  holder: "perspective" | "concern" | "other";
  residual_capacity: number;
  input_name: string;
}

const NETWORK = "eto-chips";
let product = "N99";
let depth = "2";

export const networkPage: Page = {
  id: "network",
  title: "network.title",
  async render(main) {
    main.innerHTML = `<h1>${esc(t("network.title"))}</h1><p>${esc(t("network.intro"))}</p>
      <form class="controls" id="nw-form">
        <label for="nw-product">${esc(t("network.product"))}</label>
        <input id="nw-product" value="${esc(product)}" size="8" autocomplete="off">
        <label for="nw-depth">${esc(t("network.depth"))}</label>
        <select id="nw-depth">${["1", "2", "3", "4"]
          .map((v) => `<option value="${v}" ${v === depth ? "selected" : ""}>${v}</option>`)
          .join("")}</select>
        <button type="submit">${esc(t("network.show"))}</button>
      </form>
      <div id="nw-body"></div>`;
    const body = main.querySelector<HTMLElement>("#nw-body")!;
    main.querySelector<HTMLFormElement>("#nw-form")!.addEventListener("submit", (e) => {
      e.preventDefault();
      product = main.querySelector<HTMLInputElement>("#nw-product")!.value.trim() || "N99";
      depth = main.querySelector<HTMLSelectElement>("#nw-depth")!.value;
      main.dataset.ready = "false";
      draw(body)
        .catch((err) => status(body, `${t("error")}: ${err instanceof Error ? err.message : String(err)}`, true))
        .finally(() => (main.dataset.ready = "true"));
    });
    await draw(body);
  },
};

async function draw(body: HTMLElement): Promise<void> {
  status(body, t("loading"));
  const treeParams = { network: NETWORK, product, depth };
  const cpParams = { network: NETWORK, perspective: perspective(), concern: concern(), threshold: "0.5" };
  const [tree, cps, cytoscape] = await Promise.all([
    getJson<{ product_name: string; rows: TreeRow[]; sources: Source[] }>("/api/v1/network/tree", treeParams),
    getJson<{ rows: Chokepoint[] }>("/api/v1/chokepoints", cpParams),
    import("cytoscape").then((m) => m.default),
  ]);
  // inputs of the tree, once each, and the edges input -> what it goes into
  const names = new Map<string, string>();
  const edges = new Set<string>();
  for (const r of tree.rows) {
    names.set(r.node, r.name);
    if (r.parent) edges.add(`${r.node}\u0000${r.parent}`);
  }
  // chokepoint providers of the inputs in the tree: those of this product first, else any
  const marked = new Map<string, Chokepoint>();
  const inTree = cps.rows.filter((c) => names.has(c.input));
  const own = inTree.filter((c) => c.product === product);
  for (const c of own.length ? own : inTree) {
    const k = `${c.input}\u0000${c.provider}`;
    if (!marked.has(k)) marked.set(k, c);
  }
  const providerLabel = (c: Chokepoint) =>
    c.provider_country && c.provider_name === c.provider_country ? countryName(c.provider_country, c.provider_name) : c.provider_name;
  const elements: cytoscape.ElementDefinition[] = [];
  for (const [id, name] of names) {
    elements.push({ data: { id, label: `${name} [${id}]`, kind: id === product ? "root" : "input" } });
  }
  for (const e of edges) {
    const [from, to] = e.split("\u0000");
    elements.push({ data: { id: `e:${from}>${to}`, source: from, target: to } });
  }
  for (const c of marked.values()) {
    const pid = `p:${c.provider}`;
    if (!elements.some((x) => x.data.id === pid)) {
      elements.push({ data: { id: pid, label: providerLabel(c), kind: c.holder } });
    }
    elements.push({ data: { id: `c:${c.provider}>${c.input}`, source: pid, target: c.input, kind: c.holder } });
  }
  const legend = (["perspective", "concern", "other"] as const)
    .map((h) => `<li><span class="swatch nw-${h}" aria-hidden="true"></span>${esc(t(`network.${h}`))}</li>`)
    .join("");
  const list = [...marked.values()];
  body.innerHTML = `
    <p>${esc(tree.product_name)} [${esc(product)}] — <a class="button" href="${esc(
      url("/api/v1/network/tree", { ...treeParams, format: "csv" }),
    )}" download="tree-${esc(product)}.csv">${esc(t("download.csv"))}</a></p>
    <ul class="nw-legend">${legend}</ul>
    <div id="nw-graph" class="nw-graph" role="img" aria-label="${esc(t("network.graph", { n: names.size }))}"></div>
    <p>${chartButtons("nw-graph")}</p>
    <h2>${esc(t("network.marked"))}</h2>
    ${
      list.length
        ? `<p>${csvButton("nw-table-csv")}</p><div class="scroll"><table id="nw-table"><thead><tr><th scope="col">${esc(t("chokepoints.input"))}</th>
      <th scope="col">${esc(t("chokepoints.provider"))}</th><th scope="col">${esc(t("network.holder"))}</th>
      <th scope="col" class="num">${esc(t("chokepoints.share"))}</th><th scope="col" class="num">${esc(t("chokepoints.left"))}</th></tr></thead>
      <tbody>${list
        .map(
          (c) => `<tr><td>${esc(c.input_name)} <small>[${esc(c.input)}]</small></td><td>${esc(providerLabel(c))}</td>
        <td>${esc(t(`network.${c.holder}`))}</td><td class="num">${pct(c.share)}</td><td class="num">${pct(c.residual_capacity)}</td></tr>`,
        )
        .join("")}</tbody></table></div>`
        : `<p>${esc(t("network.none"))}</p>`
    }
    ${sourcesNote(tree.sources)}`;
  const container = body.querySelector<HTMLElement>("#nw-graph")!;
  const cy = cytoscape({
    container,
    elements,
    // undirected: levels by distance from the product, though the arrows point from input to use
    layout: { name: "breadthfirst", directed: false, roots: [product], spacingFactor: 0.9 },
    wheelSensitivity: 0.3,
    style: [
      {
        selector: "node",
        style: {
          label: "data(label)",
          "font-size": 9,
          "text-wrap": "wrap",
          "text-max-width": "110px",
          "background-color": "#9fb8d0",
          width: 14,
          height: 14,
        },
      },
      { selector: 'node[kind = "root"]', style: { "background-color": "#0b5394", width: 22, height: 22 } },
      { selector: 'node[kind = "perspective"]', style: { shape: "diamond", "background-color": "#1b7837" } },
      { selector: 'node[kind = "concern"]', style: { shape: "diamond", "background-color": "#b2182b" } },
      { selector: 'node[kind = "other"]', style: { shape: "diamond", "background-color": "#7f7f7f" } },
      { selector: "edge", style: { width: 1, "line-color": "#bbb", "curve-style": "bezier", "target-arrow-shape": "triangle", "target-arrow-color": "#bbb", "arrow-scale": 0.6 } },
      { selector: 'edge[kind = "perspective"]', style: { "line-color": "#1b7837", "target-arrow-color": "#1b7837", "line-style": "dashed" } },
      { selector: 'edge[kind = "concern"]', style: { "line-color": "#b2182b", "target-arrow-color": "#b2182b", "line-style": "dashed" } },
      { selector: 'edge[kind = "other"]', style: { "line-color": "#7f7f7f", "target-arrow-color": "#7f7f7f", "line-style": "dashed" } },
    ],
  });
  const caption = tree.sources.map((s) => `${s.source} (${s.dataset}, ${s.vintage}; ${s.licence})`).join("; ");
  wireGraphDownloads(body, "nw-graph", cy as never, `tree-${product}`, caption);
  wireCsv(body, "nw-table-csv", `chokepoints-${product}.csv`, ["input", "input_name", "provider", "provider_name", "provider_country", "holder", "share", "residual_capacity"], () =>
    list.map((c) => [c.input, c.input_name, c.provider, c.provider_name, c.provider_country, c.holder, c.share, c.residual_capacity]),
  );
  container.dataset.nodes = String(cy.nodes().length);
  container.dataset.providers = String(cy.nodes('[kind = "perspective"], [kind = "concern"], [kind = "other"]').length);
}

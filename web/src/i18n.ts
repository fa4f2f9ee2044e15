// English and Japanese text of the UI, the chosen language kept in localStorage.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import ja from "i18n-iso-countries/langs/ja.json";

countries.registerLocale(en);
countries.registerLocale(ja);

export type Lang = "en" | "ja";
const KEY = "chokepoint.lang";

const text = {
  en: {
    "nav.datasets": "Datasets",
    "nav.minerals": "Minerals",
    "nav.chokepoints": "Chokepoints",
    "nav.network": "Supply network",
    "nav.dependence": "Trade dependence",
    "dependence.title": "Trade dependence",
    "dependence.intro":
      "How the perspective depends on its suppliers for each product of a list: imports, supplier concentration, the concern group's share, and the EU 2021 strategic-dependency screening (1: HHI > 0.4; 2: extra-group share of imports > 0.5; 3: extra-group imports / group exports > 1). Bars in red are flagged on all three.",
    "dependence.list": "Product list",
    "dependence.trend": "Changes since {y}",
    "dependence.bars": "Concern group's share of imports",
    "dependence.table": "Dependence per product",
    "dependence.values": "values in {unit}",
    "dependence.product": "Product",
    "dependence.top": "Top supplier",
    "dependence.imports": "Imports",
    "dependence.change": "Concern share change since {y}",
    "dependence.euTitle": "EU screening criteria 1, 2 and 3",
    "dependence.flagged": "EU flag",
    "dependence.yes": "flagged",
    "dependence.no": "no",
    "dependence.notCovered": "Not in the trade dataset (no row)",
    "settings.perspective": "Perspective",
    "settings.concern": "Concern group",
    "settings.language": "Language",
    "loading": "Loading…",
    "error": "Could not load",
    "download.csv": "Download CSV",
    "download.png": "Download PNG",
    "sources": "Sources",
    "licence": "licence",
    "datasets.title": "Datasets",
    "datasets.intro":
      "Every dataset the analyses read: imported ones, and the starter data shipped with Chokepoint where nothing is imported.",
    "datasets.name": "Name",
    "datasets.source": "Source",
    "datasets.licence": "Licence",
    "datasets.vintage": "Vintage",
    "datasets.rows": "Rows",
    "datasets.origin": "Origin",
    "minerals.title": "Mineral production concentration",
    "minerals.intro":
      "How concentrated world production of each mineral commodity is (HHI: sum of squared country shares), who holds it, and how much sits with the concern group and with the perspective.",
    "minerals.year": "Year",
    "minerals.criticalOnly": "Critical minerals only",
    "minerals.bars": "Most concentrated commodities (HHI)",
    "minerals.select": "Commodity and stage",
    "minerals.map": "Production shares by country",
    "minerals.producers": "Producers",
    "minerals.country": "Country",
    "minerals.quantity": "Quantity",
    "minerals.share": "Share",
    "minerals.hhi": "HHI",
    "minerals.concern": "Concern share",
    "minerals.perspective": "Perspective share",
    "minerals.top": "Top producer",
    "minerals.noShares": "USGS gives no shares for this row.",
    "minerals.mapCredit":
      "Boundaries: Natural Earth (public domain), 1:110m, via the world-atlas package.",
    "chokepoints.title": "Chokepoints",
    "chokepoints.intro":
      "(input, provider) pairs whose loss alone cuts a product below the threshold of its capacity, by holder: leverage held by the perspective, exposure to the concern group, and others.",
    "chokepoints.threshold": "Threshold (capacity left)",
    "chokepoints.perspective": "Leverage: held by the perspective",
    "chokepoints.concern": "Exposure: held by the concern group",
    "chokepoints.other": "Held by others",
    "chokepoints.input": "Input",
    "chokepoints.provider": "Provider",
    "chokepoints.share": "Share",
    "chokepoints.cuts": "Cuts",
    "chokepoints.left": "Left",
    "chokepoints.pairs": "pairs",
    "chokepoints.showing": "showing the {n} with most impact",
    "network.title": "Supply-network explorer",
    "network.intro":
      "The upstream tree of a product of the CSET/ETO chip supply chain: the inputs it needs, level by level, with the providers whose loss alone cuts a product below half its capacity (chokepoints), marked by holder.",
    "network.product": "Product or input id",
    "network.depth": "Levels",
    "network.show": "Show",
    "network.perspective": "Leverage: chokepoint held by the perspective",
    "network.concern": "Exposure: chokepoint held by the concern group",
    "network.other": "Chokepoint held by others",
    "network.holder": "Held by",
    "network.marked": "Chokepoints in this tree",
    "network.none": "No chokepoint among the inputs shown.",
    "network.graph": "Upstream tree with {n} inputs; the table below lists its chokepoints.",
    "footer":
      "Every figure names its dataset, vintage and licence. API: /api (OpenAPI at /openapi.json).",
    // overview, criticality, dataset import and SVG downloads
    "nav.overview": "Overview",
    "nav.criticality": "Criticality",
    "download.svg": "Download SVG",
    "overview.title": "Most concentrated critical products",
    "overview.intro":
      "The products of the critical lists (Japan, United States, EU) that the trade data hold, ranked by how concentrated their supply is: the concern group's share of the perspective's imports, the HHI of its suppliers, and, for the mineral the product carries, the concern group's share of world production and its HHI. Every row names the dataset and vintage of its figures.",
    "overview.allLists": "all critical lists",
    "overview.rankBy": "Rank by",
    "overview.rank.concern_share": "concern share of imports",
    "overview.rank.hhi": "supplier HHI of imports",
    "overview.rank.production_concern_share": "concern share of world production",
    "overview.rank.production_hhi": "HHI of world production",
    "overview.limit": "Products",
    "overview.considered": "{n} products of the lists in the trade data; the first {shown} shown.",
    "overview.bars": "Most concentrated critical products",
    "overview.years": "Trade {trade}; world production {production}. Red: imports flagged by the EU 2021 screening on all three criteria.",
    "overview.table": "Ranked critical products",
    "overview.importConcern": "Concern share of imports",
    "overview.importHhi": "Supplier HHI of imports",
    "overview.mineral": "Mineral (stage, year)",
    "overview.productionHhi": "World production HHI",
    "overview.productionConcern": "Concern share of world production",
    "overview.source": "Dataset, vintage",
    "criticality.title": "Criticality",
    "criticality.intro":
      "Government criticality methods applied to the perspective: the EU supply risk per material (European Commission 2017 methodology; economic importance is not computed), shown with the EU 2021 strategic-dependency screening of the same HS codes and the change since the earliest trade year; and Japan's four designation requirements per product with the evidence the data give.",
    "criticality.method": "Method",
    "criticality.euSr": "EU supply risk",
    "criticality.jpChecklist": "Japan designation checklist",
    "criticality.bars": "EU supply risk (SR) per material",
    "criticality.barsNote":
      "Dark: SR with the lowest import reliance the data allow; light: the range up to the highest when import reliance is unknown. The EU counts SR ≥ 1 as critical (with economic importance ≥ 2.8).",
    "criticality.srLow": "SR (lowest)",
    "criticality.srRange": "range from unknown import reliance",
    "criticality.table": "EU supply risk and screening flags",
    "criticality.material": "Material",
    "criticality.stage": "Stage",
    "criticality.global": "global",
    "criticality.sourcing": "sourcing",
    "criticality.change": "SR change since {y}",
    "criticality.depends": "depends on IR",
    "criticality.noTrend": "No change over time shown: no earlier trade year has USGS production data at or before it.",
    "criticality.requirement": "Requirement",
    "criticality.basis": "Basis",
    "criticality.basisEvidence": "data give evidence",
    "criticality.basisJudgement": "a person must judge",
    "criticality.evidence": "Evidence",
    "criticality.uploadTitle": "Recompute EU supply risk from published values",
    "criticality.uploadIntro":
      "Upload a CSV with columns material, stage, supply_used, hhi_wgi_global, hhi_wgi_sourcing, import_reliance, eol_rir, si_sr (fractions, at most 1 MiB). Nothing is stored.",
    "criticality.file": "CSV file",
    "criticality.compute": "Compute",
    "criticality.auditResult": "Supply risk from {file}",
    "datasets.importTitle": "Import a dataset",
    "datasets.importIntro":
      "Upload an official file; it is checked whole and lands whole or not at all, and the previous version stays current until it succeeds. Large files (BACI, full Comtrade) are imported with `chokepoint data import` instead.",
    "datasets.importSource": "Source",
    "datasets.importName": "Dataset name (optional)",
    "datasets.importFile": "File",
    "datasets.importButton": "Import",
    "datasets.imported": "Imported {name}: {rows} rows.",
    "datasets.limit": "at most {mb} MiB",
  },
  ja: {
    "nav.datasets": "データセット",
    "nav.minerals": "鉱物",
    "nav.chokepoints": "チョークポイント",
    "nav.network": "サプライネットワーク",
    "nav.dependence": "貿易依存",
    "dependence.title": "貿易依存",
    "dependence.intro":
      "リストの各製品について、視点の国々が供給国にどれだけ依存しているか：輸入額、供給国の集中度、懸念国グループのシェア、EUの2021年戦略的依存スクリーニング（1：HHI > 0.4、2：域外輸入の比率 > 0.5、3：域外輸入／域内輸出 > 1）。赤い棒は三つすべてに該当。",
    "dependence.list": "製品リスト",
    "dependence.trend": "{y}年からの変化",
    "dependence.bars": "輸入に占める懸念国グループのシェア",
    "dependence.table": "製品別の依存度",
    "dependence.values": "金額単位：{unit}",
    "dependence.product": "製品",
    "dependence.top": "最大供給国",
    "dependence.imports": "輸入額",
    "dependence.change": "{y}年からの懸念国シェアの変化",
    "dependence.euTitle": "EUスクリーニング基準1、2、3",
    "dependence.flagged": "EU判定",
    "dependence.yes": "該当",
    "dependence.no": "非該当",
    "dependence.notCovered": "貿易データセットにない製品（行なし）",
    "settings.perspective": "視点",
    "settings.concern": "懸念国グループ",
    "settings.language": "言語",
    "loading": "読み込み中…",
    "error": "読み込めませんでした",
    "download.csv": "CSVをダウンロード",
    "download.png": "PNGをダウンロード",
    "sources": "出典",
    "licence": "ライセンス",
    "datasets.title": "データセット",
    "datasets.intro":
      "分析が読み込むすべてのデータセット。取り込まれたもの、および取り込みがない場合はChokepointに同梱のスターターデータ。",
    "datasets.name": "名前",
    "datasets.source": "出典",
    "datasets.licence": "ライセンス",
    "datasets.vintage": "版",
    "datasets.rows": "行数",
    "datasets.origin": "由来",
    "minerals.title": "鉱物生産の集中度",
    "minerals.intro":
      "各鉱物の世界生産がどれだけ集中しているか（HHI：各国シェアの二乗和）、誰が握っているか、懸念国グループと視点の国々がどれだけを占めるか。",
    "minerals.year": "年",
    "minerals.criticalOnly": "重要鉱物のみ",
    "minerals.bars": "集中度の高い鉱物（HHI）",
    "minerals.select": "鉱物と段階",
    "minerals.map": "国別の生産シェア",
    "minerals.producers": "生産国",
    "minerals.country": "国",
    "minerals.quantity": "生産量",
    "minerals.share": "シェア",
    "minerals.hhi": "HHI",
    "minerals.concern": "懸念国シェア",
    "minerals.perspective": "視点シェア",
    "minerals.top": "最大生産国",
    "minerals.noShares": "この行についてUSGSはシェアを示していません。",
    "minerals.mapCredit": "国境：Natural Earth（パブリックドメイン）1:110m、world-atlasパッケージ経由。",
    "chokepoints.title": "チョークポイント",
    "chokepoints.intro":
      "その喪失だけで製品の生産能力が閾値を下回る（投入物、供給者）の組。保有者別：視点が握るレバレッジ、懸念国グループへの依存、その他。",
    "chokepoints.threshold": "閾値（残存能力）",
    "chokepoints.perspective": "レバレッジ：視点が保有",
    "chokepoints.concern": "依存：懸念国グループが保有",
    "chokepoints.other": "その他が保有",
    "chokepoints.input": "投入物",
    "chokepoints.provider": "供給者",
    "chokepoints.share": "シェア",
    "chokepoints.cuts": "影響を受ける製品",
    "chokepoints.left": "残存",
    "chokepoints.pairs": "組",
    "chokepoints.showing": "影響の大きい{n}組を表示",
    "network.title": "サプライネットワーク",
    "network.intro":
      "CSET/ETO半導体サプライチェーンにおける製品の上流ツリー：必要な投入物を階層ごとに示し、それだけで製品の能力を半分未満に落とす供給者（チョークポイント）を保有者別に示します。",
    "network.product": "製品・投入物ID",
    "network.depth": "階層数",
    "network.show": "表示",
    "network.perspective": "レバレッジ：視点が保有するチョークポイント",
    "network.concern": "依存：懸念国グループが保有するチョークポイント",
    "network.other": "その他が保有するチョークポイント",
    "network.holder": "保有者",
    "network.marked": "このツリーのチョークポイント",
    "network.none": "表示中の投入物にチョークポイントはありません。",
    "network.graph": "投入物{n}件の上流ツリー。チョークポイントは下の表に記載。",
    "footer":
      "すべての図表にデータセット、版、ライセンスを記載しています。API：/api（OpenAPIは/openapi.json）。",
    // overview, criticality, dataset import and SVG downloads
    "nav.overview": "概要",
    "nav.criticality": "重要度評価",
    "download.svg": "SVGをダウンロード",
    "overview.title": "供給が最も集中している重要物資",
    "overview.intro":
      "重要物資リスト（日本・米国・EU）の製品のうち貿易データにあるものを、供給の集中度で順位付けします：視点の国々の輸入に占める懸念国グループのシェア、供給国のHHI、さらに製品に含まれる鉱物の世界生産に占める懸念国グループのシェアとHHI。各行に数値のデータセットと版を記載しています。",
    "overview.allLists": "すべての重要物資リスト",
    "overview.rankBy": "順位の基準",
    "overview.rank.concern_share": "輸入に占める懸念国シェア",
    "overview.rank.hhi": "輸入供給国のHHI",
    "overview.rank.production_concern_share": "世界生産に占める懸念国シェア",
    "overview.rank.production_hhi": "世界生産のHHI",
    "overview.limit": "表示件数",
    "overview.considered": "貿易データにあるリスト掲載製品{n}件のうち上位{shown}件を表示。",
    "overview.bars": "供給が最も集中している重要物資",
    "overview.years": "貿易 {trade}年、世界生産 {production}年。赤：EU 2021年スクリーニングの三基準すべてに該当する輸入。",
    "overview.table": "重要物資の順位",
    "overview.importConcern": "輸入に占める懸念国シェア",
    "overview.importHhi": "輸入供給国のHHI",
    "overview.mineral": "鉱物（段階、年）",
    "overview.productionHhi": "世界生産のHHI",
    "overview.productionConcern": "世界生産に占める懸念国シェア",
    "overview.source": "データセット・版",
    "criticality.title": "重要度評価",
    "criticality.intro":
      "視点の国々に各国政府の重要度評価手法を適用します：素材ごとのEU供給リスク（欧州委員会2017年手法。経済的重要性は計算しません）を、同じHSコードのEU 2021年戦略的依存スクリーニングと最初の貿易年からの変化とともに示し、日本の特定重要物資の四要件について、製品ごとにデータが示す根拠を示します。",
    "criticality.method": "手法",
    "criticality.euSr": "EU供給リスク",
    "criticality.jpChecklist": "日本の特定重要物資チェックリスト",
    "criticality.bars": "素材別のEU供給リスク（SR）",
    "criticality.barsNote":
      "濃色：データが許す最小の輸入依存度でのSR。淡色：輸入依存度が不明な場合の最大値までの幅。EUはSR ≥ 1（かつ経済的重要性 ≥ 2.8）を重要とします。",
    "criticality.srLow": "SR（最小）",
    "criticality.srRange": "輸入依存度不明による幅",
    "criticality.table": "EU供給リスクとスクリーニング判定",
    "criticality.material": "素材",
    "criticality.stage": "段階",
    "criticality.global": "世界",
    "criticality.sourcing": "調達",
    "criticality.change": "{y}年からのSRの変化",
    "criticality.depends": "輸入依存度次第",
    "criticality.noTrend": "経年変化は表示できません：それ以前にUSGS生産データがある過去の貿易年がありません。",
    "criticality.requirement": "要件",
    "criticality.basis": "根拠",
    "criticality.basisEvidence": "データによる根拠",
    "criticality.basisJudgement": "人の判断が必要",
    "criticality.evidence": "根拠",
    "criticality.uploadTitle": "公表値からEU供給リスクを再計算",
    "criticality.uploadIntro":
      "列 material, stage, supply_used, hhi_wgi_global, hhi_wgi_sourcing, import_reliance, eol_rir, si_sr（割合、最大1 MiB）のCSVをアップロードしてください。何も保存されません。",
    "criticality.file": "CSVファイル",
    "criticality.compute": "計算",
    "criticality.auditResult": "{file}からの供給リスク",
    "datasets.importTitle": "データセットの取り込み",
    "datasets.importIntro":
      "公式ファイルをアップロードしてください。全体を検査し、すべて取り込むか何も取り込まないかのどちらかで、成功するまで以前の版が使われます。大きなファイル（BACI、Comtrade全体）は `chokepoint data import` で取り込んでください。",
    "datasets.importSource": "出典",
    "datasets.importName": "データセット名（任意）",
    "datasets.importFile": "ファイル",
    "datasets.importButton": "取り込む",
    "datasets.imported": "{name}を取り込みました：{rows}行。",
    "datasets.limit": "最大{mb} MiB",
  },
} as const;

export type Key = keyof (typeof text)["en"];

export function lang(): Lang {
  const stored = localStorage.getItem(KEY);
  return stored === "ja" ? "ja" : "en";
}

export function setLang(l: Lang): void {
  localStorage.setItem(KEY, l);
  document.documentElement.lang = l;
}

export function t(key: Key, vars: Record<string, string | number> = {}): string {
  let s: string = text[lang()][key] ?? text.en[key];
  for (const [k, v] of Object.entries(vars)) {
    s = s.replace(`{${k}}`, String(v));
  }
  return s;
}

function locale(): string {
  return lang() === "ja" ? "ja-JP" : "en-US";
}

export function num(v: number | null | undefined, digits = 0): string {
  if (v === null || v === undefined || Number.isNaN(v)) return "–";
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(v);
}

export function pct(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || Number.isNaN(v)) return "–";
  return new Intl.NumberFormat(locale(), {
    style: "percent",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(v);
}

export function dateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: "medium" }).format(d);
}

/** A country's name in the chosen language, from its ISO alpha-3 code. */
export function countryName(alpha3: string | null | undefined, fallback = ""): string {
  if (!alpha3) return fallback || "–";
  return countries.getName(alpha3, lang()) ?? fallback ?? alpha3;
}

export function numericToAlpha3(id: string): string | undefined {
  return countries.numericToAlpha3(id);
}

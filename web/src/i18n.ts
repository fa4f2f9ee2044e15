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
    "nav.workspace": "Assessments",
    "workspace.title": "Saved assessments",
    "workspace.intro":
      "Assessments kept on this server, each with a Traffic Light Protocol 2.0 label, an owner organisation and its recipients. You see only those your organisations may read.",
    "workspace.signin": "Sign in",
    "workspace.email": "E-mail",
    "workspace.password": "Password",
    "workspace.signout": "Sign out",
    "workspace.as": "Signed in as {email}: {orgs}",
    "workspace.local": "Single-user mode: you are the local analyst, {orgs}",
    "workspace.table": "Assessments you may read",
    "workspace.name": "Title",
    "workspace.label": "Label",
    "workspace.owner": "Owner",
    "workspace.recipients": "Recipients",
    "workspace.recipientsHelp": "Organisation names, group:NAME for a sharing group, user:EMAIL for TLP:RED; separated by commas.",
    "workspace.updated": "Updated",
    "workspace.share": "Share",
    "workspace.cancel": "Cancel",
    "workspace.none": "No assessment you may read.",
    "workspace.new": "Save an assessment",
    "workspace.body": "Text",
    "workspace.save": "Save",
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
  },
  ja: {
    "nav.workspace": "評価",
    "workspace.title": "保存された評価",
    "workspace.intro":
      "このサーバーに保存された評価です。それぞれに Traffic Light Protocol 2.0 のラベル、所有組織、共有先があります。所属組織が閲覧できるものだけが表示されます。",
    "workspace.signin": "サインイン",
    "workspace.email": "メールアドレス",
    "workspace.password": "パスワード",
    "workspace.signout": "サインアウト",
    "workspace.as": "{email} としてサインイン中: {orgs}",
    "workspace.local": "シングルユーザーモード: ローカルのアナリストです。{orgs}",
    "workspace.table": "閲覧できる評価",
    "workspace.name": "タイトル",
    "workspace.label": "ラベル",
    "workspace.owner": "所有組織",
    "workspace.recipients": "共有先",
    "workspace.recipientsHelp": "組織名、共有グループは group:名前、TLP:RED の個人は user:メールアドレス。カンマ区切り。",
    "workspace.updated": "更新日時",
    "workspace.share": "共有",
    "workspace.cancel": "キャンセル",
    "workspace.none": "閲覧できる評価はありません。",
    "workspace.new": "評価を保存",
    "workspace.body": "本文",
    "workspace.save": "保存",
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

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
    "nav.screening": "Screening",
    "screening.title": "Restricted-party screening",
    "screening.intro":
      "Check names against the sanctions and export-control lists (OFAC SDN, UN, US CSL, BIS DPL and MIEU, EU 833/2014, DoD 1260H, METI) in any script. Each hit has a score in [0, 1], a decision (match, review) and the reason in words; a hit is a lead to check, not a finding.",
    "screening.one": "Screen one name",
    "screening.name": "Name",
    "screening.schema": "Kind of party",
    "screening.anyKind": "Any kind",
    "screening.list": "List",
    "screening.allLists": "All lists",
    "screening.limit": "Most hits per name",
    "screening.screen": "Screen",
    "screening.file": "Screen a CSV file",
    "screening.fileHelp":
      "UTF-8 CSV with a header row and a column \"name\" (or the column named below), and \"schema\" when present; other columns are passed through to the results. At most 1 MiB and 10,000 rows; nothing is stored.",
    "screening.fileInput": "CSV file",
    "screening.column": "Name column",
    "screening.screenFile": "Screen the file",
    "screening.noFile": "Choose a CSV file first.",
    "screening.working": "Screening…",
    "screening.building": "The index of listed names is being built; trying again in {s} s…",
    "screening.summary": "Screened {n} name(s) against {k} list(s): {h} with hits (match from {m}, review from {r}).",
    "screening.hits": "Hits for “{name}”",
    "screening.results": "Results for {file}",
    "screening.noHit": "No listed name reaches the review threshold.",
    "screening.row": "#",
    "screening.query": "Screened name",
    "screening.decision": "Decision",
    "screening.score": "Score",
    "screening.entry": "Entry",
    "screening.matched": "Matched name",
    "screening.why": "Why",
    "screening.match": "match",
    "screening.review": "review",
    "screening.no-match": "no match",
    "screening.lists": "Lists screened",
    "screening.dataset": "Dataset",
    "screening.vintage": "Vintage",
    "screening.entries": "Entries",
    "screening.source": "Source",
    "screening.licence": "Licence",
    "screening.shown": "showing the first {n} rows; the CSV has them all",
    "screening.downloaded": "Results saved as {file}.",

    "nav.scenario": "Scenarios",
    "scenario.title": "Scenario runner",
    "scenario.intro":
      "Run a disruption scenario with the sector-level ARIO model (Hallegatte 2008) on a built-in input–output table, or with the firm-level model (Inoue and Todo 2019) on a built-in supply network: pick an example or upload or edit one (YAML or JSON, as chokepoint simulate reads it, naming the table or network with dataset: NAME), run it, and see output and loss day by day.",
    "scenario.example": "Example",
    "scenario.upload": "Or upload a scenario",
    "scenario.text": "Scenario (YAML or JSON)",
    "scenario.run": "Run",
    "scenario.progress": "Day {day} of {days}",
    "scenario.state.queued": "queued",
    "scenario.state.running": "running",
    "scenario.state.done": "done",
    "scenario.state.failed": "failed",
    "scenario.invalid": "The scenario was refused",
    "scenario.at": "Field {field}, line {line}, column {column}",
    "scenario.field": "Field {field}",
    "scenario.failed": "The run failed",
    "scenario.tooLarge": "The file is larger than 256 KiB.",
    "scenario.output": "Output per day",
    "scenario.loss": "Output lost per day",
    "scenario.production": "Output",
    "scenario.baseline": "Pre-shock output",
    "scenario.unmet": "Final demand unmet",
    "scenario.day": "Day",
    "scenario.json": "Download JSON",
    "scenario.summary": "Summary",
    "scenario.sum.total": "Total loss (share of output over the run)",
    "scenario.sum.peak": "Peak daily loss (share of a day's output)",
    "scenario.sum.peakDay": "Peak on day",
    "scenario.sum.recovered": "Recovered",
    "scenario.sum.fromDay": "from day {day}",
    "scenario.sum.notRecovered": "not within the horizon",
    "scenario.sum.shortage": "Input shortage",
    "scenario.sum.baseline": "Pre-shock output per day",
    "scenario.sum.unit": "Unit",
    "scenario.mostHit": "Most hit sectors (loss over the run)",
    "scenario.sector": "Sector",
    "scenario.sectorName": "Name",
    "footer":
      "Every figure names its dataset, vintage and licence. API: /api (OpenAPI at /openapi.json).",
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
    "nav.screening": "リスト照合",
    "screening.title": "制裁・輸出管理リストの照合",
    "screening.intro":
      "名前を制裁・輸出管理リスト（OFAC SDN、国連、米国CSL、BIS DPL・MIEU、EU 833/2014、国防総省1260H、経済産業省）と照合します。文字種は問いません。各ヒットにはスコア（0〜1）、判定（一致・要確認）と理由を示します。ヒットは確認の手がかりであり、結論ではありません。",
    "screening.one": "1件の名前を照合",
    "screening.name": "名前",
    "screening.schema": "当事者の種類",
    "screening.anyKind": "すべての種類",
    "screening.list": "リスト",
    "screening.allLists": "すべてのリスト",
    "screening.limit": "名前あたりの最大ヒット数",
    "screening.screen": "照合",
    "screening.file": "CSVファイルを照合",
    "screening.fileHelp":
      "UTF-8のCSVで、見出し行と列「name」（または下で指定する列）、あれば「schema」列が必要です。その他の列は結果にそのまま引き継ぎます。上限は1 MiB・10,000行で、何も保存しません。",
    "screening.fileInput": "CSVファイル",
    "screening.column": "名前の列",
    "screening.screenFile": "ファイルを照合",
    "screening.noFile": "先にCSVファイルを選んでください。",
    "screening.working": "照合中…",
    "screening.building": "掲載名の索引を作成中です。{s}秒後に再試行します…",
    "screening.summary": "{n}件の名前を{k}件のリストと照合：ヒットあり{h}件（一致は{m}以上、要確認は{r}以上）。",
    "screening.hits": "「{name}」のヒット",
    "screening.results": "{file}の結果",
    "screening.noHit": "要確認の閾値に達する掲載名はありません。",
    "screening.row": "番号",
    "screening.query": "照合した名前",
    "screening.decision": "判定",
    "screening.score": "スコア",
    "screening.entry": "エントリー",
    "screening.matched": "一致した掲載名",
    "screening.why": "理由",
    "screening.match": "一致",
    "screening.review": "要確認",
    "screening.no-match": "該当なし",
    "screening.lists": "照合したリスト",
    "screening.dataset": "データセット",
    "screening.vintage": "版",
    "screening.entries": "エントリー数",
    "screening.source": "出典",
    "screening.licence": "ライセンス",
    "screening.shown": "先頭{n}行を表示しています。CSVにはすべて含まれます",
    "screening.downloaded": "結果を{file}として保存しました。",

    "nav.scenario": "シナリオ",
    "scenario.title": "シナリオ実行",
    "scenario.intro":
      "部門別ARIOモデル（Hallegatte 2008）で組み込みの産業連関表に対して、または企業レベルモデル（Inoue and Todo 2019）で組み込みのサプライネットワークに対して、供給途絶シナリオを実行します。例を選ぶか、シナリオ（chokepoint simulateと同じYAMLまたはJSON、表やネットワークはdataset: NAMEで指定）をアップロード・編集して実行し、日ごとの生産と損失を確認します。",
    "scenario.example": "例",
    "scenario.upload": "またはシナリオをアップロード",
    "scenario.text": "シナリオ（YAMLまたはJSON）",
    "scenario.run": "実行",
    "scenario.progress": "{days}日中{day}日目",
    "scenario.state.queued": "待機中",
    "scenario.state.running": "実行中",
    "scenario.state.done": "完了",
    "scenario.state.failed": "失敗",
    "scenario.invalid": "シナリオは受け付けられませんでした",
    "scenario.at": "項目 {field}、{line}行目、{column}列目",
    "scenario.field": "項目 {field}",
    "scenario.failed": "実行に失敗しました",
    "scenario.tooLarge": "ファイルが256 KiBを超えています。",
    "scenario.output": "1日あたりの生産",
    "scenario.loss": "1日あたりの生産損失",
    "scenario.production": "生産",
    "scenario.baseline": "ショック前の生産",
    "scenario.unmet": "満たされない最終需要",
    "scenario.day": "日",
    "scenario.json": "JSONをダウンロード",
    "scenario.summary": "概要",
    "scenario.sum.total": "総損失（期間中の生産に対する割合）",
    "scenario.sum.peak": "1日の最大損失（1日の生産に対する割合）",
    "scenario.sum.peakDay": "最大損失の日",
    "scenario.sum.recovered": "回復",
    "scenario.sum.fromDay": "{day}日目から",
    "scenario.sum.notRecovered": "期間内に回復せず",
    "scenario.sum.shortage": "投入物不足",
    "scenario.sum.baseline": "ショック前の1日あたり生産",
    "scenario.sum.unit": "単位",
    "scenario.mostHit": "最も影響を受けた部門（期間中の損失）",
    "scenario.sector": "部門",
    "scenario.sectorName": "名称",
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

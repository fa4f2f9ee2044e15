package org.chokepoint.workspace.assessment;

/**
 * The report's fixed wording in English and Japanese. What the participants wrote (title,
 * narrative, parameters) is shown as written in both halves.
 */
enum ReportText {
  HEADING("Joint assessment report", "共同評価報告書"),
  LANGUAGE("English", "日本語"),
  ASSESSMENT("Assessment", "評価"),
  VERSION("Version", "版"),
  PUBLISHED("Published version", "公開版"),
  DRAFT("DRAFT: not published, no content hash", "草案：未公開（内容ハッシュなし）"),
  HASH("Content hash (SHA-256 of the canonical JSON)", "内容ハッシュ（正規化JSONのSHA-256）"),
  PUBLISHED_AT("Published at (UTC)", "公開日時（UTC）"),
  LABEL("Sharing label (TLP 2.0)", "共有区分（TLP 2.0）"),
  OWNER("Owner organisation", "作成組織"),
  RECIPIENTS("Recipients", "共有先"),
  PARTICIPANTS("Participating organisations", "参加組織"),
  OWNER_ROLE("owner", "作成"),
  INVITED_ROLE("invited", "招待"),
  SIGNOFFS("Sign-offs", "承認"),
  ORGANISATION("Organisation", "組織"),
  SIGNER("Signed by", "署名者"),
  SIGNED_AT("Signed at (UTC)", "署名日時（UTC）"),
  NO_SIGNOFFS("No sign-off yet.", "承認はまだありません。"),
  NARRATIVE("Narrative", "本文"),
  ANALYSES("Saved analyses", "保存された分析"),
  NO_ANALYSES("No saved analysis.", "保存された分析はありません。"),
  KIND("Analysis", "分析の種類"),
  PARAMETERS("Parameters", "パラメータ"),
  DATASETS("Dataset provenance", "データセットの出典"),
  DATASET("Dataset", "データセット"),
  DATASET_VERSION("Catalog version", "カタログ版"),
  SOURCE("Source", "出典"),
  VINTAGE("Vintage", "年次"),
  LICENCE("Licence", "ライセンス"),
  POOLED("Pooled views (referenced by their query)", "プール集計（クエリによる参照）"),
  QUERY("Query", "クエリ"),
  NO_POOLED("No pooled view referenced.", "参照するプール集計はありません。"),
  VERIFY(
      "To verify: the SHA-256 of the version's canonical JSON"
          + " (GET /api/v1/assessments/{id}/versions/{n}) equals the content hash.",
      "検証方法：当該版の正規化JSON（GET /api/v1/assessments/{id}/versions/{n}）の" + "SHA-256が内容ハッシュと一致すること。"),
  NO_CJK_FONT(
      "The Japanese half is left out of this PDF: no Japanese font (Noto Sans CJK) was found on"
          + " the server. The HTML report holds both languages.",
      "");

  final String en;
  final String ja;

  ReportText(String en, String ja) {
    this.en = en;
    this.ja = ja;
  }

  String in(boolean japanese) {
    return japanese ? ja : en;
  }

  /** FIRST's TLP 2.0 colours: the label's text colour on black, as {@code #rrggbb}. */
  static String tlpColour(String label) {
    return switch (label) {
      case "TLP:RED" -> "#ff2b2b";
      case "TLP:AMBER", "TLP:AMBER+STRICT" -> "#ffc000";
      case "TLP:GREEN" -> "#33ff00";
      default -> "#ffffff";
    };
  }
}

package org.chokepoint.data.comtrade;

/**
 * The column names of the two Comtrade CSV layouts: the current API and bulk files ({@link
 * #CURRENT}) and the legacy bulk files ({@link #LEGACY}). A null name is a column the layout does
 * not have. {@code period} is checked to be the year (annual data); {@code flowText} is the legacy
 * layout's spelled-out flow, read when its flow code column is absent.
 */
record ComtradeColumns(
    String year,
    String period,
    String flowCode,
    String flowText,
    String reporterCode,
    String reporterIso,
    String reporterName,
    String partnerCode,
    String partnerIso,
    String partnerName,
    String commodity,
    String commodityName,
    String netWeight,
    String value,
    String partner2,
    String customs,
    String transport,
    String classification) {
  static final ComtradeColumns CURRENT =
      new ComtradeColumns(
          "refYear",
          "period",
          "flowCode",
          null,
          "reporterCode",
          "reporterISO",
          "reporterDesc",
          "partnerCode",
          "partnerISO",
          "partnerDesc",
          "cmdCode",
          "cmdDesc",
          "netWgt",
          "primaryValue",
          "partner2Code",
          "customsCode",
          "motCode",
          "classificationCode");
  static final ComtradeColumns LEGACY =
      new ComtradeColumns(
          "Year",
          "Period",
          "Trade Flow Code",
          "Trade Flow",
          "Reporter Code",
          "Reporter ISO",
          "Reporter",
          "Partner Code",
          "Partner ISO",
          "Partner",
          "Commodity Code",
          "Commodity",
          "Netweight (kg)",
          "Trade Value (US$)",
          "2nd Partner Code",
          "Customs Proc. Code",
          "Mode of Transport Code",
          "Classification");
}

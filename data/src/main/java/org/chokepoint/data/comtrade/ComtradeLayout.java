package org.chokepoint.data.comtrade;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chokepoint.data.comtrade.ComtradeRow.Flow;
import org.chokepoint.data.comtrade.ComtradeRow.Party;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.geo.CountryCode;

/**
 * The columns of one Comtrade CSV, found by name in its header, in the current API/bulk layout or
 * the legacy bulk layout, and the checks that turn a line into a {@link ComtradeRow}. Every error
 * names the file, line, column and reason.
 */
final class ComtradeLayout {
  private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern HS = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

  /** ISO shapes Comtrade uses for areas that are not one country: E19, _X, X1, or blank. */
  private static final Pattern NOT_A_COUNTRY =
      Pattern.compile("|[A-Z]\\d{2}|_[A-Z0-9]{1,2}|X[A-Z0-9]");

  private static final Set<String> OTHER_FLOWS = Set.of("DX", "FM", "MIP", "MOP", "XIP", "XOP");

  private final boolean current;
  private final Map<String, Integer> index = new HashMap<>();
  private final ComtradeColumns names;
  private final int fields;

  private ComtradeLayout(String file, CsvRecord header) {
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(header.get(i).strip(), i);
    }
    this.fields = header.size();
    if (index.containsKey(ComtradeColumns.CURRENT.reporterCode())) {
      current = true;
      names = ComtradeColumns.CURRENT;
    } else if (index.containsKey(ComtradeColumns.LEGACY.reporterCode())) {
      current = false;
      names = ComtradeColumns.LEGACY;
    } else {
      throw new ImportException(
          file,
          header.line(),
          0,
          "not a UN Comtrade CSV: the header has neither reporterCode (current layout) nor"
              + " Reporter Code (legacy layout)");
    }
    String year = current && !index.containsKey(names.year()) ? names.period() : names.year();
    if (!index.containsKey(names.flowCode()) && !index.containsKey(names.flowText())) {
      throw new ImportException(
          file,
          header.line(),
          0,
          "the required column \""
              + names.flowCode()
              + "\" is missing"
              + (names.flowText() == null ? "" : " (or \"" + names.flowText() + "\")"));
    }
    for (String c :
        List.of(
            year,
            names.reporterCode(),
            names.reporterIso(),
            names.partnerCode(),
            names.partnerIso(),
            names.commodity(),
            names.value())) {
      if (!index.containsKey(c)) {
        throw new ImportException(
            file, header.line(), 0, "the required column \"" + c + "\" is missing");
      }
    }
  }

  /** The layout of a file, from its header line. */
  static ComtradeLayout of(String file, CsvRecord header) {
    return new ComtradeLayout(file, header);
  }

  /** "current" or "legacy", for the manifest. */
  String style() {
    return current ? "current" : "legacy";
  }

  ComtradeRow row(CsvRecord r) {
    if (r.size() != fields) {
      throw r.error("expected " + fields + " fields like the header, found " + r.size());
    }
    int year = year(r);
    String flowLabel = text(r, flowColumn());
    Flow flow = flow(r, flowLabel);
    Party reporter = party(r, names.reporterCode(), names.reporterIso(), names.reporterName());
    if (reporter.country() == null) {
      throw r.error(column(names.reporterIso()), "the reporter must be a country (ISO alpha-3)");
    }
    Party partner = party(r, names.partnerCode(), names.partnerIso(), names.partnerName());
    String commodity = text(r, names.commodity());
    if (commodity.equalsIgnoreCase(ComtradeRow.TOTAL)) {
      commodity = ComtradeRow.TOTAL;
    } else if (!HS.matcher(commodity).matches()) {
      throw r.error(
          column(names.commodity()),
          "commodity code \""
              + commodity
              + "\" is neither TOTAL nor an HS code of 2, 4 or 6 digits");
    }
    boolean breakdown =
        !total(r, names.partner2(), "0")
            || !total(r, names.customs(), "C00")
            || !total(r, names.transport(), "0");
    return new ComtradeRow(
        r.line(),
        year,
        flow,
        flowLabel,
        reporter,
        partner,
        commodity,
        text(r, names.commodityName()),
        number(r, names.value(), false),
        number(r, names.netWeight(), true),
        breakdown,
        text(r, names.classification()));
  }

  private int year(CsvRecord r) {
    String column = current && !index.containsKey(names.year()) ? names.period() : names.year();
    String y = text(r, column);
    if (!YEAR.matcher(y).matches()) {
      throw r.error(column(column), "\"" + y + "\" is not a four-digit year");
    }
    if (!column.equals(names.period()) && index.containsKey(names.period())) {
      String p = text(r, names.period());
      if (!p.isEmpty() && !p.equals(y)) {
        throw r.error(
            column(names.period()),
            "period \"" + p + "\" is not the year " + y + ": only annual data are supported");
      }
    }
    return Integer.parseInt(y);
  }

  private Flow flow(CsvRecord r, String code) {
    String c = code.toUpperCase(Locale.ROOT);
    Flow f;
    if (current) {
      f =
          switch (c) {
            case "M" -> Flow.IMPORT;
            case "X" -> Flow.EXPORT;
            case "RM" -> Flow.RE_IMPORT;
            case "RX" -> Flow.RE_EXPORT;
            default -> OTHER_FLOWS.contains(c) ? Flow.OTHER : null;
          };
    } else {
      f =
          switch (c.replaceAll("S$", "")) {
            case "1", "IMPORT" -> Flow.IMPORT;
            case "2", "EXPORT" -> Flow.EXPORT;
            case "3", "RE-EXPORT" -> Flow.RE_EXPORT;
            case "4", "RE-IMPORT" -> Flow.RE_IMPORT;
            default -> null;
          };
    }
    if (f == null) {
      throw r.error(
          column(flowColumn()),
          "unknown flow code \""
              + code
              + "\"; expected "
              + (current
                  ? "M, X, RM or RX (or DX, FM, MIP, MOP, XIP, XOP)"
                  : "1 (Import), 2 (Export), 3 (Re-export) or 4 (Re-import)"));
    }
    return f;
  }

  private String flowColumn() {
    return index.containsKey(names.flowCode()) ? names.flowCode() : names.flowText();
  }

  private Party party(CsvRecord r, String codeColumn, String isoColumn, String nameColumn) {
    String code = text(r, codeColumn);
    if (!DIGITS.matcher(code).matches()) {
      throw r.error(column(codeColumn), "\"" + code + "\" is not a numeric Comtrade code");
    }
    code = Integer.toString(Integer.parseInt(code));
    String iso = text(r, isoColumn);
    String name = index.containsKey(nameColumn) ? text(r, nameColumn) : code;
    if (code.equals("0") || iso.equals("W00") || iso.equals("WLD")) {
      return new Party(code, null, name, true);
    }
    if (iso.equals("S19") || code.equals("490")) { // "Other Asia, nes": Taiwan, as in BACI
      return new Party(code, CountryCode.of("TWN"), name, false);
    }
    if (ALPHA3.matcher(iso).matches()) {
      return new Party(code, CountryCode.of(iso), name, false);
    }
    if (NOT_A_COUNTRY.matcher(iso).matches()) {
      return new Party(code, null, name, false);
    }
    throw r.error(
        column(isoColumn),
        "unknown ISO code shape \""
            + iso
            + "\": expected three capital letters, W00 or WLD (World), or a Comtrade area code"
            + " (E19, _X)");
  }

  private boolean total(CsvRecord r, String column, String totalValue) {
    String v = text(r, column);
    return v.isEmpty() || v.equals(totalValue);
  }

  private double number(CsvRecord r, String column, boolean optional) {
    String s = text(r, column);
    if (s.isEmpty() && optional) {
      return Double.NaN;
    }
    if (!NUMBER.matcher(s).matches()) {
      throw r.error(column(column), "\"" + s + "\" is not a number");
    }
    double d = Double.parseDouble(s);
    if (d < 0) {
      throw r.error(column(column), "negative value " + s);
    }
    if (Double.isInfinite(d)) {
      throw r.error(column(column), "\"" + s + "\" is too large");
    }
    return d;
  }

  /** The stripped text of a column, or empty when the file has no such column. */
  private String text(CsvRecord r, String column) {
    Integer i = column == null ? null : index.get(column);
    return i == null ? "" : r.get(i).strip();
  }

  private int column(String name) {
    return index.get(name);
  }
}

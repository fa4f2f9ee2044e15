package org.chokepoint.data.baci;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chokepoint.data.catalog.DatasetDescription;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.TableSink;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;
import org.chokepoint.data.trade.TradeDataset;
import org.chokepoint.data.trade.TradeTableBuilder;
import org.chokepoint.geo.CountryCode;

/**
 * Imports a BACI release folder: every yearly file of one HS revision and release, with its country
 * and product codes, into the trade tables of {@link TradeDataset}. Products become {@code
 * hs:NNNNNN} (six digits, leading zeros restored); values are thousand USD, quantities metric tons
 * ({@code NaN} where blank or {@code NA}).
 *
 * <p>Country codes: BACI's {@code country_iso3} is used as the ISO 3166-1 alpha-3 code, except
 * {@code S19} ("Other Asia, nes"), which is Taiwan's trade as published by the UN and CEPII and
 * becomes {@code TWN}; codes that are not three letters ({@code R20}, "Europe EFTA, nes") are kept
 * as partners without a country, counted as unattributed suppliers.
 */
public final class BaciImporter implements DatasetImporter {
  public static final String SOURCE = "baci";

  private static final Pattern FLOWS =
      Pattern.compile("BACI_HS(\\d{2})_Y(\\d{4})_V(\\d+)\\.csv", Pattern.CASE_INSENSITIVE);
  private static final Pattern COUNTRIES =
      Pattern.compile("country_codes_V(\\d+)\\.csv", Pattern.CASE_INSENSITIVE);
  private static final Pattern PRODUCTS =
      Pattern.compile("product_codes_HS(\\d{2})_V(\\d+)\\.csv", Pattern.CASE_INSENSITIVE);
  private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public String description() {
    return "CEPII BACI release folder (BACI_HS??_Y????_V??????.csv, country and product codes)";
  }

  @Override
  public DatasetDescription importInto(Path folder, TableSink sink) {
    if (!Files.isDirectory(folder)) {
      throw ImportException.ofFile(folder.toString(), "expected a BACI release folder");
    }
    Map<Integer, Path> years = new TreeMap<>();
    String revision = null;
    String release = null;
    Path countries = null;
    Path products = null;
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path p : files) {
      Matcher m = FLOWS.matcher(p.getFileName().toString());
      if (m.matches()) {
        revision = same("HS revision", revision, m.group(1), p);
        release = same("release", release, m.group(3), p);
        years.put(Integer.parseInt(m.group(2)), p);
      }
    }
    for (Path p : files) {
      String name = p.getFileName().toString();
      Matcher c = COUNTRIES.matcher(name);
      if (c.matches() && c.group(1).equals(release)) {
        countries = p;
      }
      Matcher k = PRODUCTS.matcher(name);
      if (k.matches() && k.group(1).equals(revision) && k.group(2).equals(release)) {
        products = p;
      }
    }
    if (years.isEmpty()) {
      throw ImportException.ofFile(
          folder.toString(), "no BACI_HS??_Y????_V*.csv file in the folder");
    }
    if (countries == null) {
      throw ImportException.ofFile(
          folder.toString(), "country_codes_V" + release + ".csv is missing");
    }
    if (products == null) {
      throw ImportException.ofFile(
          folder.toString(), "product_codes_HS" + revision + "_V" + release + ".csv is missing");
    }
    TradeTableBuilder b = new TradeTableBuilder();
    Map<Integer, Integer> partnerOf = readCountries(countries, b);
    Map<Integer, Integer> productOf = readProducts(products, b);
    sink.sourceFile(countries);
    sink.sourceFile(products);
    for (Map.Entry<Integer, Path> e : years.entrySet()) {
      int year = e.getKey();
      Path file = e.getValue();
      String countriesName = countries.getFileName().toString();
      String productsName = products.getFileName().toString();
      BaciFlowParser.parse(
          file,
          (line, t, i, j, k, v, q) -> {
            if (t != year) {
              throw new ImportException(
                  file.toString(), line, 1, "year " + t + " in a file of " + year);
            }
            Integer exp = partnerOf.get(i);
            if (exp == null) {
              throw new ImportException(
                  file.toString(), line, 2, "exporter code " + i + " is not in " + countriesName);
            }
            Integer imp = partnerOf.get(j);
            if (imp == null) {
              throw new ImportException(
                  file.toString(), line, 3, "importer code " + j + " is not in " + countriesName);
            }
            Integer prod = productOf.get(k);
            if (prod == null) {
              throw new ImportException(
                  file.toString(), line, 4, "product " + hs6(k) + " is not in " + productsName);
            }
            b.flow(t, exp, imp, prod, v, q);
          });
      sink.sourceFile(file);
    }
    b.writeTo(sink);
    Map<String, String> properties = new HashMap<>();
    properties.put(TradeDataset.VALUE_UNIT, "thousand USD");
    properties.put(TradeDataset.QUANTITY_UNIT, "metric tons");
    properties.put(TradeDataset.CLASSIFICATION, "HS" + revision);
    String years_ = years.keySet().toString().replaceAll("[\\[\\] ]", "");
    return new DatasetDescription(
        "BACI international trade database, HS" + revision + ", years " + years_,
        "CEPII",
        "Etalab Open Licence 2.0 (attribute CEPII)",
        "V" + release,
        "Gaulier, G. and Zignago, S. (2010), BACI: International Trade Database at the"
            + " Product-Level. The 1994-2007 Version, CEPII Working Paper 2010-23; release V"
            + release,
        "https://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37",
        List.of(),
        properties);
  }

  private static String same(String what, String seen, String now, Path file) {
    if (seen != null && !seen.equals(now)) {
      throw ImportException.ofFile(
          file.toString(), what + " " + now + " differs from the other files' " + seen);
    }
    return now;
  }

  /** Six digits with leading zeros: BACI writes 10121 for HS 010121. */
  static String hs6(int k) {
    String s = Integer.toString(k);
    return s.length() >= 6 ? s : "000000".substring(s.length()) + s;
  }

  private static Map<Integer, Integer> readCountries(Path file, TradeTableBuilder b) {
    Map<Integer, Integer> partnerOf = new HashMap<>();
    for (CsvRecord r :
        readCsv(file, List.of("country_code", "country_name", "country_iso2", "country_iso3"))) {
      int code = number(r, 0);
      String iso3 = r.get(3).strip();
      CountryCode country = null;
      if (iso3.equals("S19")) {
        country = CountryCode.of("TWN");
      } else if (ALPHA3.matcher(iso3).matches()) {
        country = CountryCode.of(iso3);
      }
      if (partnerOf.containsKey(code)) {
        throw r.error(0, "country code " + code + " appears twice");
      }
      partnerOf.put(code, b.partner(Integer.toString(code), country, r.get(1).strip()));
    }
    return partnerOf;
  }

  private static Map<Integer, Integer> readProducts(Path file, TradeTableBuilder b) {
    Map<Integer, Integer> productOf = new HashMap<>();
    for (CsvRecord r : readCsv(file, List.of("code", "description"))) {
      int code = number(r, 0);
      if (productOf.containsKey(code)) {
        throw r.error(0, "product code " + hs6(code) + " appears twice");
      }
      productOf.put(code, b.product("hs:" + hs6(code), r.get(1).strip()));
    }
    return productOf;
  }

  private static int number(CsvRecord r, int index) {
    String s = r.get(index).strip();
    if (!s.matches("\\d{1,9}")) {
      throw r.error(index, "\"" + s + "\" is not a numeric code");
    }
    return Integer.parseInt(s);
  }

  private static List<CsvRecord> readCsv(Path path, List<String> header) {
    SourceFile file = new SourceFile(path);
    return file.parse(
        List.of(StandardCharsets.UTF_8, SourceFile.WINDOWS_1252),
        reader -> {
          CsvReader csv = new CsvReader(reader, file.name());
          CsvRecord h = csv.next();
          if (h == null || !h.fields().stream().map(String::strip).toList().equals(header)) {
            throw new ImportException(
                file.name(), 1, 0, "expected the header " + String.join(",", header));
          }
          List<CsvRecord> rows = new ArrayList<>();
          for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
            if (r.size() == 1 && r.get(0).isBlank()) {
              continue;
            }
            if (r.size() != header.size()) {
              throw r.error("expected " + header.size() + " fields, found " + r.size());
            }
            rows.add(r);
          }
          return rows;
        });
  }
}

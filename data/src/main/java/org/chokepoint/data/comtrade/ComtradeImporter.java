package org.chokepoint.data.comtrade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.chokepoint.data.catalog.DatasetDescription;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.TableSink;
import org.chokepoint.data.comtrade.ComtradeRow.Flow;
import org.chokepoint.data.comtrade.ComtradeRow.Party;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;
import org.chokepoint.data.trade.TradeDataset;
import org.chokepoint.data.trade.TradeTableBuilder;

/**
 * Imports UN Comtrade bulk CSV (one file, or every {@code *.csv} of a folder; current or legacy
 * layout, recognised per file by its header) into the trade tables of {@link TradeDataset}.
 *
 * <p>Kept: imports (M) and exports (X) as totals over second partner, customs procedure and mode of
 * transport, by partner country, at the finest HS level each reporter gives; an import of R from P
 * becomes the flow P → R, an export of R to P the flow R → P. Left out, with counts in the manifest
 * warnings: World partner rows (totals), TOTAL commodity rows and aggregate codes with finer codes
 * present, re-imports and re-exports (parts of M and X) and the other flow breakdowns, breakdown
 * rows, and exporters' reports of flows their importers declared (see {@link ComtradeFlowTable}).
 * Products are {@code hs:NNNNNN} (or 2 and 4 digits where that is the finest level reported);
 * values are USD, quantities net weight converted from kilograms to metric tons.
 */
public final class ComtradeImporter implements DatasetImporter {
  public static final String SOURCE = "comtrade";

  private static final Map<String, String> REVISIONS =
      Map.of(
          "H0", "HS1992", "H1", "HS1996", "H2", "HS2002", "H3", "HS2007", "H4", "HS2012", "H5",
          "HS2017", "H6", "HS2022");

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public String description() {
    return "UN Comtrade bulk CSV (current or legacy layout): a file or a folder of *.csv files";
  }

  @Override
  public DatasetDescription importInto(Path path, TableSink sink) {
    List<Path> files = files(path);
    TradeTableBuilder b = new TradeTableBuilder();
    ComtradeFlowTable table = new ComtradeFlowTable();
    Partners partners = new Partners(b);
    ComtradeCounts counts = new ComtradeCounts();
    for (Path p : files) {
      SourceFile file = new SourceFile(p);
      int fileIndex = table.file(file.name());
      int mark = table.size();
      ComtradeCounts c =
          file.parse(
              SourceFile.utf8ThenWindows1252(),
              reader -> {
                table.truncate(mark); // a charset retry starts the file again
                return read(
                    new CsvReader(reader, file.name()), file.name(), fileIndex, partners, table);
              });
      counts.add(c);
      sink.sourceFile(p);
    }
    ComtradeFlowTable.Result result = table.writeTo(b, partners::countryKey);
    b.writeTo(sink);
    List<String> mirrored = result.mirrorImporters().stream().map(partners.labels::get).toList();
    return counts.describe(result, b.rows(), classification(counts), mirrored);
  }

  private static ComtradeCounts read(
      CsvReader csv, String file, int fileIndex, Partners partners, ComtradeFlowTable table) {
    CsvRecord header = csv.next();
    if (header == null) {
      throw ImportException.ofFile(file, "the file is empty");
    }
    ComtradeLayout layout = ComtradeLayout.of(file, header);
    ComtradeCounts c = new ComtradeCounts();
    c.layouts.add(layout.style());
    for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
      if (r.size() == 1 && r.get(0).isBlank()) {
        continue;
      }
      ComtradeRow row = layout.row(r);
      c.rows++;
      if (!row.classification().isEmpty()) {
        c.classifications.add(row.classification());
      }
      int reporter = partners.index(row.reporter(), r);
      if (row.flow() == Flow.IMPORT) {
        table.importsReported(row.year(), partners.countryKey(reporter));
      }
      if (row.flow() == Flow.RE_IMPORT || row.flow() == Flow.RE_EXPORT) {
        c.reFlows++;
      } else if (row.flow() == Flow.OTHER) {
        c.otherFlows.merge(row.flowLabel().toUpperCase(Locale.ROOT), 1, Integer::sum);
      } else if (row.breakdown()) {
        c.breakdowns++;
      } else if (row.partner().world()) {
        c.world++;
      } else if (row.isTotalCommodity()) {
        c.totalCommodity++;
      } else {
        int partner = partners.index(row.partner(), r);
        double tons = row.netWeightKg() / 1000;
        if (row.netWeightKg() == 0 && row.valueUsd() > 0) {
          tons = Double.NaN; // a positive value weighing nothing: weight not reported
          c.zeroWeight++;
        }
        table.add(
            fileIndex,
            r.line(),
            row.year(),
            reporter,
            partner,
            row.flow() == Flow.IMPORT,
            row.commodity(),
            row.commodityDescription(),
            row.valueUsd(),
            tons);
        c.years.add(row.year());
      }
    }
    return c;
  }

  private static String classification(ComtradeCounts c) {
    List<String> labels = new ArrayList<>();
    for (String code : c.classifications) {
      labels.add(REVISIONS.getOrDefault(code.toUpperCase(Locale.ROOT), code));
    }
    return labels.isEmpty() ? "HS" : String.join(", ", labels.stream().distinct().toList());
  }

  private static List<Path> files(Path path) {
    if (!Files.isDirectory(path)) {
      new SourceFile(path).requireReadable();
      return List.of(path);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(path)) {
      files =
          s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (files.isEmpty()) {
      throw ImportException.ofFile(path.toString(), "no *.csv file in the folder");
    }
    return files;
  }

  /** Partner indices by Comtrade code; one code keeps one ISO code in the whole input. */
  private static final class Partners {
    final TradeTableBuilder b;
    final Map<String, String> isoOfCode = new HashMap<>();
    final Map<Integer, String> labels = new HashMap<>();
    final Map<String, Integer> firstOfCountry = new HashMap<>();
    final Map<Integer, Integer> keys = new HashMap<>();

    Partners(TradeTableBuilder b) {
      this.b = b;
    }

    int index(Party p, CsvRecord r) {
      String iso = p.country() == null ? "" : p.country().alpha3();
      String seen = isoOfCode.putIfAbsent(p.code(), iso);
      if (seen != null && !seen.equals(iso)) {
        throw r.error(
            "Comtrade code "
                + p.code()
                + " is "
                + (iso.isEmpty() ? "not a country" : iso)
                + " here but "
                + (seen.isEmpty() ? "not a country" : seen)
                + " earlier in the input");
      }
      int i = b.partner(p.code(), p.country(), p.name());
      labels.putIfAbsent(i, iso.isEmpty() ? p.name() : iso);
      keys.putIfAbsent(i, iso.isEmpty() ? i : firstOfCountry.computeIfAbsent(iso, k -> i));
      return i;
    }

    /** The first partner index of the same country; the index itself for non-countries. */
    int countryKey(int index) {
      return keys.get(index);
    }
  }
}

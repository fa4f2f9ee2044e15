package org.chokepoint.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.match.NameMatcher;
import org.chokepoint.screening.match.NamePreparer;
import org.chokepoint.screening.match.Thresholds;
import org.chokepoint.screening.service.CatalogLists;
import org.chokepoint.screening.service.PairResult;
import org.chokepoint.screening.service.ScreeningHit;
import org.chokepoint.screening.service.ScreeningQuery;
import org.chokepoint.screening.service.ScreeningReportFormat;
import org.chokepoint.screening.service.ScreeningResult;
import org.chokepoint.screening.service.ScreeningService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chokepoint screen}: names against the restricted-party lists, with explanations. */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {
      "Screen names against the imported sanctions and export-control lists (OFAC SDN, UN, US CSL,"
          + " BIS DPL, EU 833/2014, DoD 1260H, BIS MIEU, METI ...).",
      "Each hit has a score in [0, 1], a decision (match, review, no-match) at the configured"
          + " thresholds, and an explanation; see docs/methods/screening.md."
    },
    subcommands = {ScreenCommand.Name.class, ScreenCommand.Names.class, ScreenCommand.Pairs.class})
final class ScreenCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(ChokepointCommand.root(spec).out());
  }

  /** Options shared by the commands that screen against lists. */
  static final class ListOptions {
    @Option(
        names = "--lists",
        split = ",",
        paramLabel = "DATASET",
        description = "Lists to screen against, e.g. ofac-sdn,un-consolidated (default: all).")
    List<String> lists = new ArrayList<>();

    @Option(
        names = "--limit",
        defaultValue = "5",
        description = "Most hits per name (default: ${DEFAULT-VALUE}).")
    int limit;

    ScreeningService service(Session session, PrintStream err) {
      long t0 = System.nanoTime();
      ScreeningService s =
          new ScreeningService(
              CatalogLists.load(session.workspace().catalog(), lists),
              session.screeningThresholds());
      err.printf(
          Locale.ROOT,
          "indexed %,d names of %,d entries on %d list(s) in %.1f s%n",
          s.names(),
          s.entries(),
          s.lists().size(),
          (System.nanoTime() - t0) / 1e9);
      return s;
    }
  }

  static Schema schema(String text) {
    if (text == null || text.isBlank()) {
      return Schema.UNKNOWN;
    }
    return Schema.find(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown schema \""
                        + text
                        + "\": use Person, Company, Organization, LegalEntity, Vessel or"
                        + " Aircraft"));
  }

  private static void sources(PrintStream err, List<Provenance> lists) {
    for (Provenance p : lists) {
      err.println("list: " + p.oneLine());
    }
  }

  /** {@code screen name "NAME"}. */
  @Command(
      name = "name",
      mixinStandardHelpOptions = true,
      description = "Screen one name; hits from the review threshold up, best first.")
  static final class Name implements Runnable {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The name, in any script.")
    String name;

    @Option(
        names = "--schema",
        paramLabel = "KIND",
        description =
            "Person, Company, Organization, LegalEntity or Vessel (default: any kind); a person"
                + " never matches a vessel.")
    String schema;

    @Mixin ListOptions lists;
    @Mixin OutputOptions output;

    @Override
    public void run() {
      ChokepointCommand root = ChokepointCommand.root(spec);
      Schema kind = schema(schema);
      ScreeningService service = lists.service(root.session(), root.err());
      ScreeningResult r = service.screen(new ScreeningQuery(name, kind, Set.of(), lists.limit));
      List<ScreeningReportFormat.Row> rows =
          List.of(new ScreeningReportFormat.Row(List.of("name"), List.of(name), r));
      write(root, output, rows, List.of("name"), service);
    }
  }

  /** {@code screen names FILE.csv}. */
  @Command(
      name = "names",
      mixinStandardHelpOptions = true,
      description = {
        "Screen every row of a CSV file (a supplier or customer list): its column 'name' (or"
            + " --column), and 'schema' when present; other columns are passed through.",
        "Each row's best hits with score, decision, list, entry id, matched name and explanation."
      })
  static final class Names implements Runnable {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "CSV with a header row.")
    Path file;

    @Option(
        names = "--column",
        defaultValue = "name",
        description = "The column holding the names (default: ${DEFAULT-VALUE}).")
    String column;

    @Option(
        names = "--schema",
        paramLabel = "KIND",
        description = "Kind of every row without a 'schema' column value (default: any kind).")
    String schema;

    @Mixin ListOptions lists;
    @Mixin OutputOptions output;

    @Override
    public void run() {
      ChokepointCommand root = ChokepointCommand.root(spec);
      Schema fallback = schema(schema);
      List<CsvRecord> records = readCsv(file);
      List<String> header = records.get(0).fields();
      int nameCol = column(records.get(0), column);
      int schemaCol = indexOf(header, "schema");
      List<CsvRecord> body = records.subList(1, records.size());
      List<ScreeningQuery> queries = new ArrayList<>();
      for (CsvRecord r : body) {
        if (r.size() != header.size()) {
          throw r.error("has " + r.size() + " fields, the header has " + header.size());
        }
        Schema kind = fallback;
        if (schemaCol >= 0 && !r.get(schemaCol).isBlank()) {
          try {
            kind = schema(r.get(schemaCol));
          } catch (IllegalArgumentException e) {
            throw r.error(schemaCol, e.getMessage());
          }
        }
        queries.add(new ScreeningQuery(r.get(nameCol), kind, Set.of(), lists.limit));
      }
      ScreeningService service = lists.service(root.session(), root.err());
      ScreeningResult[] results = new ScreeningResult[queries.size()];
      AtomicInteger done = new AtomicInteger();
      long t0 = System.nanoTime();
      int every = Math.max(1000, queries.size() / 20);
      IntStream.range(0, queries.size())
          .parallel()
          .forEach(
              i -> {
                results[i] = service.screen(queries.get(i));
                int n = done.incrementAndGet();
                if (n % every == 0) {
                  root.err().printf(Locale.ROOT, "screened %,d of %,d names%n", n, queries.size());
                }
              });
      double seconds = (System.nanoTime() - t0) / 1e9;
      List<ScreeningReportFormat.Row> rows = new ArrayList<>();
      for (int i = 0; i < results.length; i++) {
        rows.add(new ScreeningReportFormat.Row(header, body.get(i).fields(), results[i]));
      }
      root.err()
          .printf(
              Locale.ROOT,
              "screened %,d names in %.2f s (%,.0f names/s)%n",
              queries.size(),
              seconds,
              queries.size() / Math.max(seconds, 1e-9));
      write(root, output, rows, header, service);
    }
  }

  /** {@code screen pairs FILE.csv}. */
  @Command(
      name = "pairs",
      mixinStandardHelpOptions = true,
      description = {
        "Compare two names per row (columns name1, name2, optional schema; other columns are"
            + " passed through). Output: the input columns plus score and decision.",
        "This is the evaluation interface; no list is used."
      })
  static final class Pairs implements Runnable {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "CSV with a header row.")
    Path file;

    @Option(
        names = "--format",
        defaultValue = "csv",
        description = "csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE, not stdout.")
    Path outputFile;

    @Option(names = "--explain", description = "Add a column 'explanation'.")
    boolean explain;

    @Override
    public void run() {
      ChokepointCommand root = ChokepointCommand.root(spec);
      String f = format.toLowerCase(Locale.ROOT);
      if (!f.equals("csv") && !f.equals("json")) {
        throw new IllegalArgumentException("--format must be csv or json, got \"" + format + "\"");
      }
      Thresholds t = root.session().screeningThresholds();
      List<CsvRecord> records = readCsv(file);
      List<String> header = records.get(0).fields();
      int a = column(records.get(0), "name1");
      int b = column(records.get(0), "name2");
      int s = indexOf(header, "schema");
      List<CsvRecord> body = records.subList(1, records.size());
      for (CsvRecord r : body) {
        if (r.size() != header.size()) {
          throw r.error("has " + r.size() + " fields, the header has " + header.size());
        }
      }
      NamePreparer preparer = NamePreparer.standard();
      NameMatcher matcher = NameMatcher.standard();
      PairResult[] out = new PairResult[body.size()];
      IntStream.range(0, body.size())
          .parallel()
          .forEach(
              i -> {
                CsvRecord r = body.get(i);
                Schema kind;
                try {
                  kind = s < 0 ? Schema.UNKNOWN : schema(r.get(s));
                } catch (IllegalArgumentException e) {
                  throw r.error(s, e.getMessage());
                }
                out[i] =
                    ScreeningService.comparePair(preparer, matcher, t, r.get(a), r.get(b), kind);
              });
      List<String> h = new ArrayList<>(header);
      h.addAll(List.of("score", "decision"));
      if (explain) {
        h.add("explanation");
      }
      Output.write(
          outputFile,
          root.out(),
          w -> {
            if (f.equals("csv")) {
              CsvWriter csv = new CsvWriter(w);
              csv.row(h);
              for (int i = 0; i < out.length; i++) {
                List<String> row = new ArrayList<>(body.get(i).fields());
                row.add(ScreeningReportFormat.score(out[i].score()));
                row.add(out[i].decision().label());
                if (explain) {
                  row.add(out[i].explanation());
                }
                csv.row(row);
              }
              csv.flush();
            } else {
              StringBuilder json = new StringBuilder("[\n");
              for (int i = 0; i < out.length; i++) {
                List<String> row = new ArrayList<>(body.get(i).fields());
                row.add(ScreeningReportFormat.score(out[i].score()));
                row.add(out[i].decision().label());
                if (explain) {
                  row.add(out[i].explanation());
                }
                json.append("  {");
                for (int k = 0; k < h.size(); k++) {
                  json.append(k > 0 ? ", " : "")
                      .append(quote(h.get(k)))
                      .append(": ")
                      .append(
                          h.get(k).equals("score") && k >= header.size()
                              ? row.get(k)
                              : quote(row.get(k)));
                }
                json.append(i + 1 < out.length ? "},\n" : "}\n");
              }
              json.append("]\n");
              try {
                w.write(json.toString());
                w.flush();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          });
      root.err()
          .printf(
              Locale.ROOT,
              "compared %,d pairs; thresholds: match from %.2f, review from %.2f; no list used"
                  + " (names compared directly)%n",
              out.length,
              t.match(),
              t.review());
    }
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** All records of a UTF-8 CSV file with a header row; errors name file, line and column. */
  static List<CsvRecord> readCsv(Path file) {
    try (Reader r =
            new java.io.InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
        CsvReader csv = new CsvReader(r, file.toString())) {
      List<CsvRecord> all = csv.readAll();
      if (all.isEmpty()) {
        throw new ImportException(file.toString(), 1, 0, "empty file; expected a header row");
      }
      return all;
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    } catch (CharacterCodingException e) {
      throw new ImportException(file.toString(), 0, 0, "not UTF-8 text (" + e.getMessage() + ")");
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new ImportException(file.toString(), 0, 0, "not UTF-8 text", e);
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int indexOf(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private static int column(CsvRecord header, String name) {
    int i = indexOf(header.fields(), name);
    if (i < 0) {
      throw header.error(
          "no column \"" + name + "\" in the header (" + String.join(",", header.fields()) + ")");
    }
    return i;
  }

  private static void write(
      ChokepointCommand root,
      OutputOptions output,
      List<ScreeningReportFormat.Row> rows,
      List<String> header,
      ScreeningService service) {
    List<Provenance> used = service.lists();
    Thresholds t = service.thresholds();
    switch (output.format) {
      case CSV -> output.write(root.out(), w -> ScreeningReportFormat.writeCsv(header, rows, w));
      case JSON -> output.write(root.out(), w -> ScreeningReportFormat.writeJson(rows, t, used, w));
      default -> output.write(root.out(), w -> table(rows, t, used, w));
    }
    if (output.format != OutputFormat.TABLE) {
      sources(root.err(), used);
    }
  }

  private static void table(
      List<ScreeningReportFormat.Row> rows, Thresholds t, List<Provenance> used, Writer w) {
    StringBuilder b = new StringBuilder();
    int flagged = 0;
    for (ScreeningReportFormat.Row r : rows) {
      if (!r.result().hits().isEmpty()) {
        flagged++;
      }
    }
    b.append(
        String.format(
            Locale.ROOT,
            "Screened %d name(s) against %d list(s): %d with hits (match from %.2f, review from"
                + " %.2f)%n",
            rows.size(),
            used.size(),
            flagged,
            t.match(),
            t.review()));
    TextTable table =
        new TextTable()
            .column("#", Align.RIGHT)
            .column("Name", Align.LEFT, 34)
            .column("Decision", Align.LEFT)
            .column("Score", Align.RIGHT)
            .column("List", Align.LEFT)
            .column("Entry", Align.LEFT, 12)
            .column("Matched name", Align.LEFT, 40);
    int n = 0;
    List<String> explanations = new ArrayList<>();
    for (ScreeningReportFormat.Row r : rows) {
      n++;
      ScreeningResult res = r.result();
      if (res.hits().isEmpty()) {
        table.row(List.of(Integer.toString(n), res.query().name(), "no-match", "", "", "", ""));
        continue;
      }
      char letter = 'a';
      for (ScreeningHit hit : res.hits()) {
        String id = n + (res.hits().size() > 1 ? String.valueOf(letter++) : "");
        table.row(
            List.of(
                id,
                res.query().name(),
                hit.decision().label(),
                ScreeningReportFormat.score(hit.score()),
                hit.list().dataset(),
                hit.entity().entryId(),
                hit.matchedName().name()));
        explanations.add(id + ". " + hit.explanation());
      }
    }
    b.append('\n').append(table.render());
    if (!explanations.isEmpty()) {
      b.append("\nWhy:\n");
      for (String e : explanations) {
        b.append("  ").append(e).append('\n');
      }
    }
    b.append("\nLists screened:\n");
    Set<String> seen = new LinkedHashSet<>();
    for (Provenance p : used) {
      if (seen.add(p.dataset())) {
        b.append("  ").append(p.oneLine()).append('\n');
      }
    }
    try {
      w.write(b.toString());
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

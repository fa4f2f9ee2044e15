package org.chokepoint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.text.CsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chokepoint data list}: every dataset with source, licence, vintage, rows, checksum. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List datasets: name, source, licence, vintage, rows, checksum, imported at.")
final class DataListCommand implements Runnable {
  static final List<String> COLUMNS =
      List.of("name", "source", "licence", "vintage", "rows", "checksum", "imported_at", "origin");

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "table", description = "table, csv or json.")
  OutputFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path output;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    List<DatasetManifest> list = root.session().workspace().catalog().listDatasets();
    Output.write(
        output,
        root.out(),
        w -> {
          try {
            switch (format) {
              case CSV -> {
                CsvWriter csv = new CsvWriter(w);
                csv.row(COLUMNS);
                list.forEach(m -> csv.row(cells(m, false)));
                csv.flush();
              }
              case JSON -> {
                ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                mapper.writeValue(w, list);
              }
              default -> {
                TextTable t = new TextTable();
                t.column("Name", Align.LEFT)
                    .column("Source", Align.LEFT, 48)
                    .column("Licence", Align.LEFT, 24)
                    .column("Vintage", Align.LEFT, 24)
                    .column("Rows", Align.RIGHT)
                    .column("Checksum", Align.LEFT)
                    .column("Imported at", Align.LEFT)
                    .column("Origin", Align.LEFT);
                list.forEach(m -> t.row(cells(m, true)));
                w.write(t.render());
                w.write("\nData directory: " + root.session().dataDir() + "\n");
                w.flush();
              }
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static List<String> cells(DatasetManifest m, boolean shortForm) {
    String sum = m.sourceChecksum();
    return List.of(
        m.name(),
        m.publisher() + ", " + m.title(),
        m.licence(),
        m.vintage(),
        shortForm ? String.format("%,d", m.rows()) : Long.toString(m.rows()),
        shortForm && sum.length() > 12 ? "sha256:" + sum.substring(0, 12) : "sha256:" + sum,
        m.importedAt(),
        m.origin());
  }
}

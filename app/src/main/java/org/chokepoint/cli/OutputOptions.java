package org.chokepoint.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.chokepoint.data.text.CsvWriter;
import picocli.CommandLine.Option;

/**
 * {@code --format table|csv|json} and {@code --output FILE}, shared by every command that prints a
 * result, and the printing of simple listings in the three formats.
 */
final class OutputOptions {
  /** The mapper every command writes JSON with: indented, leaving the target open. */
  static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path output;

  /** Writes the result with {@code body}, to the file or to {@code stdout}. */
  void write(PrintStream stdout, Consumer<Writer> body) {
    Output.write(output, stdout, body);
  }

  /**
   * Writes a listing: {@code table} renders the rows, {@code csv} writes {@code columns} then the
   * rows, {@code json} serialises what {@code json} supplies.
   */
  void writeListing(
      PrintStream stdout,
      List<String> columns,
      List<List<String>> rows,
      Supplier<TextTable> table,
      Supplier<Object> json) {
    write(
        stdout,
        w -> {
          try {
            switch (format) {
              case CSV -> {
                CsvWriter csv = new CsvWriter(w);
                csv.row(columns);
                rows.forEach(csv::row);
                csv.flush();
              }
              case JSON -> JSON.writeValue(w, json.get());
              default -> {
                w.write(table.get().render());
                w.flush();
              }
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}

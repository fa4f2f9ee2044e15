package org.chokepoint.cli;

import java.util.List;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.data.catalog.DatasetManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

  @Mixin OutputOptions output;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    Session session = root.session();
    List<DatasetManifest> list = session.workspace().catalog().listDatasets();
    output.writeListing(
        root.out(),
        COLUMNS,
        list.stream().map(m -> cells(m, false)).toList(),
        () -> {
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
          return t.caption("Data directory: " + session.dataDir());
        },
        () -> list);
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

package org.chokepoint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.chokepoint.data.bea.BeaIoReader;
import org.chokepoint.data.bea.BeaTables;
import org.chokepoint.data.mrio.Concordances;
import org.chokepoint.data.mrio.MrioFolderReader;
import org.chokepoint.inputoutput.Aggregation;
import org.chokepoint.inputoutput.IoProgress;
import org.chokepoint.inputoutput.IoSystem;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Where the system comes from, shared by the {@code io} commands: an MRIO folder (positional) or
 * the BEA tables ({@code --bea DIR --year Y}), optionally aggregated by concordance tables.
 */
final class IoSystemOptions {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "MRIO-FOLDER",
      description = "Folder in pymrio's CSV layout: Z.csv, Y.csv, one subfolder per extension.")
  Path folder;

  @Option(
      names = "--bea",
      paramLabel = "DIR",
      description =
          "Folder with BEA's IOUse_/IOMake_…_PRO_1997-2023_<Level>.xlsx, instead of a folder.")
  Path bea;

  @Option(names = "--year", description = "BEA table year (1997-2023), with --bea.")
  Integer year;

  @Option(
      names = "--level",
      defaultValue = "summary",
      description =
          "BEA level: summary (71 industries) or sector (15) (default: ${DEFAULT-VALUE}).")
  BeaIoReader.Level level;

  @Option(
      names = "--redefinitions",
      defaultValue = "before",
      description = "BEA tables before or after redefinitions (default: ${DEFAULT-VALUE}).")
  BeaIoReader.Redefinitions redefinitions;

  @Option(
      names = "--aggregate-regions",
      paramLabel = "CSV",
      description = "Concordance original,aggregate for regions.")
  Path regionConcordance;

  @Option(
      names = "--aggregate-sectors",
      paramLabel = "CSV",
      description = "Concordance original,aggregate for sectors.")
  Path sectorConcordance;

  /** A system with where it came from and the names of its codes (BEA), if any. */
  record Loaded(IoSystem system, String source, Map<String, String> names) {}

  Loaded load(PrintWriter err, IoProgress progress) {
    if ((folder == null) == (bea == null)) {
      throw new IllegalArgumentException(
          "give an MRIO folder or --bea DIR --year YEAR (one of them)");
    }
    Loaded loaded;
    if (bea != null) {
      if (year == null) {
        throw new IllegalArgumentException("--bea needs --year");
      }
      BeaTables t = BeaIoReader.read(bea, year, level, redefinitions);
      err.printf(
          Locale.ROOT,
          "BEA %d %s: %d industries; x = Z·1 + Y·1 is within %.1e of BEA's industry output%n",
          year,
          level.name().toLowerCase(Locale.ROOT),
          t.system().size(),
          t.outputGap());
      loaded = new Loaded(t.system(), t.source(), t.industryNames());
    } else {
      if (year != null) {
        throw new IllegalArgumentException("--year goes with --bea");
      }
      loaded =
          new Loaded(MrioFolderReader.read(folder, progress), "MRIO folder " + folder, Map.of());
    }
    if (regionConcordance != null || sectorConcordance != null) {
      IoSystem agg =
          Aggregation.of(
              loaded.system(),
              regionConcordance == null ? null : Concordances.read(regionConcordance),
              sectorConcordance == null ? null : Concordances.read(sectorConcordance));
      loaded =
          new Loaded(
              agg,
              loaded.source()
                  + ", aggregated by "
                  + (regionConcordance == null ? "" : regionConcordance + " ")
                  + (sectorConcordance == null ? "" : sectorConcordance),
              sectorConcordance == null ? loaded.names() : Map.of());
    }
    IoSystem s = loaded.system();
    err.printf(
        Locale.ROOT,
        "system: %d regions × %d sectors, %d final-demand columns, extensions %s%n",
        s.regions().size(),
        s.sectorsPerRegion(),
        s.finalDemand().size(),
        s.extensions().stream().map(e -> e.name()).toList());
    return loaded;
  }
}

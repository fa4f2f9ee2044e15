package org.chokepoint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chokepoint.data.mrio.FirmNetworkFiles;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.dynamic.ArioResult;
import org.chokepoint.inputoutput.dynamic.FirmTrajectory;
import org.chokepoint.simulation.Scenario;
import org.chokepoint.simulation.Simulation;

/**
 * The files {@code chokepoint simulate} writes: {@code timeseries.csv} and {@code .json}, {@code
 * sectors.csv} or {@code firms.csv}, {@code summary.csv} and {@code summary.json}, written into a
 * temporary folder beside the target and renamed, so the folder appears whole or not at all.
 */
final class SimulationFiles {
  private SimulationFiles() {}

  static void writeFirm(Path dir, Simulation.FirmRun run) throws IOException {
    Scenario sc = run.scenario();
    FirmNetworkFiles.Loaded loaded = run.network();
    FirmTrajectory t = run.trajectory();
    Map<String, Object> summary = run.summary();
    String source = run.source();
    try (Writer w =
        Files.newBufferedWriter(dir.resolve("timeseries.csv"), StandardCharsets.UTF_8)) {
      Simulation.writeTimeSeriesCsv(run, w);
    }
    try (Writer w =
        Files.newBufferedWriter(dir.resolve("timeseries.json"), StandardCharsets.UTF_8)) {
      OutputOptions.JSON.writeValue(w, Simulation.timeSeries(run));
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("firms.csv"), StandardCharsets.UTF_8)) {
      CsvWriter csv = new CsvWriter(w);
      csv.row("firm", "baseline", "last_day_production", "last_day_loss");
      for (int i = 0; i < loaded.network().firms(); i++) {
        double b = loaded.network().output(i);
        csv.row(
            loaded.firms().get(i),
            num(b),
            num(t.lastProduction()[i]),
            num(b - t.lastProduction()[i]));
      }
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("summary.json"), StandardCharsets.UTF_8)) {
      OutputOptions.JSON.writeValue(w, summary);
    }
    summaryCsv(dir, summary);
    Files.writeString(
        dir.resolve("README.txt"),
        "Disruption scenario \""
            + sc.name()
            + "\" by chokepoint simulate (firm-level model, docs/methods/firm-propagation.md).\n"
            + "Amounts are in the network's unit per day; day -1 is the pre-shock state.\n"
            + "source: "
            + source
            + "\n",
        StandardCharsets.UTF_8);
  }

  static void summaryCsv(Path dir, Map<String, Object> summary) throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.resolve("summary.csv"), StandardCharsets.UTF_8)) {
      CsvWriter csv = new CsvWriter(w);
      List<String> keys = new ArrayList<>();
      List<String> vals = new ArrayList<>();
      for (Map.Entry<String, Object> e : summary.entrySet()) {
        if (e.getValue() instanceof Map || e.getValue() instanceof List) {
          continue;
        }
        keys.add(e.getKey());
        Object v = e.getValue();
        vals.add(v == null ? "" : v instanceof Double d ? num(d) : v.toString());
      }
      csv.row(keys);
      csv.row(vals);
    }
  }

  interface FolderContent {
    void write(Path dir) throws IOException;
  }

  /** Writes beside {@code out} and renames, so the folder appears whole or not at all. */
  static void writeFolder(Path out, FolderContent content) {
    Path target = out.toAbsolutePath().normalize();
    try {
      Files.createDirectories(target.getParent());
      Path tmp =
          Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tmp-");
      try {
        content.write(tmp);
        if (Files.exists(target)) {
          deleteTree(target);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        if (Files.exists(tmp)) {
          deleteTree(tmp);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  static void writeAll(Path dir, Simulation.ArioRun run) throws IOException {
    Scenario sc = run.scenario();
    Simulation.Table loaded = run.table();
    IoSystem s = loaded.system();
    ArioResult r = run.result();
    try (Writer w =
        Files.newBufferedWriter(dir.resolve("timeseries.csv"), StandardCharsets.UTF_8)) {
      Simulation.writeTimeSeriesCsv(run, w);
    }
    try (Writer w =
        Files.newBufferedWriter(dir.resolve("timeseries.json"), StandardCharsets.UTF_8)) {
      OutputOptions.JSON.writeValue(w, Simulation.timeSeries(run));
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("sectors.csv"), StandardCharsets.UTF_8)) {
      CsvWriter csv = new CsvWriter(w);
      csv.row("day", "region", "sector", "name", "production", "baseline", "loss");
      for (int t = 0; t < r.days(); t++) {
        for (int i = 0; i < s.size(); i++) {
          List<String> tu = s.sectors().tuple(i);
          String key = String.join("/", tu.subList(1, tu.size()));
          csv.row(
              Integer.toString(t),
              tu.get(0),
              key,
              loaded.names().getOrDefault(key, ""),
              num(r.production()[t][i]),
              num(r.baseline()[i]),
              num(r.loss(t, i)));
        }
      }
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve("summary.json"), StandardCharsets.UTF_8)) {
      Map<String, Object> doc = new LinkedHashMap<>(run.summary());
      doc.put("most_hit_sectors", Simulation.mostHit(run, 10));
      OutputOptions.JSON.writeValue(w, doc);
    }
    summaryCsv(dir, run.summary());
    Files.writeString(
        dir.resolve("README.txt"),
        "Disruption scenario \""
            + sc.name()
            + "\" by chokepoint simulate (ARIO, docs/methods/ario.md).\n"
            + "Amounts are in the table's unit per day (BEA: $ million); day 0 is the first day.\n"
            + "source: "
            + loaded.source()
            + "\n",
        StandardCharsets.UTF_8);
  }

  static String num(double v) {
    return Simulation.num(v);
  }

  static void deleteTree(Path p) throws IOException {
    try (Stream<Path> w = Files.walk(p)) {
      for (Path q : w.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    }
  }
}

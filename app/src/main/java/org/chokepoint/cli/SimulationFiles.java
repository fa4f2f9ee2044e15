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
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.chokepoint.data.mrio.FirmNetworkFiles;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.dynamic.ArioParameters;
import org.chokepoint.inputoutput.dynamic.ArioResult;
import org.chokepoint.inputoutput.dynamic.FirmTrajectory;

/**
 * The files {@code chokepoint simulate} writes: {@code timeseries.csv} and {@code .json}, {@code
 * sectors.csv} or {@code firms.csv}, {@code summary.csv} and {@code summary.json}, written into a
 * temporary folder beside the target and renamed, so the folder appears whole or not at all.
 */
final class SimulationFiles {
  private SimulationFiles() {}

  static void writeFirm(
      Path dir,
      Scenario sc,
      FirmNetworkFiles.Loaded loaded,
      FirmTrajectory t,
      Map<String, Object> summary,
      String source)
      throws IOException {
    double base = t.production()[0];
    double fd = t.finalConsumption()[0];
    try (Writer w =
        Files.newBufferedWriter(dir.resolve("timeseries.csv"), StandardCharsets.UTF_8)) {
      CsvWriter csv = new CsvWriter(w);
      csv.row(
          "day",
          "production",
          "baseline",
          "loss",
          "loss_share",
          "final_consumption",
          "final_demand",
          "final_demand_unmet",
          "input_constrained_firms");
      for (int k = 0; k < t.production().length; k++) {
        csv.row(
            Integer.toString(k - 1),
            num(t.production()[k]),
            num(base),
            num(base - t.production()[k]),
            num((base - t.production()[k]) / base),
            num(t.finalConsumption()[k]),
            num(fd),
            num(fd - t.finalConsumption()[k]),
            Integer.toString(t.inputConstrained()[k]));
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int k = 0; k < t.production().length; k++) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("day", k - 1);
      r.put("production", t.production()[k]);
      r.put("loss", base - t.production()[k]);
      r.put("final_consumption", t.finalConsumption()[k]);
      r.put("input_constrained_firms", t.inputConstrained()[k]);
      rows.add(r);
    }
    Map<String, Object> ts = new LinkedHashMap<>();
    ts.put("scenario", sc.name());
    ts.put("note", "day -1 is the pre-shock state");
    ts.put("source", source);
    ts.put("days", rows);
    try (Writer w =
        Files.newBufferedWriter(dir.resolve("timeseries.json"), StandardCharsets.UTF_8)) {
      OutputOptions.JSON.writeValue(w, ts);
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

  static Map<String, Object> summary(Scenario sc, IoSystemOptions.Loaded loaded, ArioResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scenario", sc.name());
    m.put("model", "ARIO (Hallegatte 2008), docs/methods/ario.md");
    m.put("days", r.days());
    m.put("unit", "the table's unit per day (BEA: $ million)");
    m.put("baseline_output_per_day", r.baselineTotal());
    m.put("total_loss", r.totalLoss());
    m.put("total_loss_share", r.totalLoss() / (r.baselineTotal() * r.days()));
    m.put("peak_loss", r.loss(r.peakDay()));
    m.put("peak_day", r.peakDay());
    m.put("peak_loss_share", r.loss(r.peakDay()) / r.baselineTotal());
    int rec = r.recoveredFrom(sc.recoveryTolerance());
    m.put("recovered", rec >= 0);
    m.put("recovered_from_day", rec >= 0 ? rec : null);
    m.put("recovery_tolerance", sc.recoveryTolerance());
    m.put("shortage", r.shortage());
    int first = firstShortage(r);
    m.put("first_shortage_day", first >= 0 ? first : null);
    if (sc.shocks().stream().anyMatch(x -> x.destruction() != null)) {
      double asked = 0;
      for (double v : r.reconstructionAsked()) {
        asked += v;
      }
      m.put("reconstruction_delivered", r.totalReconstruction());
      m.put("reconstruction_asked", asked);
      m.put("damage_remaining", r.damageRemaining()[r.days() - 1]);
    }
    ArioParameters p = sc.parameters();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("inventory_days", p.inventoryDays());
    params.put("inventory_tau", p.inventoryTau());
    params.put("alpha_max", p.alphaMax());
    params.put("alpha_tau", p.alphaTau());
    params.put("rationing", p.rationing().name().toLowerCase(Locale.ROOT));
    params.put("days_per_table_year", p.daysPerTableYear());
    m.put("parameters", params);
    m.put("imports", sc.importCategories());
    m.put("source", loaded.source());
    return m;
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

  static void writeAll(
      Path dir,
      Scenario sc,
      IoSystemOptions.Loaded loaded,
      IoSystem s,
      ArioResult r,
      Map<String, Object> summary)
      throws IOException {
    double base = r.baselineTotal();
    // the reconstruction columns appear when the scenario has destruction events
    boolean rebuild = sc.shocks().stream().anyMatch(x -> x.destruction() != null);
    try (Writer w =
        Files.newBufferedWriter(dir.resolve("timeseries.csv"), StandardCharsets.UTF_8)) {
      CsvWriter csv = new CsvWriter(w);
      List<String> head =
          new ArrayList<>(
              List.of(
                  "day",
                  "production",
                  "baseline",
                  "loss",
                  "loss_share",
                  "final_demand_asked",
                  "final_demand_served",
                  "final_demand_unmet",
                  "input_constrained_sectors",
                  "largest_alpha"));
      if (rebuild) {
        head.addAll(List.of("reconstruction_asked", "reconstruction_served", "damage_remaining"));
      }
      csv.row(head);
      for (int t = 0; t < r.days(); t++) {
        List<String> row =
            new ArrayList<>(
                List.of(
                    Integer.toString(t),
                    num(r.totalProduction(t)),
                    num(base),
                    num(r.loss(t)),
                    num(r.loss(t) / base),
                    num(r.finalDemandAsked()[t]),
                    num(r.finalDemandServed()[t]),
                    num(r.finalDemandAsked()[t] - r.finalDemandServed()[t]),
                    Integer.toString(r.inputConstrained()[t]),
                    num(r.largestAlpha()[t])));
        if (rebuild) {
          row.add(num(r.reconstructionAsked()[t]));
          row.add(num(r.reconstructionServed()[t]));
          row.add(num(r.damageRemaining()[t]));
        }
        csv.row(row);
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int t = 0; t < r.days(); t++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("day", t);
      m.put("production", r.totalProduction(t));
      m.put("loss", r.loss(t));
      m.put("final_demand_asked", r.finalDemandAsked()[t]);
      m.put("final_demand_served", r.finalDemandServed()[t]);
      m.put("input_constrained_sectors", r.inputConstrained()[t]);
      m.put("largest_alpha", r.largestAlpha()[t]);
      if (rebuild) {
        m.put("reconstruction_asked", r.reconstructionAsked()[t]);
        m.put("reconstruction_served", r.reconstructionServed()[t]);
        m.put("damage_remaining", r.damageRemaining()[t]);
      }
      rows.add(m);
    }
    Map<String, Object> ts = new LinkedHashMap<>();
    ts.put("scenario", sc.name());
    ts.put("baseline_output_per_day", base);
    ts.put("source", loaded.source());
    ts.put("days", rows);
    try (Writer w =
        Files.newBufferedWriter(dir.resolve("timeseries.json"), StandardCharsets.UTF_8)) {
      OutputOptions.JSON.writeValue(w, ts);
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
      Map<String, Object> doc = new LinkedHashMap<>(summary);
      doc.put("most_hit_sectors", mostHit(s, loaded, r, 10));
      OutputOptions.JSON.writeValue(w, doc);
    }
    summaryCsv(dir, summary);
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

  static List<Map<String, Object>> mostHit(
      IoSystem s, IoSystemOptions.Loaded loaded, ArioResult r, int top) {
    double[] loss = new double[s.size()];
    for (int t = 0; t < r.days(); t++) {
      for (int i = 0; i < s.size(); i++) {
        loss[i] += r.loss(t, i);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -loss[i]));
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i : order.subList(0, Math.min(top, order.size()))) {
      List<String> tu = s.sectors().tuple(i);
      String key = String.join("/", tu.subList(1, tu.size()));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("sector", s.sectors().joined(i));
      m.put("name", loaded.names().getOrDefault(key, ""));
      m.put("total_loss", loss[i]);
      m.put("loss_share", loss[i] / (r.baseline()[i] * r.days()));
      out.add(m);
    }
    return out;
  }

  static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  static void deleteTree(Path p) throws IOException {
    try (Stream<Path> w = Files.walk(p)) {
      for (Path q : w.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    }
  }

  /** The first day on which some sector was held back by its inputs, or -1. */
  static int firstShortage(ArioResult r) {
    for (int t = 0; t < r.days(); t++) {
      if (r.inputConstrained()[t] > 0) {
        return t;
      }
    }
    return -1;
  }
}

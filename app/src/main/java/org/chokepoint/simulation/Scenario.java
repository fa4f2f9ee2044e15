package org.chokepoint.simulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chokepoint.data.bea.BeaIoReader;
import org.chokepoint.inputoutput.dynamic.ArioParameters;
import org.chokepoint.inputoutput.dynamic.FirmParameters;

/**
 * A disruption scenario read from YAML or JSON (docs/methods/ario.md, "Scenarios"): the table, the
 * model and its parameters, the horizon and the shocks. The table is a folder ({@code mrio:} or
 * {@code bea:}, paths relative to the scenario's folder) or a built-in table by name ({@code
 * dataset:}); a scenario that does not come from a file (one sent to the server) may only name a
 * built-in table. Every mistake is reported with the origin and the field, and with line and column
 * where the text has them ({@link ScenarioException}).
 *
 * @param dataset the built-in table named by {@code table: {dataset: NAME}} (or, for the firm
 *     model, the built-in network named by {@code network: {dataset: NAME}}), else null
 * @param importCategories the final-demand categories that are imports; null when a built-in table
 *     is named without {@code imports:} (the table's own default then applies)
 */
public record Scenario(
    String name,
    String model,
    Path firms,
    Path links,
    FirmParameters firmParameters,
    Path mrio,
    Path bea,
    String dataset,
    Integer year,
    BeaIoReader.Level level,
    BeaIoReader.Redefinitions redefinitions,
    List<String> importCategories,
    int horizon,
    ArioParameters parameters,
    double recoveryTolerance,
    List<Shock> shocks) {
  private static final Set<String> TOP =
      Set.of(
          "name",
          "model",
          "table",
          "network",
          "horizon",
          "parameters",
          "imports",
          "recovery_tolerance",
          "shocks");
  private static final Set<String> TABLE =
      Set.of("mrio", "bea", "dataset", "year", "level", "redefinitions");
  private static final Set<String> PARAMS =
      Set.of(
          "inventory_days",
          "inventory_tau",
          "alpha_max",
          "alpha_tau",
          "rationing",
          "days_per_table_year");
  private static final Set<String> NETWORK = Set.of("firms", "links", "dataset");
  private static final Set<String> FIRM_PARAMS =
      Set.of("target_inventory_days", "adjustment_days", "rationing");
  private static final Set<String> FIRM_SHOCK =
      Set.of(
          "type", "firm", "firms", "country", "product", "group", "magnitude", "start", "recovery");
  static final Set<String> SHOCK =
      Set.of(
          "type",
          "sector",
          "sectors",
          "region",
          "country",
          "product",
          "group",
          "categories",
          "magnitude",
          "start",
          "duration",
          "recovery",
          "damage",
          "capital_ratio",
          "rebuilding",
          "rebuilding_tau");

  /**
   * One shock as written: sectors by key (REGION/SECTOR or SECTOR) or a whole region; for the firm
   * model, firms by name (in {@code sectors}).
   */
  public record Shock(
      String type,
      List<String> sectors,
      String region,
      List<String> categories,
      double magnitude,
      int start,
      int duration,
      int recovery,
      Destruction destruction,
      Selection selection) {}

  /**
   * Shocked units chosen by country (ISO 3166-1 alpha-3, or a region label), product and country
   * group ({@code country:}, {@code product:}, {@code group:}); empty lists mean "any".
   */
  public record Selection(List<String> countries, List<String> products, String group) {
    static final Selection NONE = new Selection(List.of(), List.of(), null);

    public boolean isEmpty() {
      return countries.isEmpty() && products.isEmpty() && group == null;
    }
  }

  /**
   * A destruction-and-rebuilding event ({@code type: destruction}): capital destroyed, capital
   * ratio κ, the rebuilding sectors (key → share) and τ_rec.
   */
  public record Destruction(
      double damage, double capitalRatio, java.util.Map<String, Double> rebuilding, double tau) {}

  /** Reads a scenario file; paths in it are relative to its folder. */
  public static Scenario read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return parse(
        text, file.toString(), file.toAbsolutePath().getParent(), file.getFileName().toString());
  }

  /**
   * Reads a scenario that comes from no file (YAML or JSON text): it may name a built-in table
   * only, never a path.
   *
   * @param origin what errors call the text, such as "scenario"
   */
  public static Scenario parse(String text, String origin) {
    return parse(text, origin, null, origin);
  }

  private static Scenario parse(String text, String origin, Path dir, String defaultName) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(text);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new ScenarioException(
          origin
              + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
              + ": not valid YAML: "
              + e.getOriginalMessage(),
          "",
          loc == null ? -1 : loc.getLineNr(),
          loc == null ? -1 : loc.getColumnNr());
    }
    ScenarioFields r = new ScenarioFields(origin, ScenarioFields.locations(text));
    if (root == null || !root.isObject()) {
      throw r.error("", "the scenario must be a mapping (name:, model:, table:, shocks:, …)");
    }
    r.only(root, "", TOP);
    String model = r.text(root, "model", "ario");
    if (!model.equals("ario") && !model.equals("firm")) {
      throw r.error("model", "unknown model \"" + model + "\" (known: ario, firm)");
    }
    if (model.equals("firm")) {
      return firmScenario(dir, defaultName, root, r);
    }
    if (root.has("network")) {
      throw r.error("network", "a network goes with model: firm");
    }
    JsonNode table = root.get("table");
    if (table == null || !table.isObject()) {
      throw r.error(
          "table", "give the table: {mrio: FOLDER}, {bea: FOLDER, year: YEAR} or {dataset: NAME}");
    }
    r.only(table, "table.", TABLE);
    for (String f : List.of("mrio", "bea")) {
      if (table.has(f) && dir == null) {
        throw r.error(
            "table." + f,
            "this scenario comes from no file, so it may not name folders; name a built-in table"
                + " with table: {dataset: NAME}");
      }
    }
    Path mrio = table.has("mrio") ? dir.resolve(r.text(table, "mrio", null)) : null;
    Path bea = table.has("bea") ? dir.resolve(r.text(table, "bea", null)) : null;
    String dataset = table.has("dataset") ? r.text(table, "dataset", null).strip() : null;
    if ((mrio != null ? 1 : 0) + (bea != null ? 1 : 0) + (dataset != null ? 1 : 0) != 1) {
      throw r.error("table", "give one of mrio: FOLDER, bea: FOLDER or dataset: NAME");
    }
    if (dataset != null) {
      for (String f : List.of("year", "level", "redefinitions")) {
        if (table.has(f)) {
          throw r.error("table." + f, "a built-in table (dataset:) is one year and level already");
        }
      }
    }
    Integer year = table.has("year") ? r.integer(table, "table.year", "year", 0) : null;
    if (bea != null && year == null) {
      throw r.error("table.year", "a BEA table needs its year");
    }
    BeaIoReader.Level level =
        r.choice(table, "table.level", "level", BeaIoReader.Level.class, "summary");
    BeaIoReader.Redefinitions redefinitions =
        r.choice(
            table,
            "table.redefinitions",
            "redefinitions",
            BeaIoReader.Redefinitions.class,
            "before");
    List<String> imports = new ArrayList<>();
    if (root.has("imports")) {
      imports.addAll(r.strings(root, "imports"));
    } else if (bea != null) {
      imports.add("F050");
    } else if (dataset != null) {
      imports = null;
    }
    int horizon = r.integer(root, "horizon", "horizon", 365);
    if (horizon < 1 || horizon > 36_500) {
      throw r.error("horizon", "must be 1 to 36500 days, got " + horizon);
    }
    ArioParameters d = ArioParameters.DEFAULTS;
    JsonNode p = root.get("parameters");
    ArioParameters params = d;
    if (p != null) {
      r.only(p, "parameters.", PARAMS);
      try {
        params =
            new ArioParameters(
                r.number(p, "parameters.inventory_days", "inventory_days", d.inventoryDays()),
                r.number(p, "parameters.inventory_tau", "inventory_tau", d.inventoryTau()),
                r.number(p, "parameters.alpha_max", "alpha_max", d.alphaMax()),
                r.number(p, "parameters.alpha_tau", "alpha_tau", d.alphaTau()),
                r.choice(
                    p,
                    "parameters.rationing",
                    "rationing",
                    FirmParameters.Rationing.class,
                    "proportional"),
                r.number(p, "parameters.days_per_table_year", "days_per_table_year", 365));
      } catch (IllegalArgumentException e) {
        throw r.error("parameters", e.getMessage());
      }
    }
    double tol = r.number(root, "recovery_tolerance", "recovery_tolerance", 1e-3);
    if (!(tol > 0 && tol < 1)) {
      throw r.error("recovery_tolerance", "must be in (0, 1)");
    }
    JsonNode list = root.get("shocks");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw r.error("shocks", "give at least one shock (a list)");
    }
    List<Shock> shocks = new ArrayList<>();
    for (int k = 0; k < list.size(); k++) {
      shocks.add(r.shock(list.get(k), "shocks[" + k + "]."));
    }
    return new Scenario(
        r.text(root, "name", defaultName),
        model,
        null,
        null,
        null,
        mrio,
        bea,
        dataset,
        year,
        level,
        redefinitions,
        imports == null ? null : List.copyOf(imports),
        horizon,
        params,
        tol,
        List.copyOf(shocks));
  }

  /** {@code model: firm}: a supply network of firms, capacity shocks on firms. */
  private static Scenario firmScenario(
      Path dir, String defaultName, JsonNode root, ScenarioFields r) {
    if (root.has("table") || root.has("imports")) {
      throw r.error(root.has("table") ? "table" : "imports", "the firm model takes network:");
    }
    JsonNode net = root.get("network");
    if (net == null || !net.isObject()) {
      throw r.error("network", "give the network: {firms: FIRMS.csv, links: LINKS.csv}");
    }
    r.only(net, "network.", NETWORK);
    String dataset = net.has("dataset") ? r.text(net, "dataset", null).strip() : null;
    if (dataset != null && (net.has("firms") || net.has("links"))) {
      throw r.error("network", "give firms: and links: files, or dataset: NAME, not both");
    }
    if (dataset == null && dir == null) {
      throw r.error(
          "network",
          "this scenario comes from no file, so it may not name files; name a built-in network"
              + " with network: {dataset: NAME}");
    }
    Path firms = dataset != null ? null : dir.resolve(r.text(net, "firms", null));
    Path links = dataset != null ? null : dir.resolve(r.text(net, "links", null));
    int horizon = r.integer(root, "horizon", "horizon", 100);
    if (horizon < 1 || horizon > 36_500) {
      throw r.error("horizon", "must be 1 to 36500 days, got " + horizon);
    }
    FirmParameters d = FirmParameters.INOUE_TODO;
    FirmParameters params = d;
    JsonNode p = root.get("parameters");
    if (p != null) {
      r.only(p, "parameters.", FIRM_PARAMS);
      try {
        params =
            new FirmParameters(
                r.number(
                    p,
                    "parameters.target_inventory_days",
                    "target_inventory_days",
                    d.targetInventoryDays()),
                r.number(p, "parameters.adjustment_days", "adjustment_days", d.adjustmentDays()),
                r.choice(
                    p,
                    "parameters.rationing",
                    "rationing",
                    FirmParameters.Rationing.class,
                    "priority"));
      } catch (IllegalArgumentException e) {
        throw r.error("parameters", e.getMessage());
      }
    }
    double tol = r.number(root, "recovery_tolerance", "recovery_tolerance", 1e-3);
    if (!(tol > 0 && tol < 1)) {
      throw r.error("recovery_tolerance", "must be in (0, 1)");
    }
    JsonNode list = root.get("shocks");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw r.error("shocks", "give at least one shock (a list)");
    }
    List<Shock> shocks = new ArrayList<>();
    for (int k = 0; k < list.size(); k++) {
      String prefix = "shocks[" + k + "].";
      JsonNode s = list.get(k);
      r.only(s, prefix, FIRM_SHOCK);
      String type = r.text(s, "type", "capacity");
      if (!type.equals("capacity")) {
        throw r.error(prefix + "type", "the firm model takes capacity shocks only");
      }
      List<String> names = new ArrayList<>(r.strings(s, "firm"));
      names.addAll(r.strings(s, "firms"));
      Selection sel = r.selection(s, prefix);
      if (names.isEmpty() == sel.isEmpty()) {
        throw r.error(
            prefix + "firm", "name the firm(s) hit, or choose them by country, product or group");
      }
      double m = r.number(s, prefix + "magnitude", "magnitude", Double.NaN);
      if (!(m >= 0 && m <= 1)) {
        throw r.error(prefix + "magnitude", "give a share in [0, 1]");
      }
      int start = r.integer(s, prefix + "start", "start", 0);
      int recovery = r.integer(s, prefix + "recovery", "recovery", 0);
      if (start < 0 || recovery < 0) {
        throw r.error(prefix + "start", "start and recovery are >= 0 days");
      }
      shocks.add(new Shock(type, names, null, List.of(), m, start, -1, recovery, null, sel));
    }
    return new Scenario(
        r.text(root, "name", defaultName),
        "firm",
        firms,
        links,
        params,
        null,
        null,
        dataset,
        null,
        BeaIoReader.Level.SUMMARY,
        BeaIoReader.Redefinitions.BEFORE,
        List.of(),
        horizon,
        ArioParameters.DEFAULTS,
        tol,
        List.copyOf(shocks));
  }
}

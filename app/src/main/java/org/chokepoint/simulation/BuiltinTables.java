package org.chokepoint.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.chokepoint.data.mrio.FirmNetworkFiles;
import org.chokepoint.data.mrio.MrioFolderReader;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.provenance.Provenance;

/**
 * The input–output tables shipped in the jar, which a scenario names by {@code table: {dataset:
 * NAME}} and the server's analyses by {@code table=NAME}: each a folder in pymrio's CSV layout
 * ({@code Z.csv}, {@code Y.csv}) with {@code about.properties} (title, source, vintage, licence,
 * imports, whether synthetic) and optionally {@code names.csv} (code, name). Read once, then kept.
 */
public final class BuiltinTables {
  private static final String ROOT = "/org/chokepoint/simulation/tables/";
  private static final String NETWORKS = "/org/chokepoint/simulation/networks/";
  private static final Map<String, Simulation.Table> LOADED = new ConcurrentHashMap<>();
  private static final Map<String, Network> NETWORKS_LOADED = new ConcurrentHashMap<>();

  private BuiltinTables() {}

  /** One built-in table as listed. */
  public record About(
      String name,
      String title,
      String vintage,
      String licence,
      String source,
      String unit,
      boolean synthetic,
      List<String> imports) {
    public Provenance provenance() {
      return new Provenance(name, title + "; " + source, vintage, licence, source);
    }
  }

  /** The names of the built-in tables, in the order shipped. */
  public static List<String> names() {
    return lines(ROOT + "index.txt");
  }

  /** What a built-in table is. */
  public static About about(String name) {
    if (!names().contains(name)) {
      throw new NoSuchElementException(
          "no built-in table \"" + clip(name) + "\" (built-in tables: " + names() + ")");
    }
    return about(ROOT, name);
  }

  /**
   * A supply network shipped in the jar for the firm-level model, named by {@code network:
   * {dataset: NAME}}: {@code firms.csv} and {@code links.csv} as {@link FirmNetworkFiles} reads
   * them, with {@code about.properties}.
   */
  public record Network(FirmNetworkFiles.Loaded loaded, String source, Provenance provenance) {}

  /** The names of the built-in supply networks. */
  public static List<String> networkNames() {
    return lines(NETWORKS + "index.txt");
  }

  /** What a built-in supply network is. */
  public static About networkAbout(String name) {
    if (!networkNames().contains(name)) {
      throw new NoSuchElementException(
          "no built-in network \"" + clip(name) + "\" (built-in networks: " + networkNames() + ")");
    }
    return about(NETWORKS, name);
  }

  /** A built-in supply network, read on first use. */
  public static Network network(String name) {
    About about = networkAbout(name);
    return NETWORKS_LOADED.computeIfAbsent(name, n -> readNetwork(about));
  }

  private static Network readNetwork(About about) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("chokepoint-network-");
      for (String f : List.of("firms.csv", "links.csv")) {
        try (InputStream in = resource(NETWORKS + about.name() + "/" + f)) {
          Files.copy(in, dir.resolve(f));
        }
      }
      FirmNetworkFiles.Loaded loaded =
          FirmNetworkFiles.read(dir.resolve("firms.csv"), dir.resolve("links.csv"));
      String source =
          "built-in network "
              + about.name()
              + ": "
              + about.title()
              + " ("
              + about.vintage()
              + "; licence: "
              + about.licence()
              + "; "
              + about.source()
              + ")";
      return new Network(loaded, source, about.provenance());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in network " + about.name(), e);
    } finally {
      delete(dir, List.of("firms.csv", "links.csv"));
    }
  }

  private static void delete(Path dir, List<String> files) {
    if (dir == null) {
      return;
    }
    try {
      for (String f : files) {
        Files.deleteIfExists(dir.resolve(f));
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // a temporary folder left behind holds only a copy of data shipped in the jar
    }
  }

  private static About about(String root, String name) {
    Properties p = new Properties();
    try (InputStream in = resource(root + name + "/about.properties")) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String imports = p.getProperty("imports", "").strip();
    return new About(
        name,
        p.getProperty("title", name),
        p.getProperty("vintage", ""),
        p.getProperty("licence", ""),
        p.getProperty("source", ""),
        p.getProperty("unit", ""),
        Boolean.parseBoolean(p.getProperty("synthetic", "false")),
        imports.isEmpty()
            ? List.of()
            : Arrays.stream(imports.split(",")).map(String::strip).toList());
  }

  /** Every built-in table's description, in order. */
  public static List<About> list() {
    return names().stream().map(BuiltinTables::about).toList();
  }

  /** A built-in table, read on first use. */
  public static Simulation.Table table(String name) {
    About about = about(name);
    return LOADED.computeIfAbsent(name, n -> read(about));
  }

  private static Simulation.Table read(About about) {
    String base = ROOT + about.name() + "/";
    IoSystem system;
    Path dir = null;
    try {
      dir = Files.createTempDirectory("chokepoint-table-");
      for (String f : List.of("Z.csv", "Y.csv")) {
        try (InputStream in = resource(base + f)) {
          Files.copy(in, dir.resolve(f));
        }
      }
      system = MrioFolderReader.read(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in table " + about.name(), e);
    } finally {
      delete(dir, List.of("Z.csv", "Y.csv"));
    }
    Map<String, String> names = new LinkedHashMap<>();
    if (BuiltinTables.class.getResource(base + "names.csv") != null) {
      try (InputStream in = resource(base + "names.csv");
          var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
        CsvReader csv = new CsvReader(reader, "names.csv");
        csv.next();
        for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
          names.put(r.get(0), r.get(1));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String source =
        "built-in table "
            + about.name()
            + ": "
            + about.title()
            + " ("
            + about.vintage()
            + "; licence: "
            + about.licence()
            + "; "
            + about.source()
            + ")";
    return new Simulation.Table(system, source, names, about.imports(), about.provenance());
  }

  static List<String> lines(String resource) {
    try (InputStream in = resource(resource)) {
      List<String> out = new ArrayList<>();
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!l.isBlank() && !l.startsWith("#")) {
          out.add(l.strip());
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream resource(String name) throws IOException {
    InputStream in = BuiltinTables.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing resource " + name);
    }
    return in;
  }

  static String clip(String s) {
    String one = s.replaceAll("[\\p{Cntrl}]", "?");
    return one.length() > 60 ? one.substring(0, 60) + "..." : one;
  }
}

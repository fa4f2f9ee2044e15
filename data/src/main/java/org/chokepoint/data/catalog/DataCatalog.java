package org.chokepoint.data.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Datasets in a data directory, as immutable versions:
 *
 * <pre>
 * DATA_DIR/datasets/NAME/CURRENT          the id of the current version
 * DATA_DIR/datasets/NAME/VERSION/         manifest.json and one CSV file per table
 * DATA_DIR/staging/                       imports in progress
 * </pre>
 *
 * An import writes into staging, then moves the finished version into place and switches {@code
 * CURRENT} with atomic renames; a failed or interrupted import leaves the current version as it
 * was. The previous version is kept; older ones are removed. Datasets not imported yet are answered
 * from the starter pack.
 */
public final class DataCatalog {
  private static final DateTimeFormatter VERSION_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final int VERSIONS_KEPT = 2;

  private final Path dataDir;
  private final StarterPack starter;
  private final Clock clock;

  public DataCatalog(Path dataDir, StarterPack starter, Clock clock) {
    this.dataDir = dataDir;
    this.starter = starter;
    this.clock = clock;
  }

  public Path dataDir() {
    return dataDir;
  }

  /**
   * Imports {@code source} with {@code importer} as dataset {@code name}. On any failure nothing of
   * the new import remains and the previous version stays current.
   *
   * @param progress told the number of rows stored so far, every 65,536 rows, for long imports
   */
  public DatasetManifest importDataset(
      DatasetImporter importer, Path source, String name, LongConsumer progress) {
    requireName(name);
    try {
      Files.createDirectories(dataDir.resolve("staging"));
      try (FileChannel lockFile =
              FileChannel.open(
                  dataDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = lockFile.lock()) {
        String version =
            "v"
                + VERSION_TIME.format(clock.instant())
                + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        Path staging = dataDir.resolve("staging").resolve(name + "-" + version);
        Files.createDirectories(staging);
        try {
          DatasetManifest manifest;
          try (StagingSink sink = new StagingSink(staging, progress)) {
            DatasetDescription d = importer.importInto(source, sink);
            List<TableSpec> tables = sink.finish();
            manifest =
                new DatasetManifest(
                    DatasetManifest.FORMAT,
                    name,
                    importer.source(),
                    d.title(),
                    d.publisher(),
                    d.licence(),
                    d.vintage(),
                    d.citation(),
                    d.url(),
                    clock.instant().toString(),
                    "imported",
                    sink.sources(),
                    tables,
                    d.warnings(),
                    d.properties());
          }
          Files.write(staging.resolve("manifest.json"), ManifestJson.write(manifest));
          Path datasetDir = dataDir.resolve("datasets").resolve(name);
          Files.createDirectories(datasetDir);
          Files.move(staging, datasetDir.resolve(version), StandardCopyOption.ATOMIC_MOVE);
          Path tmp = datasetDir.resolve("CURRENT.tmp");
          Files.writeString(tmp, version + "\n", StandardCharsets.UTF_8);
          Files.move(
              tmp,
              datasetDir.resolve("CURRENT"),
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
          pruneOldVersions(datasetDir, version);
          return manifest;
        } finally {
          deleteRecursively(staging);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The current version of a dataset: imported, else from the starter pack. */
  public Optional<Dataset> findDataset(String name) {
    Optional<Path> dir = currentVersionDir(name);
    if (dir.isPresent()) {
      TableFiles files = TableFiles.directory(dir.get());
      return Optional.of(
          new Dataset(
              ManifestJson.read(files.readAll("manifest.json"), dir.get() + "/manifest.json"),
              files));
    }
    return starter.find(name);
  }

  /** Like {@link #findDataset} but fails with a message saying how to import it. */
  public Dataset getDataset(String name) {
    return findDataset(name)
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "dataset "
                        + name
                        + " is not imported and not in the starter pack; run `chokepoint data import "
                        + name
                        + " <file>`"));
  }

  /** Every dataset available: imported ones, and starter ones not replaced by an import. */
  public List<DatasetManifest> listDatasets() {
    TreeMap<String, DatasetManifest> all = new TreeMap<>();
    for (String name : starter.names()) {
      starter.find(name).ifPresent(d -> all.put(name, d.manifest()));
    }
    for (String name : importedNames()) {
      findDataset(name).ifPresent(d -> all.put(name, d.manifest()));
    }
    return List.copyOf(all.values());
  }

  /** Checks every available dataset's tables against the checksums and row counts recorded. */
  public List<VerifyResult> verify() {
    List<VerifyResult> results = new ArrayList<>();
    TreeMap<String, Dataset> all = new TreeMap<>();
    for (String name : starter.names()) {
      try {
        starter.find(name).ifPresent(d -> all.put(name, d));
      } catch (RuntimeException e) {
        results.add(new VerifyResult(name, "starter", "", List.of(e.getMessage())));
      }
    }
    for (String name : importedNames()) {
      String version = currentVersion(name).orElse("");
      try {
        findDataset(name).ifPresent(d -> all.put(name, d));
      } catch (RuntimeException e) {
        all.remove(name);
        results.add(new VerifyResult(name, "imported", version, List.of(e.getMessage())));
      }
    }
    for (Dataset d : all.values()) {
      List<String> problems = new ArrayList<>();
      for (TableSpec t : d.manifest().tables()) {
        problems.addAll(checkTable(d.files(), t));
      }
      results.add(
          new VerifyResult(
              d.manifest().name(),
              d.manifest().origin(),
              currentVersion(d.manifest().name()).orElse(""),
              problems));
    }
    results.sort(Comparator.comparing(VerifyResult::name));
    return results;
  }

  private static List<String> checkTable(TableFiles files, TableSpec t) {
    try (InputStream raw = files.open(t.file());
        DigestInputStream in = new DigestInputStream(raw, MessageDigest.getInstance("SHA-256"))) {
      byte[] b = new byte[1 << 16];
      long lineBreaks = 0;
      long bytes = 0;
      for (int n; (n = in.read(b)) > 0; ) {
        bytes += n;
        for (int i = 0; i < n; i++) {
          if (b[i] == '\n') {
            lineBreaks++;
          }
        }
      }
      String sha = HexFormat.of().formatHex(in.getMessageDigest().digest());
      List<String> problems = new ArrayList<>();
      if (!sha.equals(t.sha256())) {
        problems.add(t.file() + ": checksum " + sha + " differs from the recorded " + t.sha256());
      }
      if (t.format().equals(TableSpec.COLUMNS)) {
        if (bytes != ColumnTable.expectedBytes(t)) {
          problems.add(
              t.file() + ": " + bytes + " bytes, " + ColumnTable.expectedBytes(t) + " expected");
        }
        return problems;
      }
      // one line per row plus the header, unless fields hold line breaks (then there are more)
      if (lineBreaks < t.rows() + 1) {
        problems.add(t.file() + ": " + (lineBreaks - 1) + " rows, " + t.rows() + " recorded");
      }
      return problems;
    } catch (IOException e) {
      return List.of(t.file() + ": " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The current version of every imported dataset, as {@code name=version;…}. It changes with every
   * import and reads only the small {@code CURRENT} files, so a server can tell cheaply whether
   * results it keeps are still current.
   */
  public String currentVersions() {
    StringBuilder b = new StringBuilder();
    for (String name : importedNames()) {
      b.append(name).append('=').append(currentVersion(name).orElse("")).append(';');
    }
    return b.toString();
  }

  private List<String> importedNames() {
    Path root = dataDir.resolve("datasets");
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> Files.exists(p.resolve("CURRENT")))
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<String> currentVersion(String name) {
    Path current = dataDir.resolve("datasets").resolve(name).resolve("CURRENT");
    if (!Files.exists(current)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(current, StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<Path> currentVersionDir(String name) {
    return currentVersion(name).map(v -> dataDir.resolve("datasets").resolve(name).resolve(v));
  }

  private static void pruneOldVersions(Path datasetDir, String current) throws IOException {
    List<Path> versions;
    try (Stream<Path> s = Files.list(datasetDir)) {
      versions =
          s.filter(Files::isDirectory)
              .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
              .toList();
    }
    int kept = 0;
    for (Path v : versions) {
      if (v.getFileName().toString().equals(current) || kept < VERSIONS_KEPT) {
        kept++;
        continue;
      }
      deleteRecursively(v);
    }
  }

  private static void requireName(String name) {
    if (name == null || !name.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
      throw new IllegalArgumentException(
          "dataset name must be 1-64 lower-case letters, digits, '.', '_' or '-': " + name);
    }
  }

  static void deleteRecursively(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(x);
      }
    }
  }
}

package org.chokepoint.data.mrio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.chokepoint.inputoutput.ExtensionResult;
import org.chokepoint.inputoutput.IoProgress;
import org.chokepoint.inputoutput.IoResult;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.Labels;
import org.chokepoint.inputoutput.matrix.DenseMatrix;

/**
 * Writes an {@link IoResult} as an MRIO folder in pymrio's CSV layout: at the top {@code x.csv}
 * (column {@code indout}), {@code Z.csv}, {@code Y.csv}, {@code A.csv}, {@code B.csv} and, when the
 * system was solved densely, {@code L.csv} and {@code G.csv}; per extension a subfolder with {@code
 * F.csv}, {@code F_Y.csv}, {@code S.csv}, {@code S_Y.csv}, {@code M.csv}, {@code M_down.csv}, the
 * four {@code D_*.csv} and the four {@code D_*_reg.csv}; and {@code README.txt} with the notes
 * given. The folder appears whole or not at all: it is written beside the target and renamed.
 */
public final class MrioFolderWriter {
  private MrioFolderWriter() {}

  /** What was written. */
  public record Summary(Path folder, List<String> files, boolean leontiefWritten) {}

  /** Fails early, before a long analysis, when {@code out} exists and may not be replaced. */
  public static void checkTarget(Path out, boolean replace) {
    if (Files.exists(out) && !replace) {
      throw new IllegalArgumentException(
          out + " exists; choose another folder or allow replacing it (--force)");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new IllegalArgumentException(out + " exists and is not a folder");
    }
  }

  public static Summary write(
      IoResult r, Path out, boolean replace, String readme, IoProgress progress) {
    Path target = out.toAbsolutePath().normalize();
    checkTarget(target, replace);
    try {
      Files.createDirectories(target.getParent());
      Path tmp =
          Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tmp-");
      try {
        List<String> files = writeAll(r, tmp, readme, progress);
        swapIn(tmp, target);
        return new Summary(target, files, r.dense());
      } finally {
        deleteTree(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> writeAll(IoResult r, Path dir, String readme, IoProgress progress)
      throws IOException {
    IoSystem s = r.system();
    Labels sec = s.sectors();
    List<String> files = new ArrayList<>();
    int total = 5 + (r.dense() ? 2 : 0) + 14 * r.extensions().size();
    Writer w = new Writer(dir, files, progress, total);
    w.table("x.csv", sec, Labels.of("", List.of("indout")), PandasCsvWriter.of(s.x()));
    w.table("Z.csv", sec, sec, PandasCsvWriter.of(s.z()));
    w.table("Y.csv", sec, s.finalDemand(), PandasCsvWriter.of(s.y()));
    w.table("A.csv", sec, sec, PandasCsvWriter.of(s.a()));
    w.table("B.csv", sec, sec, PandasCsvWriter.of(r.b()));
    if (r.dense()) {
      w.table("L.csv", sec, sec, PandasCsvWriter.of(r.l()));
      w.table("G.csv", sec, sec, PandasCsvWriter.of(r.g()));
    }
    Labels regions = Labels.of("region", s.regions());
    for (ExtensionResult e : r.extensions()) {
      String p = e.name() + "/";
      Files.createDirectories(dir.resolve(e.name()));
      var ext = s.findExtension(e.name()).orElseThrow();
      Labels st = e.stressors();
      w.table(p + "F.csv", st, sec, PandasCsvWriter.of(ext.f()));
      if (ext.fY() != null) {
        w.table(p + "F_Y.csv", st, s.finalDemand(), PandasCsvWriter.of(ext.fY()));
      }
      w.table(p + "S.csv", st, sec, PandasCsvWriter.of(e.s()));
      if (e.sY() != null) {
        w.table(p + "S_Y.csv", st, s.finalDemand(), PandasCsvWriter.of(e.sY()));
      }
      w.table(p + "M.csv", st, sec, PandasCsvWriter.of(e.m()));
      w.table(p + "M_down.csv", st, sec, PandasCsvWriter.of(e.mDown()));
      for (ExtensionResult.Named d : e.sectorAccounts()) {
        w.table(p + d.name() + ".csv", st, sec, PandasCsvWriter.of(d.matrix()));
      }
      for (ExtensionResult.Named d : e.regionAccounts()) {
        w.table(p + d.name() + ".csv", st, regions, PandasCsvWriter.of(d.matrix()));
      }
    }
    if (readme != null) {
      Files.writeString(dir.resolve("README.txt"), readme, StandardCharsets.UTF_8);
      files.add("README.txt");
    }
    return files;
  }

  private static void swapIn(Path tmp, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
      Files.delete(old);
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalArgumentException(target + " appeared while writing; nothing replaced");
    } catch (IOException e) {
      if (old != null) {
        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      }
      throw e;
    }
    if (old != null) {
      deleteTree(old);
    }
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(q);
      }
    }
  }

  /** Writes tables one by one, counting them for progress. */
  private static final class Writer {
    private final Path dir;
    private final List<String> files;
    private final IoProgress progress;
    private final int total;

    Writer(Path dir, List<String> files, IoProgress progress, int total) {
      this.dir = dir;
      this.files = files;
      this.progress = progress;
      this.total = total;
    }

    void table(String name, Labels rows, Labels cols, PandasCsvWriter.Values values) {
      PandasCsvWriter.write(dir.resolve(name), rows, cols, values);
      files.add(name);
      progress.report("writing " + name, files.size(), total);
    }
  }

  /** The top-level tables of a result folder, by name: x, Z, Y, A, B and, when dense, L and G. */
  public static final List<String> TOP_LEVEL = List.of("x", "Z", "Y", "A", "B", "L", "G");

  /**
   * One top-level table of a result ({@link #TOP_LEVEL}), the same CSV as its file in the folder.
   */
  public static void writeTable(IoResult r, String name, java.io.Writer w) {
    IoSystem s = r.system();
    Labels sec = s.sectors();
    if ((name.equals("L") || name.equals("G")) && !r.dense()) {
      throw new IllegalArgumentException(
          name + " is not formed: the system was solved by iteration without a dense inverse");
    }
    try {
      switch (name) {
        case "x" ->
            PandasCsvWriter.write(
                w, sec, Labels.of("", List.of("indout")), PandasCsvWriter.of(s.x()));
        case "Z" -> PandasCsvWriter.write(w, sec, sec, PandasCsvWriter.of(s.z()));
        case "Y" -> PandasCsvWriter.write(w, sec, s.finalDemand(), PandasCsvWriter.of(s.y()));
        case "A" -> PandasCsvWriter.write(w, sec, sec, PandasCsvWriter.of(s.a()));
        case "B" -> PandasCsvWriter.write(w, sec, sec, PandasCsvWriter.of(r.b()));
        case "L" -> PandasCsvWriter.write(w, sec, sec, PandasCsvWriter.of(r.l()));
        case "G" -> PandasCsvWriter.write(w, sec, sec, PandasCsvWriter.of(r.g()));
        default ->
            throw new IllegalArgumentException(
                "no table " + name + " (tables: " + String.join(", ", TOP_LEVEL) + ")");
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** For tests and callers that hold a matrix without an analysis. */
  static void writeMatrix(Path file, Labels rows, Labels cols, DenseMatrix m) {
    PandasCsvWriter.write(file, rows, cols, PandasCsvWriter.of(m));
  }
}

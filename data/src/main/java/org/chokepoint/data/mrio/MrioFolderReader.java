package org.chokepoint.data.mrio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.inputoutput.Extension;
import org.chokepoint.inputoutput.IoProgress;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.Labels;
import org.chokepoint.inputoutput.matrix.CsrMatrix;
import org.chokepoint.inputoutput.matrix.DenseMatrix;

/**
 * Reads an MRIO folder in pymrio's CSV layout into an {@link IoSystem}:
 *
 * <ul>
 *   <li>{@code Z.csv}: rows and columns (region, sector), the same labels in the same order;
 *   <li>{@code Y.csv}: rows as Z, columns (region, category);
 *   <li>extensions: each subfolder holding {@code F.csv} (rows: stressor labels, one or more
 *       levels; columns as Z) and optionally {@code F_Y.csv} (columns as Y), named after the
 *       subfolder; or {@code F.csv} / {@code F_Y.csv} at the top level, as in the validation
 *       folders, read as one extension named {@value #TOP_LEVEL_EXTENSION}.
 * </ul>
 *
 * Other files (x.csv, A.csv, … as pymrio also saves them) are ignored: x and A are recomputed.
 * Every mismatch is an {@link ImportException} naming file, line, column and reason.
 */
public final class MrioFolderReader {
  /** Name of the extension whose files lie at the top level of the folder. */
  public static final String TOP_LEVEL_EXTENSION = "extension";

  private MrioFolderReader() {}

  public static IoSystem read(Path folder) {
    return read(folder, IoProgress.NONE);
  }

  /** Reads the folder, reporting each file read to {@code progress}. */
  public static IoSystem read(Path folder, IoProgress progress) {
    if (!Files.isDirectory(folder)) {
      throw ImportException.ofFile(folder.toString(), "not a folder (expected an MRIO folder)");
    }
    Path zFile = folder.resolve("Z.csv");
    if (!Files.exists(zFile)) {
      throw ImportException.ofFile(
          zFile.toString(), "no such file (an MRIO folder in pymrio's layout has Z.csv, Y.csv)");
    }
    progress.report("reading Z.csv", 0, 1);
    ZReader z = new ZReader(zFile);
    progress.report("reading Z.csv", 1, 1);
    progress.report("reading Y.csv", 0, 1);
    Dense y =
        Dense.read(
            folder.resolve("Y.csv"),
            new PandasCsvReader.Shape(z.sectors.levels(), -1, -1),
            z.sectors);
    progress.report("reading Y.csv", 1, 1);
    if (y.columns.levels() < 2) {
      throw ImportException.ofFile(
          folder.resolve("Y.csv").toString(),
          "needs two column levels (region, category), found " + y.columns.levels());
    }
    List<Extension> extensions = new ArrayList<>();
    if (Files.exists(folder.resolve("F.csv")) || Files.exists(folder.resolve("F_Y.csv"))) {
      extensions.add(extension(folder, TOP_LEVEL_EXTENSION, z.sectors, y.columns));
    }
    for (Path sub : subfolders(folder)) {
      String name = sub.getFileName().toString();
      boolean f = Files.exists(sub.resolve("F.csv"));
      if (!f && Files.exists(sub.resolve("F_Y.csv"))) {
        throw ImportException.ofFile(sub.resolve("F.csv").toString(), "F_Y.csv without F.csv");
      }
      if (!f) {
        continue;
      }
      if (name.equals(TOP_LEVEL_EXTENSION) && !extensions.isEmpty()) {
        throw ImportException.ofFile(
            sub.toString(), "clashes with the extension whose files are at the top level");
      }
      progress.report("reading extension " + name, 0, 1);
      extensions.add(extension(sub, name, z.sectors, y.columns));
      progress.report("reading extension " + name, 1, 1);
    }
    try {
      return new IoSystem(z.sectors, y.columns, z.matrix, y.matrix, extensions);
    } catch (IllegalArgumentException e) {
      throw ImportException.ofFile(zFile.toString(), e.getMessage());
    }
  }

  private static Extension extension(Path dir, String name, Labels sectors, Labels demand) {
    Path fFile = dir.resolve("F.csv");
    Dense f =
        Dense.read(fFile, new PandasCsvReader.Shape(-1, sectors.levels(), sectors.size()), null);
    f.sameColumns(fFile, sectors, "Z.csv");
    DenseMatrix fy = null;
    Path fyFile = dir.resolve("F_Y.csv");
    if (Files.exists(fyFile)) {
      Dense d =
          Dense.read(fyFile, new PandasCsvReader.Shape(-1, demand.levels(), demand.size()), null);
      d.sameColumns(fyFile, demand, "Y.csv");
      if (!d.rows.tuples().equals(f.rows.tuples())) {
        throw ImportException.ofFile(
            fyFile.toString(), "rows (stressors) differ from those of " + fFile.getFileName());
      }
      fy = d.matrix;
    }
    return new Extension(name, f.rows, f.matrix, fy);
  }

  private static List<Path> subfolders(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Z.csv: square, sparse, column labels equal to row labels. */
  private static final class ZReader {
    final Labels sectors;
    final CsrMatrix matrix;

    ZReader(Path file) {
      List<CsrMatrix.Builder> holder = new ArrayList<>();
      PandasCsvReader.Table t =
          PandasCsvReader.read(
              file,
              new PandasCsvReader.Shape(-1, 0, -1),
              (row, rec, labels, values) -> {
                if (holder.isEmpty()) {
                  holder.add(new CsrMatrix.Builder(values.length, values.length));
                }
                if (row >= values.length) {
                  throw rec.error("more rows than columns: Z must be square");
                }
                CsrMatrix.Builder b = holder.get(0);
                for (int j = 0; j < values.length; j++) {
                  b.add(row, j, values[j]);
                }
              });
      int n = t.columns().size();
      if (t.rows().size() != n) {
        throw ImportException.ofFile(
            file.toString(), t.rows().size() + " rows for " + n + " columns: Z must be square");
      }
      if (t.columns().levels() < 2) {
        throw ImportException.ofFile(
            file.toString(),
            "needs two label levels (region, sector), found " + t.columns().levels());
      }
      for (int i = 0; i < n; i++) {
        if (!t.rows().tuple(i).equals(t.columns().tuple(i))) {
          throw new ImportException(
              file.toString(),
              t.headerLines() + 1L + i,
              1,
              "row "
                  + t.rows().joined(i)
                  + " where the columns have "
                  + t.columns().joined(i)
                  + " (Z needs the same labels in the same order on both axes)");
        }
      }
      this.sectors = new Labels(t.columns().levelNames(), t.columns().tuples());
      this.matrix = holder.isEmpty() ? new CsrMatrix.Builder(0, 0).build() : holder.get(0).build();
    }
  }
}

package org.chokepoint.data.bea;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chokepoint.data.text.ImportException;

/**
 * Reads BEA's Use and Make tables for one year and level into a single-region system under the
 * industry-technology assumption, as BEA derives its own requirements tables (Horowitz and
 * Planting, "Concepts and Methods of the U.S. Input-Output Accounts", BEA 2006/2009, ch. 12):
 *
 * <pre>
 *   B = U·diag(g)⁻¹          commodity-by-industry direct requirements
 *   D = V·diag(q)⁻¹          market shares (V the Make table with its scrap column set to 0)
 *   W = diag(1 − p)⁻¹·D      p_i = scrap made by industry i / g_i
 *   Z = W·U, Y = W·E         industry-by-industry flows and final demand
 * </pre>
 *
 * with U the intermediate Use (commodities × industries), E its final-use columns (imports
 * negative), g industry output and q commodity output (both as BEA publishes them). Then {@code x =
 * Z·1 + Y·1} equals g up to BEA's rounding, {@code A = Z·diag(x)⁻¹ = W·B} and {@code L = (I −
 * W·B)⁻¹} is BEA's industry-by-industry total requirements. Value added (rows V001…) becomes the
 * extension {@value BeaTables#VALUE_ADDED}.
 *
 * <p>Files, in {@code folder}: {@code IOUse_<R>_Redefinitions_PRO_*_<Level>.xlsx} and {@code
 * IOMake_<R>_Redefinitions_PRO_*_<Level>.xlsx}, R = Before (the default) or After, Level = Sector
 * (15 industries) or Summary (71), one sheet per year.
 */
public final class BeaIoReader {
  /** BEA's aggregation level. */
  public enum Level {
    SECTOR("Sector"),
    SUMMARY("Summary");

    final String file;

    Level(String file) {
      this.file = file;
    }
  }

  /** Which of BEA's two presentations: before or after redefinitions of secondary products. */
  public enum Redefinitions {
    BEFORE("Before"),
    AFTER("After");

    final String file;

    Redefinitions(String file) {
      this.file = file;
    }
  }

  private BeaIoReader() {}

  /** The tables before redefinitions. */
  public static BeaTables read(Path folder, int year, Level level) {
    return read(folder, year, level, Redefinitions.BEFORE);
  }

  public static BeaTables read(Path folder, int year, Level level, Redefinitions r) {
    Path use = find(folder, "IOUse_" + r.file + "_Redefinitions_PRO_*_" + level.file + ".xlsx");
    Path make = find(folder, "IOMake_" + r.file + "_Redefinitions_PRO_*_" + level.file + ".xlsx");
    String sheet = Integer.toString(year);
    for (Path p : List.of(use, make)) {
      List<String> sheets = XlsxSheet.sheetNames(p);
      if (!sheets.contains(sheet)) {
        throw ImportException.ofFile(
            p.toString(), "no sheet for " + year + "; the years are " + range(sheets));
      }
    }
    BeaSheet u = BeaSheet.of(XlsxSheet.read(use, sheet), "Commodities/Industries");
    BeaSheet m = BeaSheet.of(XlsxSheet.read(make, sheet), "Industries/Commodities");
    String what =
        String.format(
            Locale.ROOT,
            "US BEA input-output accounts, Use and Make tables %s redefinitions (producers'"
                + " prices), %s level, %d; files %s, %s; public domain (US government)",
            r.file.toLowerCase(Locale.ROOT),
            level.file,
            year,
            use.getFileName(),
            make.getFileName());
    return IndustryTechnology.build(u, m, what);
  }

  private static String range(List<String> sheets) {
    return sheets.isEmpty() ? "none" : sheets.get(0) + "–" + sheets.get(sheets.size() - 1);
  }

  private static Path find(Path folder, String glob) {
    if (!Files.isDirectory(folder)) {
      throw ImportException.ofFile(folder.toString(), "not a folder (expected the BEA tables)");
    }
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, glob)) {
      s.forEach(found::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (found.size() != 1) {
      throw ImportException.ofFile(
          folder.resolve(glob).toString(),
          found.isEmpty() ? "no such file" : "more than one file matches: " + found);
    }
    return found.get(0);
  }
}

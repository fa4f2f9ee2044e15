package org.chokepoint.data.bea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.inputoutput.IoAnalysis;
import org.chokepoint.inputoutput.IoResult;
import org.chokepoint.inputoutput.IoSystem;
import org.junit.jupiter.api.Test;

/**
 * The real BEA tables in {@code ../shared/data/bea-io} (skipped when absent). The folder has no
 * total requirements table, and its direct requirements table ({@code CxI_DR_…}) is BEA's
 * presentation after redefinitions while the Use and Make tables are before them; so the test
 * checks the system against BEA's published industry output and, loosely, the direct requirements
 * against that table. With the after-redefinitions Use and Make tables in the folder, the direct
 * requirements are compared exactly (to the table's 7 decimals).
 */
class BeaSharedDataTest {
  @Test
  void summary2023() {
    Path dir =
        SharedData.require("bea-io/IOUse_Before_Redefinitions_PRO_1997-2023_Summary.xlsx")
            .getParent();
    BeaTables t = BeaIoReader.read(dir, 2023, BeaIoReader.Level.SUMMARY);
    IoSystem s = t.system();
    assertThat(s.size()).isEqualTo(71);
    assertThat(s.finalDemand().size()).isEqualTo(20);
    assertThat(t.industryNames()).containsEntry("334", "Computer and electronic products");
    // x = Z·1 + Y·1 reproduces BEA's published industry output up to its rounding to $1 million
    assertThat(t.outputGap()).isLessThan(1e-4);
    IoResult r = IoAnalysis.analyze(s);
    double[] x = s.x();
    double[] lx = r.l().multiply(s.y().rowSums());
    for (int i = 0; i < x.length; i++) {
      assertThat(lx[i]).isCloseTo(x[i], within(1e-9 * x[i]));
      assertThat(r.l().get(i, i)).isGreaterThanOrEqualTo(1.0);
    }
    // value added per dollar of final demand: at most 1, less what leaks to scrap and
    // noncomparable imports
    double[] perDollar = r.extensions().get(0).m().columnSums();
    for (double v : perDollar) {
      assertThat(v).isBetween(0.85, 1.001);
    }
  }

  @Test
  void sector1997() {
    Path dir =
        SharedData.require("bea-io/IOUse_Before_Redefinitions_PRO_1997-2023_Sector.xlsx")
            .getParent();
    BeaTables t = BeaIoReader.read(dir, 1997, BeaIoReader.Level.SECTOR);
    assertThat(t.system().size()).isEqualTo(15);
    assertThat(t.outputGap()).isLessThan(1e-4);
  }

  /**
   * Before against after redefinitions: close on average, apart where BEA moves secondary products
   * between industries. A shifted or transposed read would be far off.
   */
  @Test
  void directRequirementsCloseToBeaTable() {
    double[] meanMax = compare("IOUse_Before_Redefinitions_PRO_1997-2023_Summary.xlsx");
    assertThat(meanMax[0]).isLessThan(1e-3);
    assertThat(meanMax[1]).isLessThan(0.05);
  }

  /** Exactly, to the table's 7 decimals, once the after-redefinitions Use table is there. */
  @Test
  void directRequirementsEqualBeaTableAfterRedefinitions() {
    SharedData.require("bea-io/IOUse_After_Redefinitions_PRO_1997-2023_Summary.xlsx");
    double[] meanMax = compare("IOUse_After_Redefinitions_PRO_1997-2023_Summary.xlsx");
    assertThat(meanMax[1]).isLessThan(5e-7);
  }

  /** Mean and largest |U/g − BEA's direct requirement| over all cells, year 2023. */
  private static double[] compare(String useFile) {
    Path dr = SharedData.require("bea-io/CxI_DR_1997-2023_Summary.xlsx");
    BeaSheet u =
        BeaSheet.of(
            XlsxSheet.read(dr.getParent().resolve(useFile), "2023"), "Commodities/Industries");
    BeaSheet d = BeaSheet.of(XlsxSheet.read(dr, "2023"), "Commodities/Industries");
    BeaSheet.Axis ind = u.columns(2);
    assertThat(d.columns(2).codes()).isEqualTo(ind.codes());
    List<Integer> rows = u.codedRows();
    List<Integer> drRows = d.codedRows();
    int g = u.rowNamed("Total Industry Output");
    double sum = 0;
    double max = 0;
    for (int k = 0; k < rows.size(); k++) {
      assertThat(d.code(drRows.get(k))).isEqualTo(u.code(rows.get(k)));
      for (int j = 0; j < ind.codes().size(); j++) {
        int c = ind.columns().get(j);
        double b = u.value(rows.get(k), c) / u.value(g, c);
        double diff = Math.abs(b - d.value(drRows.get(k), c));
        sum += diff;
        max = Math.max(max, diff);
      }
    }
    return new double[] {sum / (rows.size() * ind.codes().size()), max};
  }
}

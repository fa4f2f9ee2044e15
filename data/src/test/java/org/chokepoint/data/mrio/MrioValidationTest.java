package org.chokepoint.data.mrio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.inputoutput.ExtensionResult;
import org.chokepoint.inputoutput.IoAnalysis;
import org.chokepoint.inputoutput.IoOptions;
import org.chokepoint.inputoutput.IoProgress;
import org.chokepoint.inputoutput.IoResult;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.Labels;
import org.chokepoint.inputoutput.matrix.CsrMatrix;
import org.chokepoint.inputoutput.matrix.DenseMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * pymrio's own test numbers ({@code ../shared/data/validation/02_pymrio_small_mrio_2reg_3sec}, from
 * pymrio's tests/test_math.py): every expected file, labels and values, to 1e-10, except B, G and
 * M_down, which are given to 8 decimals (1e-8). Run with the dense inverse and with Gauss–Seidel.
 * Skipped when the shared data are absent.
 */
class MrioValidationTest {
  private static final String CASE = "validation/02_pymrio_small_mrio_2reg_3sec";

  @ParameterizedTest
  @EnumSource(
      value = IoOptions.Solver.class,
      names = {"DENSE", "ITERATIVE"})
  void case02EveryExpectedFile(IoOptions.Solver solver) {
    Path dir = SharedData.require(CASE);
    IoSystem s = MrioFolderReader.read(dir);
    IoResult r = new IoAnalysis(IoOptions.defaults().withSolver(solver)).run(s, IoProgress.NONE);
    Labels sec = s.sectors();
    List<String> checked = new ArrayList<>();
    expectColumn(dir.resolve("x.csv"), sec, s.x(), 1e-10);
    checked.add("x");
    expect(dir, "A", sec, sec, s.a().toDense(), 1e-10, checked);
    expect(dir, "B", sec, sec, r.b().toDense(), 1e-8, checked);
    if (solver == IoOptions.Solver.DENSE) {
      expect(dir, "L", sec, sec, r.l(), 1e-10, checked);
      expect(dir, "G", sec, sec, r.g(), 1e-8, checked);
    }
    expect(dir, "Z", sec, sec, s.z().toDense(), 0, checked);
    expect(dir, "Y", sec, s.finalDemand(), s.y(), 0, checked);
    ExtensionResult e = r.extensions().get(0);
    assertThat(e.name()).isEqualTo(MrioFolderReader.TOP_LEVEL_EXTENSION);
    Labels st = e.stressors();
    expect(dir, "F", st, sec, s.extensions().get(0).f(), 0, checked);
    expect(dir, "F_Y", st, s.finalDemand(), s.extensions().get(0).fY(), 0, checked);
    expect(dir, "S", st, sec, e.s(), 1e-10, checked);
    expect(dir, "S_Y", st, s.finalDemand(), e.sY(), 1e-10, checked);
    expect(dir, "M", st, sec, e.m(), 1e-10, checked);
    expect(dir, "M_down", st, sec, e.mDown(), 1e-8, checked);
    for (ExtensionResult.Named d : e.sectorAccounts()) {
      expect(dir, d.name(), st, sec, d.matrix(), 1e-10, checked);
    }
    assertThat(checked)
        .hasSize(solver == IoOptions.Solver.DENSE ? 17 : 15)
        .contains("D_cba", "D_pba", "D_imp", "D_exp");
    // pymrio's balance: ΣD_cba = ΣD_pba + ΣD_imp − ΣD_exp, per stressor, and per region with F_Y
    double[] cba = e.dCba().rowSums();
    double[] pba = e.dPba().rowSums();
    double[] imp = e.dImp().rowSums();
    double[] exp = e.dExp().rowSums();
    double[] cbaReg = e.dCbaReg().rowSums();
    double[] pbaReg = e.dPbaReg().rowSums();
    for (int k = 0; k < cba.length; k++) {
      assertThat(cba[k]).isCloseTo(pba[k] + imp[k] - exp[k], within(1e-10));
      assertThat(cbaReg[k])
          .isCloseTo(cba[k] + s.extensions().get(0).fY().rowSums()[k], within(1e-10));
      assertThat(cbaReg[k]).isCloseTo(pbaReg[k], within(1e-10));
    }
  }

  private static void expect(
      Path dir,
      String name,
      Labels rows,
      Labels cols,
      DenseMatrix actual,
      double tol,
      List<String> checked) {
    Path file = dir.resolve(name + ".csv");
    List<double[]> values = new ArrayList<>();
    PandasCsvReader.Table t =
        PandasCsvReader.read(
            file,
            new PandasCsvReader.Shape(-1, cols.levels(), cols.size()),
            (row, rec, labels, v) -> values.add(v.clone()));
    assertThat(t.rows().tuples()).as(name + " rows").isEqualTo(rows.tuples());
    assertThat(t.columns().tuples()).as(name + " columns").isEqualTo(cols.tuples());
    assertThat(t.columns().levelNames()).as(name + " column levels").isEqualTo(cols.levelNames());
    for (int i = 0; i < values.size(); i++) {
      assertThat(actual.row(i)).as(name + " row " + i).containsExactly(values.get(i), within(tol));
    }
    checked.add(name);
  }

  private static void expectColumn(Path file, Labels rows, double[] actual, double tol) {
    List<Double> v = new ArrayList<>();
    PandasCsvReader.Table t =
        PandasCsvReader.read(
            file, new PandasCsvReader.Shape(rows.levels(), 1, 1), (i, rec, l, x) -> v.add(x[0]));
    assertThat(t.rows().tuples()).isEqualTo(rows.tuples());
    assertThat(t.columns().tuple(0)).containsExactly("indout");
    for (int i = 0; i < actual.length; i++) {
      assertThat(actual[i]).isCloseTo(v.get(i), within(tol));
    }
  }

  /**
   * Miller and Blair (2009), tables 2.3/2.4, as pymrio's tests assert them: Z and f give x, A and
   * L; labour coefficients (0.3, 0.25) times the new output (1247.5, 1841.6) give the labour
   * totals. Relative tolerance 1e-5. The files have one label level, so the system is built here
   * with one region.
   */
  @org.junit.jupiter.api.Test
  void case01MillerBlair() {
    Path dir = SharedData.require("validation/01_miller_blair_2x2");
    DenseMatrix z = single(dir.resolve("Z.csv"));
    DenseMatrix fd = single(dir.resolve("fd.csv"));
    Labels sec =
        new Labels(
            List.of("region", "sector"), List.of(List.of("mb", "sec1"), List.of("mb", "sec2")));
    Labels fdl = new Labels(List.of("region", "category"), List.of(List.of("mb", "fi")));
    IoSystem s = new IoSystem(sec, fdl, CsrMatrix.of(z), fd, List.of());
    IoResult r = IoAnalysis.analyze(s);
    relative(s.x(), single(dir.resolve("x.csv")).data());
    relative(s.a().toDense().data(), single(dir.resolve("A.csv")).data());
    relative(r.l().data(), single(dir.resolve("L.csv")).data());
    double[] coeff = single(dir.resolve("labcoeff.csv")).data();
    double[] xNew = single(dir.resolve("xnew.csv")).data();
    double[] total = single(dir.resolve("labtot.csv")).data();
    relative(new double[] {coeff[0] * xNew[0], coeff[1] * xNew[1]}, total);
  }

  private static void relative(double[] actual, double[] expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < actual.length; i++) {
      assertThat(actual[i]).isCloseTo(expected[i], within(1e-5 * Math.abs(expected[i])));
    }
  }

  private static DenseMatrix single(Path file) {
    List<double[]> rows = new ArrayList<>();
    PandasCsvReader.read(
        file, new PandasCsvReader.Shape(1, 1, -1), (i, rec, l, v) -> rows.add(v.clone()));
    return DenseMatrix.of(rows.toArray(double[][]::new));
  }
}

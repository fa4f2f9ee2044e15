package org.chokepoint.data.bea;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.inputoutput.Extension;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.Labels;
import org.chokepoint.inputoutput.matrix.CsrMatrix;
import org.chokepoint.inputoutput.matrix.DenseMatrix;

/** Use and Make sheets → industry-by-industry system (the formulas are in {@link BeaIoReader}). */
final class IndustryTechnology {
  /** BEA's code of "Scrap, used and secondhand goods"; in the Make table, scrap only. */
  static final String SCRAP = "Used";

  private static final Pattern VALUE_ADDED = Pattern.compile("V\\d{3}");

  private IndustryTechnology() {}

  static BeaTables build(BeaSheet u, BeaSheet m, String source) {
    BeaSheet.Axis ind = u.columns(2);
    BeaSheet.Axis fd = u.columns(ind.end() + 1);
    List<Integer> comRows = u.codedRows();
    List<String> com = new ArrayList<>();
    comRows.forEach(r -> com.add(u.code(r)));
    BeaSheet.Axis makeCom = m.columns(2);
    List<Integer> makeRows = m.codedRows();
    List<String> makeInd = new ArrayList<>();
    makeRows.forEach(r -> makeInd.add(m.code(r)));
    if (!makeInd.equals(ind.codes())) {
      throw m.sheet.error(
          makeRows.get(0), 0, "the Make table's industries differ from the Use table's");
    }
    if (!makeCom.codes().equals(com)) {
      throw m.sheet.error(m.codeRow, 2, "the Make table's commodities differ from the Use table's");
    }
    int n = ind.codes().size();
    int nc = com.size();
    int nf = fd.codes().size();
    double[][] use = new double[nc][n];
    double[][] fin = new double[nc][nf];
    for (int k = 0; k < nc; k++) {
      for (int j = 0; j < n; j++) {
        use[k][j] = u.value(comRows.get(k), ind.columns().get(j));
      }
      for (int c = 0; c < nf; c++) {
        fin[k][c] = u.value(comRows.get(k), fd.columns().get(c));
      }
    }
    int gCol = m.columnNamed("Total Industry Output");
    int qRow = m.rowNamed("Total Commodity Output");
    double[] g = new double[n];
    double[] q = new double[nc];
    double[][] v = new double[n][nc];
    for (int i = 0; i < n; i++) {
      g[i] = m.value(makeRows.get(i), gCol);
      for (int k = 0; k < nc; k++) {
        v[i][k] = m.value(makeRows.get(i), makeCom.columns().get(k));
      }
    }
    for (int k = 0; k < nc; k++) {
      q[k] = m.value(qRow, makeCom.columns().get(k));
    }
    double[][] w = transformation(v, g, q, com.indexOf(SCRAP), m);
    DenseMatrix z = DenseMatrix.of(multiply(w, use));
    DenseMatrix y = DenseMatrix.of(multiply(w, fin));
    List<Integer> vaRows = u.rowsWithCode(VALUE_ADDED);
    double[][] va = new double[vaRows.size()][n];
    List<List<String>> vaLabels = new ArrayList<>();
    for (int e = 0; e < vaRows.size(); e++) {
      vaLabels.add(List.of(u.code(vaRows.get(e)), u.name(vaRows.get(e))));
      for (int j = 0; j < n; j++) {
        va[e][j] = u.value(vaRows.get(e), ind.columns().get(j));
      }
    }
    List<List<String>> sec = new ArrayList<>();
    ind.codes().forEach(c -> sec.add(List.of(BeaTables.REGION, c)));
    List<List<String>> cat = new ArrayList<>();
    fd.codes().forEach(c -> cat.add(List.of(BeaTables.REGION, c)));
    Extension valueAdded =
        new Extension(
            BeaTables.VALUE_ADDED,
            new Labels(List.of("component", "name"), vaLabels),
            DenseMatrix.of(va),
            null);
    IoSystem system =
        new IoSystem(
            new Labels(List.of("region", "sector"), sec),
            new Labels(List.of("region", "category"), cat),
            CsrMatrix.of(z),
            y,
            vaRows.isEmpty() ? List.of() : List.of(valueAdded));
    double gap = 0;
    double[] x = system.x();
    for (int i = 0; i < n; i++) {
      if (g[i] != 0) {
        gap = Math.max(gap, Math.abs(x[i] - g[i]) / Math.abs(g[i]));
      }
    }
    return new BeaTables(system, names(ind), names(fd), source, gap);
  }

  /** {@code W = diag(1 − p)⁻¹·V'·diag(q)⁻¹}, V' without the scrap column. */
  private static double[][] transformation(
      double[][] v, double[] g, double[] q, int scrap, BeaSheet m) {
    int n = g.length;
    int nc = q.length;
    double[][] w = new double[n][nc];
    for (int i = 0; i < n; i++) {
      double s = scrap < 0 ? 0 : v[i][scrap];
      if (g[i] == 0 && s != 0) {
        throw ImportException.ofFile(m.sheet.name(), "an industry without output makes scrap");
      }
      double nonScrap = g[i] == 0 ? 1 : 1 - s / g[i];
      if (!(nonScrap > 0)) {
        throw ImportException.ofFile(m.sheet.name(), "an industry's output is all scrap");
      }
      for (int k = 0; k < nc; k++) {
        if (k != scrap && q[k] != 0) {
          w[i][k] = v[i][k] / q[k] / nonScrap;
        }
      }
    }
    return w;
  }

  private static double[][] multiply(double[][] a, double[][] b) {
    int n = a.length;
    int inner = b.length;
    int cols = inner == 0 ? 0 : b[0].length;
    double[][] out = new double[n][cols];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < inner; k++) {
        double f = a[i][k];
        if (f != 0) {
          for (int j = 0; j < cols; j++) {
            out[i][j] += f * b[k][j];
          }
        }
      }
    }
    return out;
  }

  private static Map<String, String> names(BeaSheet.Axis axis) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < axis.codes().size(); i++) {
      m.put(axis.codes().get(i), axis.names().get(i) == null ? "" : axis.names().get(i));
    }
    return m;
  }
}

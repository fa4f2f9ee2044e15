package org.chokepoint.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of protect, the release gate and the two audit methods on random microdata. */
class ProtectPropertiesTest {
  private static List<Contribution> random(long seed, int dims, int rows, int cats, int groups) {
    Random r = new Random(seed);
    List<Contribution> out = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      List<String> coords = new ArrayList<>();
      for (int d = 0; d < dims; d++) {
        coords.add("k" + r.nextInt(cats));
      }
      double v = r.nextInt(4) == 0 ? r.nextInt(1000) : 1 + r.nextInt(50);
      String g = groups > 0 && r.nextBoolean() ? "g" + r.nextInt(groups) : null;
      out.add(new Contribution(coords, v, "f" + r.nextInt(rows), g));
    }
    return out;
  }

  private static List<String> dims(int n) {
    List<String> d = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      d.add("d" + i);
    }
    return d;
  }

  /**
   * Any table protect releases lets the audit — run from the published cells alone, totals of
   * suppressed cells hidden — recompute no suppressed cell, and every primary cell's interval
   * covers [x − lower level, x + upper level] (tolerance 1e-7 of the table scale).
   */
  @Property(tries = 100)
  void releasedTablesProtectEveryPrimaryCell(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int n,
      @ForAll @IntRange(min = 1, max = 150) int rows,
      @ForAll @IntRange(min = 2, max = 7) int cats) {
    List<Contribution> data = random(seed, n, rows, cats, 3);
    ProtectedTable t =
        DisclosureControl.protect(dims(n), data, Rules.parse("freq:n=3;nk:n=2,k=80;p:p=10"), true);
    Release release = Release.of(t);
    List<CellInterval> audit = IntervalAudit.audit(dims(n), release.publishedCells());
    double scale = t.cells().get(t.cells().size() - 1).total();
    double tol = 1e-7 * Math.max(1, scale);
    int i = 0;
    for (Cell c : t.cells()) {
      if (!c.status().suppressed()) {
        continue;
      }
      CellInterval iv = audit.get(i++);
      assertThat(iv.coordinates()).isEqualTo(c.coordinates());
      assertThat(iv.exact()).as("%s exact", c).isFalse();
      assertThat(iv.lower()).isLessThanOrEqualTo(c.total() + tol);
      assertThat(iv.upper()).isGreaterThanOrEqualTo(c.total() - tol);
      if (c.status() == CellStatus.PRIMARY) {
        double[] levels = t.protectionLevels(c.coordinates());
        assertThat(iv.upper())
            .as("%s upper", c)
            .isGreaterThanOrEqualTo(c.total() + levels[1] - tol);
        assertThat(iv.lower()).as("%s lower", c).isLessThanOrEqualTo(c.total() - levels[0] + tol);
      }
    }
  }

  /**
   * The circulation audit of a 2-D table and the LP audit of the same table with a third dimension
   * of one category (whose margins repeat the cells) agree on random suppressions.
   */
  @Property(tries = 80)
  void circulationAndLpAuditsAgree(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 5) int rows,
      @ForAll @IntRange(min = 1, max = 5) int cols) {
    Random r = new Random(seed);
    double[][] x = new double[rows][cols];
    java.util.Set<String> sup = new java.util.HashSet<>();
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        x[i][j] = r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(100);
        if (r.nextInt(3) == 0) {
          sup.add((i + 1) + "," + (j + 1));
        }
      }
    }
    if (r.nextBoolean()) {
      sup.add("1,0");
    }
    List<Cell> two = Tables.matrix(x, sup);
    List<Cell> three = new ArrayList<>();
    for (Cell c : two) {
      for (String z : List.of("z", Cell.TOTAL)) {
        List<String> co = List.of(c.coordinates().get(0), c.coordinates().get(1), z);
        three.add(new Cell(co, c.contributors(), c.total(), c.status()));
      }
    }
    List<CellInterval> a = IntervalAudit.audit(List.of("r", "c"), two);
    List<CellInterval> b = IntervalAudit.audit(List.of("r", "c", "z"), three);
    for (CellInterval iv : a) {
      List<String> co = List.of(iv.coordinates().get(0), iv.coordinates().get(1), "z");
      CellInterval other = b.stream().filter(o -> o.coordinates().equals(co)).findFirst().get();
      assertThat(other.lower()).isCloseTo(iv.lower(), org.assertj.core.data.Offset.offset(1e-6));
      if (Double.isInfinite(iv.upper())) {
        assertThat(other.upper()).isInfinite();
      } else {
        assertThat(other.upper()).isCloseTo(iv.upper(), org.assertj.core.data.Offset.offset(1e-6));
      }
      assertThat(other.exact()).isEqualTo(iv.exact());
    }
  }
}

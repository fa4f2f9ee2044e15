package org.chokepoint.data.mrio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.inputoutput.iim.DynamicIim;
import org.chokepoint.inputoutput.iim.IimRecovery;
import org.chokepoint.inputoutput.iim.IimShock;
import org.chokepoint.inputoutput.iim.IimTrajectory;
import org.chokepoint.inputoutput.iim.InterdependencyIndices;
import org.chokepoint.inputoutput.iim.InterdependencyMatrix;
import org.chokepoint.inputoutput.iim.StaticIim;
import org.chokepoint.inputoutput.matrix.DenseMatrix;
import org.junit.jupiter.api.Test;

/**
 * Every case of {@code ../shared/data/validation/04_iim_haimes_jiang/iim_cases.json} (Haimes and
 * Jiang 2001, Lian and Haimes 2006, Xu et al. 2011, via the stigrs/iim and stigrs/diim test suites)
 * at the tolerance the case states; where the file also gives numpy's figures, those are matched to
 * 1e-6. Skipped when the shared data are absent.
 */
class IimValidationTest {
  private static final Pattern PERTURB =
      Pattern.compile("c\\*_(\\w+)=([0-9.]+) for k in \\[(\\d+),(\\d+)\\]");

  private static List<JsonNode> cases() throws IOException {
    Path f = SharedData.require("validation/04_iim_haimes_jiang/iim_cases.json");
    List<JsonNode> all = new ArrayList<>();
    new ObjectMapper().readTree(f.toFile()).forEach(all::add);
    return all;
  }

  @Test
  void everyCase() throws IOException {
    List<String> done = new ArrayList<>();
    for (JsonNode c : cases()) {
      String kind = c.get("kind").asText();
      if (kind.equals("static_demand_iim")) {
        staticCase(c);
      } else if (kind.startsWith("tech_coeff_and_supply_side")) {
        supplySide(c);
      } else if (kind.startsWith("nth_order_interdependency")) {
        interdependency(c);
      } else if (kind.equals("dynamic IIM")) {
        dynamic(c);
      } else {
        throw new AssertionError("unknown case kind " + kind);
      }
      done.add(c.get("id").asText());
    }
    assertThat(done)
        .containsExactly(
            "iim1",
            "iim2",
            "iim3",
            "iim_lian2006",
            "xu2011_supply",
            "diim_interdep_index",
            "diim_dynamic");
  }

  private static void staticCase(JsonNode c) {
    double[] q = StaticIim.solve(matrix(c.get("Astar")), vector(c.get("cstar"))).inoperability();
    double tol = c.get("tol_abs").asDouble();
    assertThat(q)
        .as(c.get("id").asText())
        .containsExactly(vector(c.get("expected_q")), within(tol));
    assertThat(q)
        .as("numpy " + c.get("id"))
        .containsExactly(vector(c.get("numpy_q")), within(1e-6));
  }

  private static void supplySide(JsonNode c) {
    DenseMatrix z = matrix(c.get("Z"));
    double[] x = vector(c.get("x"));
    double tol = c.get("tol_abs").asDouble();
    DenseMatrix a = InterdependencyMatrix.technical(z, x);
    assertThat(a.data()).containsExactly(matrix(c.get("expected_A")).data(), within(tol));
    assertThat(a.data()).containsExactly(matrix(c.get("numpy_A")).data(), within(1e-4));
    DenseMatrix supply = InterdependencyMatrix.supplySide(z, x);
    assertThat(supply.data())
        .containsExactly(matrix(c.get("expected_Astar_supply")).data(), within(tol));
  }

  private static void interdependency(JsonNode c) {
    DenseMatrix a = matrix(c.get("Astar"));
    List<String> sectors = strings(c.get("sectors"));
    double tol = c.get("tol_abs").asDouble();
    Pattern key = Pattern.compile("\\((\\w+),(\\w+),n=(\\d+)\\)");
    c.get("expected")
        .fields()
        .forEachRemaining(
            e -> {
              Matcher m = key.matcher(e.getKey());
              assertThat(m.matches()).isTrue();
              DenseMatrix p = InterdependencyIndices.power(a, Integer.parseInt(m.group(3)));
              double v = p.get(sectors.indexOf(m.group(1)), sectors.indexOf(m.group(2)));
              assertThat(v).as(e.getKey()).isCloseTo(e.getValue().asDouble(), within(tol));
            });
    List<InterdependencyIndices.Strongest> top = InterdependencyIndices.strongestPerRow(a, 3);
    JsonNode expected = c.get("expected_rowmax_n3");
    for (int i = 0; i < expected.size(); i++) {
      JsonNode row = expected.get(i);
      assertThat(sectors.get(top.get(i).row())).isEqualTo(row.get(0).asText());
      assertThat(sectors.get(top.get(i).column())).isEqualTo(row.get(1).asText());
      assertThat(top.get(i).value()).isCloseTo(row.get(2).asDouble(), within(tol));
    }
  }

  private static void dynamic(JsonNode c) {
    DenseMatrix a = matrix(c.get("Astar"));
    double[] k = vector(c.get("K"));
    int steps = c.get("T").asInt();
    List<String> sectors = List.of("Sector1", "Sector2");
    // case 10: a constant perturbation; the last row is the static solution to 1e-6
    IimTrajectory t10 = run(a, k, steps, c.get("case10").get("perturb").asText(), sectors);
    double[] stat = StaticIim.solve(a, shockVector(c.get("case10"), sectors)).inoperability();
    assertThat(t10.q()[steps - 1]).containsExactly(stat, within(1e-6));
    assertThat(t10.q()[steps - 1])
        .containsExactly(vector(c.get("case10").get("numpy_qT")), within(1e-9));
    // case 12: a window [0, 30], inclusive; the impact integral by the trapezoid rule with t = 0
    JsonNode c12 = c.get("case12");
    IimTrajectory t12 = run(a, k, steps, c12.get("perturb").asText(), sectors);
    assertThat(t12.impact())
        .containsExactly(
            vector(c12.get("expected_impact_trapz")), within(c12.get("tol_abs").asDouble()));
    assertThat(t12.impact()).containsExactly(vector(c12.get("numpy_impact")), within(1e-9));
    // case 11: recovery q(t) = expm(−t·K·(I − A*))·q0 from q0 = (0, 0.1): q(99) ~ 0 within 1e-6
    IimTrajectory t11 = IimRecovery.continuous(a, k, new double[] {0, 0.1}, steps);
    for (double v : t11.q()[99]) {
      assertThat(v).isBetween(0.0, 1e-6);
    }
    assertThat(t11.q()[0]).containsExactly(0, 0.1);
  }

  private static IimTrajectory run(
      DenseMatrix a, double[] k, int steps, String perturb, List<String> sectors) {
    Matcher m = PERTURB.matcher(perturb);
    assertThat(m.find()).as(perturb).isTrue();
    IimShock shock =
        new IimShock(
            sectors.indexOf(m.group(1)),
            Double.parseDouble(m.group(2)),
            Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4)));
    return DynamicIim.run(a, k, new double[sectors.size()], List.of(shock), steps);
  }

  private static double[] shockVector(JsonNode c, List<String> sectors) {
    Matcher m = PERTURB.matcher(c.get("perturb").asText());
    assertThat(m.find()).isTrue();
    double[] v = new double[sectors.size()];
    v[sectors.indexOf(m.group(1))] = Double.parseDouble(m.group(2));
    return v;
  }

  private static DenseMatrix matrix(JsonNode rows) {
    double[][] m = new double[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      m[i] = vector(rows.get(i));
    }
    return DenseMatrix.of(m);
  }

  private static double[] vector(JsonNode v) {
    double[] d = new double[v.size()];
    for (int i = 0; i < v.size(); i++) {
      d[i] = v.get(i).asDouble();
    }
    return d;
  }

  private static List<String> strings(JsonNode v) {
    List<String> s = new ArrayList<>();
    v.forEach(n -> s.add(n.asText()));
    return s;
  }
}

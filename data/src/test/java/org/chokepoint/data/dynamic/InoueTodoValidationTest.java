package org.chokepoint.data.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.inputoutput.IoProgress;
import org.chokepoint.inputoutput.dynamic.CapacityShock;
import org.chokepoint.inputoutput.dynamic.FirmNetwork;
import org.chokepoint.inputoutput.dynamic.FirmParameters;
import org.chokepoint.inputoutput.dynamic.FirmSimulation;
import org.chokepoint.inputoutput.dynamic.FirmTrajectory;
import org.junit.jupiter.api.Test;

/**
 * {@code ../shared/data/validation/06_inoue_todo_pronet_toy}: the numbers of Inoue and Todo's
 * ProductionNetworkSimulator on two firms in a loop, firm 1 losing 10 % of its capacity at t = 0,
 * rationing "lower tier has priority", target inventory 15 days, τ = 6; without recovery and with a
 * proportional recovery over 20 days. Total production and final consumption of all 40 days and the
 * pre-shock row (t = −1) at 1e-9, as the case's README states. The links are read into the generic
 * layout (supplier, customer, product, amount), the product being the supplier's sector from {@code
 * aff3.txt}. Skipped when the shared data are absent.
 */
class InoueTodoValidationTest {
  private static final String DIR = "validation/06_inoue_todo_pronet_toy";

  @Test
  void bothRunsMatchAt1e9() throws IOException {
    Path dir = SharedData.require(DIR);
    Map<String, Integer> firms = new LinkedHashMap<>();
    Map<String, Double> output = new HashMap<>();
    for (String[] r : records(dir.resolve("toyPiniVector.txt"))) {
      firms.put(r[0], firms.size());
      output.put(r[0], Double.parseDouble(r[1]));
    }
    int n = firms.size();
    double[] x0 = new double[n];
    double[] c = new double[n];
    output.forEach((f, v) -> x0[firms.get(f)] = v);
    for (String[] r : records(dir.resolve("toyCVector.txt"))) {
      c[firms.get(r[0])] = Double.parseDouble(r[1]);
    }
    Map<String, Integer> sectorOfFirm = new HashMap<>();
    Map<String, Integer> sectors = new LinkedHashMap<>();
    for (String[] r : records(dir.resolve("aff3.txt"))) {
      sectors.putIfAbsent(r[1], sectors.size());
      sectorOfFirm.put(r[0], sectors.get(r[1]));
    }
    List<String[]> lines = records(dir.resolve("toyATableLine.txt"));
    int m = lines.size();
    int[] sup = new int[m];
    int[] cus = new int[m];
    int[] prod = new int[m];
    double[] amt = new double[m];
    for (int l = 0; l < m; l++) {
      String[] r = lines.get(l);
      sup[l] = firms.get(r[0]);
      cus[l] = firms.get(r[1]);
      prod[l] = sectorOfFirm.get(r[0]);
      amt[l] = Double.parseDouble(r[2]);
    }
    FirmNetwork net = FirmNetwork.of(x0, c, sup, cus, prod, amt);
    List<String[]> delta = records(dir.resolve("toyDelta01.txt"));
    assertThat(delta).hasSize(1);
    int firm = firms.get(delta.get(0)[0]);
    double loss = Double.parseDouble(delta.get(0)[1]);

    List<String> expected = Files.readAllLines(dir.resolve("expected_trajectories.csv"));
    assertThat(expected.get(0))
        .isEqualTo(
            "t,total_production_no_recovery,total_final_consumption_no_recovery,"
                + "total_production_recovery_c20,total_final_consumption_recovery_c20");
    int days = expected.size() - 2;
    assertThat(days).isEqualTo(40);
    FirmTrajectory none =
        FirmSimulation.run(
            net,
            FirmParameters.INOUE_TODO,
            List.of(new CapacityShock(firm, loss, 0, 0)),
            days,
            IoProgress.NONE);
    FirmTrajectory rec =
        FirmSimulation.run(
            net,
            FirmParameters.INOUE_TODO,
            List.of(new CapacityShock(firm, loss, 0, 20)),
            days,
            IoProgress.NONE);
    for (int k = 1; k < expected.size(); k++) {
      String[] e = expected.get(k).split(",");
      int row = k - 1; // t = k − 2
      assertThat(Integer.parseInt(e[0])).isEqualTo(row - 1);
      String at = "t = " + e[0];
      assertThat(none.production()[row]).as(at).isCloseTo(Double.parseDouble(e[1]), within(1e-9));
      assertThat(none.finalConsumption()[row])
          .as(at)
          .isCloseTo(Double.parseDouble(e[2]), within(1e-9));
      assertThat(rec.production()[row]).as(at).isCloseTo(Double.parseDouble(e[3]), within(1e-9));
      assertThat(rec.finalConsumption()[row])
          .as(at)
          .isCloseTo(Double.parseDouble(e[4]), within(1e-9));
    }
    // the end states of stats_*.txt: production and value added (here equal to final consumption)
    assertThat(none.production()[days]).isCloseTo(stat(dir, "stats_no_recovery.txt"), within(1e-9));
    assertThat(rec.production()[days]).isCloseTo(stat(dir, "stats_recovery_c20.txt"), within(1e-9));
  }

  private static double stat(Path dir, String file) throws IOException {
    for (String[] r : records(dir.resolve(file))) {
      if (r[0].equals("totalPactutalEnd")) {
        return Double.parseDouble(r[1]);
      }
    }
    throw new AssertionError("no totalPactutalEnd in " + file);
  }

  private static List<String[]> records(Path f) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(f)) {
      if (!line.isBlank()) {
        out.add(line.strip().split("\\s+"));
      }
    }
    return out;
  }
}

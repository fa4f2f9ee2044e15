package org.chokepoint.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Set;
import org.chokepoint.data.bea.BeaIoReader;
import org.chokepoint.data.bea.BeaTables;
import org.chokepoint.data.testing.SharedData;
import org.chokepoint.inputoutput.IoSystem;
import org.junit.jupiter.api.Test;

/**
 * The tables shipped in the jar: the SYNTHETIC two-sector table as ArioTest works it out by hand,
 * and the BEA 2023 summary table equal to what BeaIoReader reads from BEA's own files (when the
 * shared data are present), so the examples give the same figures as on the published tables.
 */
class BuiltinTablesTest {
  @Test
  void twoSectorTableIsTheHandMadeOne() {
    Simulation.Table t = BuiltinTables.table("two-sector");
    IoSystem s = t.system();
    assertThat(s.size()).isEqualTo(2);
    // x = Z·1 + Y·1: s1 10,950 + 25,550 = 36,500; s2 21,900 (a year of 100 and 60 a day)
    assertThat(s.x()[0]).isEqualTo(36_500);
    assertThat(s.x()[1]).isEqualTo(21_900);
    assertThat(BuiltinTables.about("two-sector").synthetic()).isTrue();
    assertThat(t.source()).contains("SYNTHETIC");
  }

  @Test
  void unknownTableNamesTheKnownOnes() {
    assertThatThrownBy(() -> BuiltinTables.table("../../etc/passwd"))
        .hasMessageContaining("no built-in table")
        .hasMessageContaining("bea-us-2023-summary");
  }

  @Test
  void beaTableEqualsBeasOwnFiles() {
    Path dir = SharedData.require("bea-io");
    SharedData.require("bea-io/IOUse_Before_Redefinitions_PRO_1997-2023_Summary.xlsx");
    BeaTables bea =
        BeaIoReader.read(dir, 2023, BeaIoReader.Level.SUMMARY, BeaIoReader.Redefinitions.BEFORE);
    IoSystem expected = bea.system();
    Simulation.Table t = BuiltinTables.table("bea-us-2023-summary");
    IoSystem got = t.system();
    assertThat(got.size()).isEqualTo(expected.size());
    assertThat(got.finalDemand().size()).isEqualTo(expected.finalDemand().size());
    for (int i = 0; i < got.size(); i++) {
      assertThat(got.sectors().joined(i)).isEqualTo(expected.sectors().joined(i));
      // written with full double precision: the same numbers
      assertThat(got.x()[i]).isCloseTo(expected.x()[i], within(1e-9 * expected.x()[i] + 1e-9));
      for (int j = 0; j < got.size(); j++) {
        assertThat(got.z().get(i, j)).isEqualTo(expected.z().get(i, j));
      }
      for (int c = 0; c < got.finalDemand().size(); c++) {
        assertThat(got.y().get(i, c)).isEqualTo(expected.y().get(i, c));
      }
    }
    assertThat(t.names()).containsAllEntriesOf(bea.industryNames());
    assertThat(t.defaultImports()).containsExactly("F050");
  }

  @Test
  void examplesParseAndNameBuiltInTables() {
    for (ScenarioExamples.Example e : ScenarioExamples.list()) {
      assertThat(e.description()).isNotBlank();
      Scenario sc = Scenario.parse(e.text(), e.name());
      if (e.model().equals("firm")) {
        BuiltinTables.Network net = BuiltinTables.network(e.dataset());
        assertThat(
                Simulation.plan(
                    sc, net.loaded(), net.source(), net.provenance(), g -> Set.of(), e.name()))
            .isNotNull();
      } else {
        assertThat(BuiltinTables.names()).contains(e.dataset());
        assertThat(Simulation.plan(sc, BuiltinTables.table(e.dataset()), g -> Set.of(), e.name()))
            .isNotNull();
      }
    }
  }
}

package org.chokepoint.inputoutput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Merging the two regions of {@link IoAnalysisTest#twoRegions()} into one. */
class AggregationTest {
  @Test
  void mergingRegionsSumsFlowsDemandAndStressors() {
    IoSystem s = Aggregation.of(IoAnalysisTest.twoRegions(), Map.of("R1", "W", "R2", "W"), null);
    assertThat(s.regions()).containsExactly("W");
    assertThat(s.size()).isEqualTo(1);
    assertThat(s.z().toDense().data()).containsExactly(80); // 10 + 20 + 30 + 20
    assertThat(s.y().data()).containsExactly(120); // both final-demand columns become (W, fd)
    assertThat(s.finalDemand().tuple(0)).containsExactly("W", "fd");
    Extension e = s.extensions().get(0);
    assertThat(e.f().data()).containsExactly(15);
    assertThat(e.fY().data()).containsExactly(5);
    ExtensionResult r = IoAnalysis.analyze(s).extensions().get(0);
    // x = 200, A = 0.4, L = 1/0.6; M = (15/200)/0.6 = 0.125; D_cba = 0.125·120 = 15
    assertThat(r.dCba().data()[0]).isCloseTo(15, within(1e-12));
    assertThat(r.dImp().data()[0]).isZero();
  }

  @Test
  void renamingSectorsKeepsRegions() {
    IoSystem s = Aggregation.of(IoAnalysisTest.twoRegions(), null, Map.of("s", "all"));
    assertThat(s.sectors().tuples()).containsExactly(List.of("R1", "all"), List.of("R2", "all"));
  }

  @Test
  void concordanceMustCoverEveryLabelAndNoOther() {
    assertThatThrownBy(() -> Aggregation.of(IoAnalysisTest.twoRegions(), Map.of("R1", "W"), null))
        .hasMessageContaining("region R2 is not in the concordance");
    assertThatThrownBy(
            () -> Aggregation.of(IoAnalysisTest.twoRegions(), null, Map.of("s", "x", "t", "y")))
        .hasMessageContaining("names sector t");
  }
}

package org.chokepoint.data.bea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.inputoutput.IoSystem;
import org.junit.jupiter.api.Test;

/**
 * The industry-technology system of the hand-made workbooks in {@code fixtures/bea/small}:
 *
 * <pre>
 * Use       I1   I2 | F010  F050      Make   C1   C2  Used | g
 * C1        10   20 |   80   −10      I1     90   10     0 | 100
 * C2         5   15 |  180     0      I2     10  190     5 | 205
 * Used       1    2 |    2     0      q     100  200     5
 * </pre>
 *
 * D = V'/q: I1 (0.9, 0.05), I2 (0.1, 0.95); p = (0, 5/205), so W's I2 row is D's times 205/200 =
 * (0.1025, 0.97375); the Used column of W is 0. Z = W·U: [[9.25, 18.75], [5.89375, 16.65625]]; Y =
 * W·E: [[81, −9], [183.475, −1.025]]; x = Z·1 + Y·1 = (100, 205), BEA's g exactly.
 */
class BeaIoReaderTest {
  private static final Offset<Double> CLOSE = within(1e-12);

  @Test
  void industryTechnologySystemByHand() {
    BeaTables t = BeaIoReader.read(Fixtures.path("bea/small"), 2023, BeaIoReader.Level.SUMMARY);
    IoSystem s = t.system();
    assertThat(s.regions()).containsExactly("US");
    assertThat(s.sectors().tuples()).containsExactly(List.of("US", "I1"), List.of("US", "I2"));
    assertThat(s.finalDemand().tuples())
        .containsExactly(List.of("US", "F010"), List.of("US", "F050"));
    assertThat(s.z().toDense().data())
        .containsExactly(new double[] {9.25, 18.75, 5.89375, 16.65625}, CLOSE);
    assertThat(s.y().data()).containsExactly(new double[] {81, -9, 183.475, -1.025}, CLOSE);
    assertThat(s.x()).containsExactly(new double[] {100, 205}, CLOSE);
    assertThat(t.outputGap()).isLessThan(1e-12);
    assertThat(t.industryNames()).containsEntry("I2", "Industry 2");
    assertThat(t.finalDemandNames()).containsEntry("F050", "Imports of goods and services");
    var va = s.findExtension(BeaTables.VALUE_ADDED).orElseThrow();
    assertThat(va.stressors().tuples())
        .containsExactly(
            List.of("V001", "Compensation of employees"),
            List.of("V003", "Gross operating surplus"));
    assertThat(va.f().data()).containsExactly(50, 100, 34, 68);
    assertThat(t.source()).contains("before redefinitions", "Summary level, 2023", "public domain");
  }

  @Test
  void errorsNameTheCell() {
    assertThatThrownBy(
            () -> BeaIoReader.read(Fixtures.path("bea/broken"), 2023, BeaIoReader.Level.SUMMARY))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("[sheet 2023]:9:4: \"12x\" is not a number");
    assertThatThrownBy(
            () -> BeaIoReader.read(Fixtures.path("bea/small"), 1990, BeaIoReader.Level.SUMMARY))
        .hasMessageContaining("no sheet for 1990; the years are 2022–2023");
    assertThatThrownBy(
            () -> BeaIoReader.read(Fixtures.path("bea/small"), 2023, BeaIoReader.Level.SECTOR))
        .hasMessageContaining("no such file");
    assertThatThrownBy(
            () -> BeaIoReader.read(Fixtures.path("bea/small"), 2022, BeaIoReader.Level.SUMMARY))
        .hasMessageContaining("no header row");
  }
}

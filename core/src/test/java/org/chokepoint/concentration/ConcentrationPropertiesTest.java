package org.chokepoint.concentration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/** Invariants that hold for any supply: bounds of HHI and CR-n, shares adding up to one. */
class ConcentrationPropertiesTest {
  @Property
  void boundsHold(
      @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = 0.01, max = 1e9) Double> q,
      @ForAll @DoubleRange(min = 0, max = 1e9) double unattributed) {
    Map<Integer, Double> m = new HashMap<>();
    for (int i = 0; i < q.size(); i++) {
      m.put(i, q.get(i));
    }
    Concentration<Integer> c = Concentration.of(m, unattributed);
    double hhi = c.hhi().getAsDouble();
    double upper = c.hhiUpper().getAsDouble();
    double eps = 1e-9;
    assertThat(hhi).isBetween(0.0, 1.0 + eps);
    assertThat(upper).isBetween(hhi - eps, 1.0 + eps);
    assertThat(c.concentrationRatio(1).getAsDouble())
        .isLessThanOrEqualTo(c.concentrationRatio(3).getAsDouble() + eps);
    double sum = c.unattributedShare().getAsDouble();
    for (SupplierShare<Integer> s : c.shares()) {
      sum += s.share();
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    if (unattributed == 0) {
      // with n suppliers, HHI is at least 1/n (equal shares)
      assertThat(hhi).isGreaterThanOrEqualTo(1.0 / q.size() - eps);
    }
  }
}

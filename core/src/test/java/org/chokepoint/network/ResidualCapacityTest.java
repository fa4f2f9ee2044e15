package org.chokepoint.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.data.Offset;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import org.junit.jupiter.api.Test;

/** Residual capacities and chokepoints of {@link NetworkFixture}, worked out by hand. */
class ResidualCapacityTest {
  private static final Offset<Double> EXACT = within(1e-12);
  private final TechnologyNetwork net = NetworkFixture.network();
  private final ResidualCapacity capacity = new ResidualCapacity(net);

  private static Set<CountryCode> codes(String... c) {
    Set<CountryCode> s = new TreeSet<>();
    for (String x : c) {
      s.add(CountryCode.of(x));
    }
    return s;
  }

  @Test
  void requiredInputsAreComplements() {
    // CHN stops: B .9, C .4 (various countries stay), A = min(.9, .4, T 1) = .4, X = min(A, D) = .4
    ResidualCapacity.Result r = capacity.compute(Removal.ofCountries(codes("CHN")));
    assertThat(r.of("B")).isCloseTo(0.9, EXACT);
    assertThat(r.of("C")).isCloseTo(0.4, EXACT);
    assertThat(r.of("A")).isCloseTo(0.4, EXACT);
    assertThat(r.of("X")).isCloseTo(0.4, EXACT);
    assertThat(r.of("G")).isZero(); // a part apart from the rest
    // D names a provider without a share: unaffected, and reported as unknown
    assertThat(r.of("D")).isEqualTo(1.0);
    assertThat(r.unknownShares()).containsExactly("D");
  }

  @Test
  void kindsOfAnInputSubstitute() {
    // NLD stops: T1 0, but T2 stays, so T and everything after it are whole
    ResidualCapacity.Result nld = capacity.compute(Removal.ofCountries(codes("NLD")));
    assertThat(nld.of("T1")).isZero();
    assertThat(nld.of("T")).isEqualTo(1.0);
    assertThat(nld.of("X")).isEqualTo(1.0);
    // NLD and USA stop: T1 0, T2 .5 -> T .5; C .7; A = .5
    ResidualCapacity.Result both = capacity.compute(Removal.ofCountries(codes("NLD", "USA")));
    assertThat(both.of("T")).isCloseTo(0.5, EXACT);
    assertThat(both.of("C")).isCloseTo(0.7, EXACT);
    assertThat(both.of("X")).isCloseTo(0.5, EXACT);
  }

  @Test
  void unattributedProvidersNeverStop() {
    // CHN and USA stop: C keeps the 10 % of various countries
    assertThat(capacity.compute(Removal.ofCountries(codes("CHN", "USA"))).of("C"))
        .isCloseTo(0.1, EXACT);
  }

  @Test
  void firmsStopTheirOwnShareAndCountForTheirCountry() {
    // firm F1 (JPN) stops supplying B: B = 1 - .9 from the firm rows
    assertThat(capacity.compute(Removal.ofPair("F1", "B")).of("X")).isCloseTo(0.1, EXACT);
    // the pair removal touches only that input: F2 also... only B
    assertThat(capacity.compute(Removal.ofPair("P1", "B")).of("T2")).isEqualTo(1.0);
  }

  @Test
  void cyclesSettle() {
    // JPN stops: E loses its only provider; F needs E, E needs F: both 0
    ResidualCapacity.Result r = capacity.compute(Removal.ofCountries(codes("JPN")));
    assertThat(r.of("E")).isZero();
    assertThat(r.of("F")).isZero();
  }

  @Test
  void chokepointsRankedByImpactAndMarkedByHolder() {
    CountryGroup perspective = new CountryGroup("jp-us", codes("JPN", "USA"), "", "test", "");
    CountryGroup concern = new CountryGroup("concern", codes("CHN"), "", "test", "");
    List<Chokepoint> c = new Chokepoints(net).find(perspective, concern, 0.5);
    assertThat(c)
        .extracting(
            x -> x.input() + "/" + x.provider().id() + "->" + x.product() + " " + x.holder())
        .containsExactly(
            // impact 1: T1 has no other provider, but T2 substitutes further down
            "E/P1->F PERSPECTIVE",
            "G/P2->G CONCERN",
            "T1/P3->T1 OTHER",
            // impact .9: B goes into A, which X needs
            "B/F1->X PERSPECTIVE",
            "B/P1->X PERSPECTIVE",
            // impact .6
            "C/P2->X CONCERN");
    assertThat(c.get(3).residualCapacity()).isCloseTo(0.1, EXACT);
    assertThat(c.get(5).share()).isCloseTo(0.6, EXACT);
  }
}

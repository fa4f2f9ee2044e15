package org.chokepoint.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;

/**
 * The whole-world kernel and the per-perspective analysis are two implementations of the same
 * definitions: for every single-country perspective they must agree.
 */
class FullScreeningPropertiesTest {
  @Property(tries = 30)
  void agreesWithDependenceAnalysis(@ForAll long seed) {
    Random rnd = new Random(seed);
    int partners = 2 + rnd.nextInt(12);
    int products = 1 + rnd.nextInt(6);
    List<TradePartner> ps = new ArrayList<>();
    boolean[] attributed = new boolean[partners];
    for (int i = 0; i < partners; i++) {
      attributed[i] = rnd.nextInt(5) > 0;
      String code = "A" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
      ps.add(
          new TradePartner(Integer.toString(i), attributed[i] ? CountryCode.of(code) : null, code));
    }
    List<String> prods = new ArrayList<>();
    for (int k = 0; k < products; k++) {
      prods.add("hs:85050" + k);
    }
    int n = rnd.nextInt(300);
    int[] year = new int[n];
    int[] ex = new int[n];
    int[] im = new int[n];
    int[] pr = new int[n];
    double[] v = new double[n];
    double[] q = new double[n];
    for (int r = 0; r < n; r++) {
      year[r] = 2024;
      ex[r] = rnd.nextInt(partners);
      do {
        im[r] = rnd.nextInt(partners);
      } while (im[r] == ex[r]);
      pr[r] = rnd.nextInt(products);
      v[r] = rnd.nextInt(4) == 0 ? 0 : Math.exp(rnd.nextGaussian() * 2);
      q[r] = Double.NaN;
    }
    TradeFlows flows = new TradeFlows(ps, prods, year, ex, im, pr, v, q, "USD", "t");
    FullScreening.Result all =
        FullScreening.compute(ex, im, pr, v, attributed, products, EuScreening.EU_2021, 2);
    DependenceAnalysis analysis = new DependenceAnalysis(flows, ProductionLookup.NONE);
    for (int c = 0; c < partners; c++) {
      if (!attributed[c]) {
        continue; // a partner that is not a country is no perspective
      }
      CountryGroup me = CountryGroup.ofCountry(ps.get(c).country());
      List<Dependence> rows =
          analysis.compute(new DependenceQuery(me, me, 2024, prods, OptionalInt.empty(), null));
      for (int k = 0; k < products; k++) {
        Dependence d = rows.get(k);
        int g = all.index(c, k);
        assertThat(all.imports()[g]).isCloseTo(d.imports(), within(1e-9));
        assertThat(all.exports()[g]).isCloseTo(d.exports(), within(1e-9));
        if (d.hhi().isPresent()) {
          assertThat(all.hhi()[g]).isCloseTo(d.hhi().getAsDouble(), within(1e-12));
          assertThat(all.flagged()[g]).isEqualTo(d.eu().flagged().orElse(false));
        } else {
          assertThat(all.imports()[g]).isZero();
        }
      }
    }
  }
}

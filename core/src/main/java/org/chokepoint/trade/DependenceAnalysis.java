package org.chokepoint.trade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.chokepoint.concentration.Concentration;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;

/**
 * Dependence metrics of a perspective per product and year (method 1-3, 5 and 7 of the design):
 * imports, exports, import reliance, supplier shares, HHI, CR-n, top supplier, concern share, the
 * EU screening criteria and trends.
 *
 * <p>One pass over the flows of a year sums, per product, the extra-group imports by exporter, the
 * extra-group exports, the group's total imports and the quantities; products matched by a selector
 * are then added up, so overlapping selectors ({@code hs:8112} and {@code hs:811292}) both get
 * exact figures.
 */
public final class DependenceAnalysis {
  private final TradeFlows flows;
  private final ProductionLookup production;

  public DependenceAnalysis(TradeFlows flows, ProductionLookup production) {
    this.flows = flows;
    this.production = production;
  }

  public List<Dependence> compute(DependenceQuery q) {
    YearSums now = sums(q.perspective(), q.year());
    YearSums base =
        q.trendFrom().isPresent() ? sums(q.perspective(), q.trendFrom().getAsInt()) : null;
    List<String> selectors = q.products().isEmpty() ? now.tradedProducts() : q.products();
    List<Dependence> out = new ArrayList<>();
    for (String selector : selectors) {
      int[] matched = matching(selector);
      Aggregate a = now.aggregate(matched);
      Concentration<CountryCode> suppliers = a.suppliers();
      OptionalDouble concern = suppliers.groupShare(q.concern()::contains);
      OptionalDouble prod = production.production(selector, q.perspective(), q.year());
      OptionalDouble ir = OptionalDouble.empty();
      if (prod.isPresent() && a.importQuantityKnown && a.exportQuantityKnown) {
        ir = ImportReliance.of(prod.getAsDouble(), a.importQuantity, a.exportQuantity);
      }
      Optional<Dependence.Trend> trend = Optional.empty();
      if (base != null) {
        Concentration<CountryCode> then = base.aggregate(matched).suppliers();
        trend =
            Optional.of(
                new Dependence.Trend(
                    q.trendFrom().getAsInt(),
                    difference(suppliers.hhi(), then.hhi()),
                    difference(concern, then.groupShare(q.concern()::contains))));
      }
      out.add(
          new Dependence(
              selector,
              q.year(),
              a.imports,
              a.exports,
              a.totalImports,
              a.importQuantityKnown ? OptionalDouble.of(a.importQuantity) : OptionalDouble.empty(),
              a.exportQuantityKnown ? OptionalDouble.of(a.exportQuantity) : OptionalDouble.empty(),
              prod,
              ir,
              suppliers,
              concern,
              q.screening()
                  .evaluate(
                      suppliers.hhi().orElse(Double.NaN), a.imports, a.totalImports, a.exports),
              trend,
              matched.length > 0));
    }
    return out;
  }

  private static OptionalDouble difference(OptionalDouble now, OptionalDouble then) {
    return now.isPresent() && then.isPresent()
        ? OptionalDouble.of(now.getAsDouble() - then.getAsDouble())
        : OptionalDouble.empty();
  }

  /**
   * Indices of the products a selector takes: the code itself or every code under it; several
   * selectors joined by {@code +} take the union ({@code hs:2846+hs:280530}).
   */
  int[] matching(String selector) {
    List<String> products = flows.products();
    String[] parts = selector.split("\\+");
    int[] tmp = new int[products.size()];
    int n = 0;
    for (int k = 0; k < products.size(); k++) {
      String code = products.get(k);
      for (String part : parts) {
        if (code.startsWith(part)) {
          tmp[n++] = k;
          break;
        }
      }
    }
    return java.util.Arrays.copyOf(tmp, n);
  }

  private YearSums sums(CountryGroup perspective, int year) {
    List<TradePartner> partners = flows.partners();
    int p = partners.size();
    boolean[] member = new boolean[p];
    for (int i = 0; i < p; i++) {
      CountryCode c = partners.get(i).country();
      member[i] = c != null && perspective.contains(c);
    }
    int k = flows.products().size();
    YearSums s = new YearSums(k, p);
    int[] y = flows.year();
    int[] ex = flows.exporter();
    int[] im = flows.importer();
    int[] pr = flows.product();
    double[] v = flows.value();
    double[] qty = flows.quantity();
    for (int r = 0; r < y.length; r++) {
      if (y[r] != year) {
        continue;
      }
      boolean inImporter = member[im[r]];
      boolean inExporter = member[ex[r]];
      int prod = pr[r];
      if (inImporter) {
        s.totalImports[prod] += v[r];
        if (!inExporter) {
          s.imports[prod * p + ex[r]] += v[r];
          s.importQuantity[prod] += qty[r]; // NaN marks an unknown quantity
        }
      } else if (inExporter) {
        s.exports[prod] += v[r];
        s.exportQuantity[prod] += qty[r];
      }
    }
    return s;
  }

  /** Sums of one year for one perspective, per product (and per exporter for imports). */
  private final class YearSums {
    final int partners;
    final double[] imports;
    final double[] exports;
    final double[] totalImports;
    final double[] importQuantity;
    final double[] exportQuantity;

    YearSums(int products, int partners) {
      this.partners = partners;
      this.imports = new double[products * partners];
      this.exports = new double[products];
      this.totalImports = new double[products];
      this.importQuantity = new double[products];
      this.exportQuantity = new double[products];
    }

    /** Products with any trade of the perspective, by code. */
    List<String> tradedProducts() {
      List<String> codes = new ArrayList<>();
      for (int k = 0; k < exports.length; k++) {
        if (totalImports[k] > 0 || exports[k] > 0) {
          codes.add(flows.products().get(k));
        }
      }
      codes.sort(null);
      return codes;
    }

    Aggregate aggregate(int[] products) {
      Aggregate a = new Aggregate();
      double[] byPartner = new double[partners];
      double iq = 0;
      double eq = 0;
      for (int k : products) {
        a.exports += exports[k];
        a.totalImports += totalImports[k];
        iq += importQuantity[k];
        eq += exportQuantity[k];
        for (int e = 0; e < partners; e++) {
          double x = imports[k * partners + e];
          byPartner[e] += x;
          a.imports += x;
        }
      }
      a.importQuantity = iq;
      a.exportQuantity = eq;
      a.importQuantityKnown = !Double.isNaN(iq);
      a.exportQuantityKnown = !Double.isNaN(eq);
      Map<CountryCode, Double> byCountry = new TreeMap<>();
      double unattributed = 0;
      for (int e = 0; e < partners; e++) {
        if (byPartner[e] == 0) {
          continue;
        }
        CountryCode c = flows.partners().get(e).country();
        if (c == null) {
          unattributed += byPartner[e];
        } else {
          byCountry.merge(c, byPartner[e], Double::sum);
        }
      }
      a.byCountry = byCountry;
      a.unattributed = unattributed;
      return a;
    }
  }

  /** The figures of one selector in one year. */
  private static final class Aggregate {
    double imports;
    double exports;
    double totalImports;
    double importQuantity;
    double exportQuantity;
    boolean importQuantityKnown;
    boolean exportQuantityKnown;
    Map<CountryCode, Double> byCountry;
    double unattributed;

    Concentration<CountryCode> suppliers() {
      return Concentration.of(byCountry, unattributed);
    }
  }
}

package org.chokepoint.minerals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import org.chokepoint.concentration.Concentration;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.governance.GovernanceIndicators;

/**
 * The critical-minerals concentration report: one {@link MineralConcentration} per (commodity,
 * stage, unit) with production in the asked year, ranked by HHI, most concentrated first.
 *
 * <p>The total is the sum of the country rows plus the unattributed remainder; the publisher's
 * rounded world total is never the denominator. Withheld and unavailable figures are left out of
 * the total and listed. The governance weights come from the latest WGI year at or before the data
 * year.
 */
public final class MineralsReport {
  private final GovernanceIndicators governance;

  public MineralsReport(GovernanceIndicators governance) {
    this.governance = governance;
  }

  /**
   * The report and the WGI year it used.
   *
   * @param wgiYear the WGI year used for {@code wgi_hhi}, empty when no WGI year is at or before
   *     the data year
   */
  public record Result(MineralsQuery query, OptionalInt wgiYear, List<MineralConcentration> rows) {
    public Result {
      rows = List.copyOf(rows);
    }
  }

  public Result compute(List<MineralProduction> production, MineralsQuery query) {
    OptionalInt wgiYear = governance.latestYearAtOrBefore(query.year());
    Map<String, List<MineralProduction>> byKey = new LinkedHashMap<>();
    for (MineralProduction p : production) {
      if (p.year() != query.year() || (query.criticalOnly() && !p.critical())) {
        continue;
      }
      if (query.commodity().isPresent()
          && !p.commodity().equalsIgnoreCase(query.commodity().get().strip())) {
        continue;
      }
      byKey
          .computeIfAbsent(
              p.commodity() + "\u0000" + p.stage() + "\u0000" + p.unit(), k -> new ArrayList<>())
          .add(p);
    }
    List<MineralConcentration> rows = new ArrayList<>();
    for (List<MineralProduction> group : byKey.values()) {
      if (group.stream().anyMatch(p -> p.kind() != ProducerKind.WORLD_TOTAL)) {
        rows.add(concentrationOf(group, query, wgiYear));
      }
    }
    rows.sort(RANKING);
    return new Result(query, wgiYear, rows);
  }

  /** Most concentrated first; rows without shares last; ties by commodity, stage and unit. */
  static final Comparator<MineralConcentration> RANKING =
      Comparator.<MineralConcentration>comparingDouble(
              r -> r.hhi().orElse(Double.NEGATIVE_INFINITY))
          .reversed()
          .thenComparing(r -> r.commodity().toLowerCase(Locale.ROOT))
          .thenComparing(MineralConcentration::stage)
          .thenComparing(MineralConcentration::unit);

  private MineralConcentration concentrationOf(
      List<MineralProduction> group, MineralsQuery query, OptionalInt wgiYear) {
    MineralProduction first = group.get(0);
    Map<CountryCode, Double> byCountry = new TreeMap<>();
    double unattributed = 0;
    boolean unattributedUnknown = false;
    boolean estimated = false;
    boolean critical = false;
    TreeSet<CountryCode> withheld = new TreeSet<>();
    TreeSet<CountryCode> notAvailable = new TreeSet<>();
    TreeSet<String> unmapped = new TreeSet<>();
    OptionalDouble worldTotal = OptionalDouble.empty();
    for (MineralProduction p : group) {
      critical |= p.critical();
      Quantity q = p.quantity();
      switch (p.kind()) {
        case WORLD_TOTAL:
          if (q.isKnown()) {
            worldTotal = OptionalDouble.of(q.value());
          }
          continue;
        case COUNTRY:
          if (q.isKnown()) {
            byCountry.merge(p.country(), q.value(), Double::sum);
          } else if (q.status() == QuantityStatus.WITHHELD) {
            withheld.add(p.country());
          } else {
            notAvailable.add(p.country());
          }
          break;
        case UNMAPPED:
          unmapped.add(p.producerName());
        // fall through: an unknown name is counted as unattributed, and reported
        case UNATTRIBUTED:
        case AGGREGATE:
        default:
          if (q.isKnown()) {
            unattributed += q.value();
          } else {
            unattributedUnknown = true;
          }
          break;
      }
      estimated |= p.estimated() && q.isKnown();
    }
    Concentration<CountryCode> c = Concentration.of(byCountry, unattributed);
    Concentration.WeightedHhi<CountryCode> weighted =
        wgiYear.isPresent()
            ? c.weightedHhi(country -> governance.riskScore(country, wgiYear.getAsInt()))
            : c.weightedHhi(country -> OptionalDouble.empty());
    return new MineralConcentration(
        first.commodity(),
        first.stage(),
        first.unit(),
        first.year(),
        c,
        c.groupShare(query.concern()::contains),
        c.groupShare(query.perspective()::contains),
        weighted.value(),
        weighted.missingWeights(),
        List.copyOf(withheld),
        List.copyOf(notAvailable),
        unattributedUnknown,
        List.copyOf(unmapped),
        estimated,
        critical,
        worldTotal,
        group);
  }
}

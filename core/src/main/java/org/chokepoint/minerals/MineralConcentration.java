package org.chokepoint.minerals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.chokepoint.concentration.Concentration;
import org.chokepoint.concentration.SupplierShare;
import org.chokepoint.geo.CountryCode;

/**
 * The concentration of world production of one commodity, at one stage, in one unit, for one year.
 *
 * <p>When the unattributed remainder ("Other countries") is not available and the publisher gives
 * no world total either, the denominator is unknown: the share-based figures ({@link #hhi()},
 * {@link #top()} and the rest) are empty, though the quantities stay in {@link #concentration()}.
 *
 * @param concentration quantities, shares, HHI bounds and CR-n over the country rows, with "Other
 *     countries" as the unattributed remainder, as if the remainder were zero when unknown
 * @param concernShare share held by the concern group
 * @param perspectiveShare share held by the perspective
 * @param wgiHhi governance-weighted HHI, empty when a producer has no WGI score
 * @param wgiMissing producers with a positive share and no WGI score for the year used
 * @param withheld countries whose figure was withheld ("W"): excluded from the total
 * @param notAvailable countries whose figure was not available or not a number: excluded
 * @param unattributedUnknown whether the unattributed remainder itself was not available
 * @param unmapped producer names no mapping knew: counted as unattributed
 * @param estimated whether any figure in the total is an estimate
 * @param critical whether the publisher lists the commodity as critical
 * @param worldTotalReported the publisher's rounded world total, for comparison only
 * @param rows the rows the figures were computed from, for drill-down
 */
public record MineralConcentration(
    String commodity,
    String stage,
    String unit,
    int year,
    Concentration<CountryCode> concentration,
    OptionalDouble concernShare,
    OptionalDouble perspectiveShare,
    OptionalDouble wgiHhi,
    List<CountryCode> wgiMissing,
    List<CountryCode> withheld,
    List<CountryCode> notAvailable,
    boolean unattributedUnknown,
    List<String> unmapped,
    boolean estimated,
    boolean critical,
    OptionalDouble worldTotalReported,
    List<MineralProduction> rows) {
  public MineralConcentration {
    if (!hasShares(concentration, unattributedUnknown, worldTotalReported)) {
      concernShare = OptionalDouble.empty();
      perspectiveShare = OptionalDouble.empty();
      wgiHhi = OptionalDouble.empty();
    }
    wgiMissing = List.copyOf(wgiMissing);
    withheld = List.copyOf(withheld);
    notAvailable = List.copyOf(notAvailable);
    unmapped = List.copyOf(unmapped);
    rows = List.copyOf(rows);
  }

  private static boolean hasShares(
      Concentration<CountryCode> c, boolean unattributedUnknown, OptionalDouble worldTotal) {
    return c.hasShares() && !(unattributedUnknown && worldTotal.isEmpty());
  }

  /**
   * Whether shares are defined: the total is positive, and the denominator is known (the
   * unattributed remainder is known, or the publisher gives a world total to judge coverage by).
   */
  public boolean hasShares() {
    return hasShares(concentration, unattributedUnknown, worldTotalReported);
  }

  /** HHI, unattributed part fully fragmented (lower bound). */
  public OptionalDouble hhi() {
    return hasShares() ? concentration.hhi() : OptionalDouble.empty();
  }

  /** HHI, unattributed part as one producer (upper bound). */
  public OptionalDouble hhiUpper() {
    return hasShares() ? concentration.hhiUpper() : OptionalDouble.empty();
  }

  /** Share of the {@code n} largest producers. */
  public OptionalDouble concentrationRatio(int n) {
    return hasShares() ? concentration.concentrationRatio(n) : OptionalDouble.empty();
  }

  /** The largest producer. */
  public Optional<SupplierShare<CountryCode>> top() {
    return hasShares() ? concentration.top() : Optional.empty();
  }

  /** Share of "Other countries". */
  public OptionalDouble unattributedShare() {
    return hasShares() ? concentration.unattributedShare() : OptionalDouble.empty();
  }
}

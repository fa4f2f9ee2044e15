package org.chokepoint.workspace.contribution;

import java.time.Instant;
import java.util.List;

/**
 * A released pooled view: the cells of the protected table as {@code Release} publishes them, with
 * shares and the perspective's and concern group's marks. Suppressed cells carry their status and
 * no number (null), never zero. Margins ({@code Total}) are cells like the others.
 *
 * @param contributions how many contributions (current versions) were pooled
 * @param cells interior cells first (inputs, then suppliers, sorted), then margins; empty cells (no
 *     contribution) are left out
 * @param inputs one summary per input
 */
public record PooledView(
    PoolAggregator.View view,
    List<String> dims,
    Instant releasedAt,
    int contributions,
    String perspective,
    String concern,
    List<Cell> cells,
    List<InputSummary> inputs,
    int suppressed) {
  public PooledView {
    dims = List.copyOf(dims);
    cells = List.copyOf(cells);
    inputs = List.copyOf(inputs);
  }

  /**
   * One published cell.
   *
   * @param supplier the supplier country (country view) or supplier (supplier view), or {@code
   *     Total}
   * @param country the supplier's country, or empty text for a margin over suppliers
   * @param contributors contributing enterprise groups, null when suppressed
   * @param total the summed amount, null when suppressed
   * @param share total over the input's total, null when either is suppressed
   * @param status {@code safe}, {@code primary} or {@code secondary}
   * @param concern whether the supplier country is in the concern group
   * @param perspective whether the supplier country is in the perspective
   */
  public record Cell(
      String input,
      String supplier,
      String country,
      Integer contributors,
      Double total,
      Double share,
      String status,
      boolean concern,
      boolean perspective) {
    public boolean suppressed() {
      return status.equals("primary") || status.equals("secondary");
    }

    /** Whether it is a margin ({@code Total} in a dimension). */
    public boolean margin() {
      return input.equals(PooledService.TOTAL) || supplier.equals(PooledService.TOTAL);
    }
  }

  /**
   * The concern and perspective shares of one input, from published cells only.
   *
   * @param total the input's total, null when suppressed
   * @param concernShare the concern countries' share, null unless every concern cell of the input
   *     is published
   * @param concernShareAtLeast the share of the published concern cells: a lower bound
   * @param perspectiveShare as concernShare, for the perspective's countries
   */
  public record InputSummary(
      String input,
      Double total,
      Double concernShare,
      Double concernShareAtLeast,
      Double perspectiveShare) {}
}

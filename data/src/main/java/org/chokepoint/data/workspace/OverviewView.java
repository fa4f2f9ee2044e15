package org.chokepoint.data.workspace;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.minerals.MineralConcentration;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.trade.Dependence;

/**
 * The overview: the critical products the perspective imports, ranked by how concentrated their
 * supply is, each with its trade dependence and the world production concentration of the mineral
 * it carries, and the dataset behind each figure.
 *
 * @param year the trade year
 * @param productionYear the USGS production year used (the latest at or before the trade year), if
 *     the workspace has USGS data for it
 * @param list the product list the products come from, or empty for every shipped list
 * @param rankBy the figure the rows are ranked by, one of {@link Overview#RANK_BY}
 * @param considered how many products of the lists the trade dataset holds (before the limit)
 * @param rows the ranked rows, at most the limit asked for
 * @param trade provenance of the trade figures
 * @param production provenance of the production figures, if any row has them
 */
public record OverviewView(
    CountryGroup perspective,
    CountryGroup concern,
    int year,
    OptionalInt productionYear,
    Optional<String> list,
    String rankBy,
    int considered,
    List<Row> rows,
    String valueUnit,
    Provenance trade,
    Optional<Provenance> production) {
  public OverviewView {
    rows = List.copyOf(rows);
  }

  /**
   * One product.
   *
   * @param rank 1 for the most concentrated
   * @param lists the shipped product lists that name the product
   * @param upstream world production concentration of the mineral the product carries, through the
   *     HS6 → USGS crosswalk
   */
  public record Row(
      int rank,
      Dependence dependence,
      String description,
      List<String> lists,
      Optional<MineralConcentration> upstream) {
    public Row {
      lists = List.copyOf(lists);
    }
  }

  /** Every source behind the figures: trade, then production if used. */
  public List<Provenance> sources() {
    return production.isPresent() ? List.of(trade, production.get()) : List.of(trade);
  }
}

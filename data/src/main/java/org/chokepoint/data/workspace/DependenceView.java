package org.chokepoint.data.workspace;

import java.util.List;
import java.util.Map;
import org.chokepoint.geo.Countries;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.trade.Dependence;
import org.chokepoint.trade.DependenceQuery;

/**
 * The dependence report with what a reader needs around it: the query, the trade dataset's units
 * and provenance, product descriptions and country names.
 *
 * @param valueUnit unit of imports and exports, such as "thousand USD"
 * @param quantityUnit unit of the quantities behind import reliance
 * @param descriptions product code to the source's description
 * @param notCovered selectors the trade dataset holds no product for (left out of the rows)
 * @param datasetNotes what the trade dataset's import noted (coverage, rows left out)
 */
public record DependenceView(
    DependenceQuery query,
    List<Dependence> rows,
    String valueUnit,
    String quantityUnit,
    Map<String, String> descriptions,
    List<Provenance> sources,
    Countries countries,
    List<String> notCovered,
    List<String> datasetNotes) {
  public DependenceView {
    rows = List.copyOf(rows);
    notCovered = List.copyOf(notCovered);
    datasetNotes = List.copyOf(datasetNotes);
    descriptions = Map.copyOf(descriptions);
    sources = List.copyOf(sources);
  }

  /** The description of a product or selector, or empty text. */
  public String describe(String product) {
    return descriptions.getOrDefault(product, "");
  }
}

package org.chokepoint.data.bea;

import java.util.Map;
import org.chokepoint.inputoutput.IoSystem;

/**
 * A BEA year as a single-region system, with what the system's codes mean.
 *
 * @param system region {@value #REGION}, sectors and final-demand columns labelled by BEA code
 * @param industryNames BEA industry code → name
 * @param finalDemandNames BEA final-use code → name
 * @param source the tables read, for citing with every result
 * @param outputGap the largest {@code |x − g| / g} between the system's output and BEA's published
 *     industry output (BEA's rounding to millions of dollars)
 */
public record BeaTables(
    IoSystem system,
    Map<String, String> industryNames,
    Map<String, String> finalDemandNames,
    String source,
    double outputGap) {
  /** The region of every sector. */
  public static final String REGION = "US";

  /** The extension holding value added (compensation, taxes less subsidies, surplus). */
  public static final String VALUE_ADDED = "value_added";

  public BeaTables {
    industryNames = Map.copyOf(industryNames);
    finalDemandNames = Map.copyOf(finalDemandNames);
  }
}

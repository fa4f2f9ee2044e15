package org.chokepoint.screening.service;

import java.util.List;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.screening.match.Decision;
import org.chokepoint.screening.match.PreparedName;

/**
 * The outcome of screening one name: the hits best first and the list versions screened.
 *
 * @param decision the best hit's decision, or no-match when there is none
 * @param listsUsed every list version the query was screened against
 */
public record ScreeningResult(
    ScreeningQuery query,
    PreparedName prepared,
    List<ScreeningHit> hits,
    Decision decision,
    List<Provenance> listsUsed) {
  public ScreeningResult {
    hits = List.copyOf(hits);
    listsUsed = List.copyOf(listsUsed);
  }
}

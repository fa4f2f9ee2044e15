package org.chokepoint.screening.service;

import org.chokepoint.provenance.Provenance;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.ListedName;
import org.chokepoint.screening.match.Decision;
import org.chokepoint.screening.match.NameMatch;

/**
 * A listed entry that resembles the query.
 *
 * @param matchedName the entry's name (primary or alias) that scored best
 * @param list the list version the entry comes from
 * @param explanation why, in words a non-specialist follows
 */
public record ScreeningHit(
    ListedEntity entity,
    ListedName matchedName,
    Provenance list,
    double score,
    Decision decision,
    NameMatch match,
    String explanation) {}

package org.chokepoint.screening.service;

import org.chokepoint.screening.match.Decision;
import org.chokepoint.screening.match.NameMatch;

/** Two names compared directly ({@code screen pairs}). */
public record PairResult(double score, Decision decision, NameMatch match, String explanation) {}

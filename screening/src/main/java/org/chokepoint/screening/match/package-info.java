/**
 * Name matching: normalisation (case, accents, punctuation, "LAST, First" order, legal forms by
 * class across languages, titles, particles), transliteration to Latin with ICU4J, word-level
 * comparison (Jaro–Winkler blended with edit distance, consonant skeletons for scripts that drop or
 * force vowels, initials, words written together or apart, numbers that must agree), a score in [0,
 * 1], a decision and an explanation in words. {@link org.chokepoint.screening.match.WatchmanScore}
 * is moov-io/watchman's scorer, ported as a baseline.
 */
package org.chokepoint.screening.match;

/**
 * Candidate generation for screening: an inverted index of prepared names by word, consonant
 * skeleton, joined neighbours, Han character and letter trigram, so that one query is scored
 * against the few dozen names most likely to match rather than every name on every list. The recall
 * this costs against exhaustive scoring is measured in {@code docs/methods/screening.md}.
 */
package org.chokepoint.screening.index;

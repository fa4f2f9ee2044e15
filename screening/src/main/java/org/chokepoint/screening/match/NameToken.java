package org.chokepoint.screening.match;

/**
 * One word of a prepared name.
 *
 * @param text the word as written (for display)
 * @param latin its lower-case ASCII form, the form compared
 * @param alt another customary Latin form (a Korean surname's usual spelling), or null
 * @param key what two words must share to be the same character (Han characters folded to their
 *     simplified form), else the Latin form
 * @param script the script it was written in
 * @param kind what role the word plays
 * @param legalClass the equivalence class of a legal form, else empty
 * @param weight how much the word counts in the name's score
 * @param skeleton its consonant skeleton ({@link Skeleton})
 */
public record NameToken(
    String text,
    String latin,
    String alt,
    String key,
    Script script,
    Kind kind,
    String legalClass,
    double weight,
    String skeleton) {

  /** The role of a word in a name. */
  public enum Kind {
    /** An ordinary word. */
    WORD,
    /** A single letter, standing for a word that starts with it. */
    INITIAL,
    /** A particle such as al, bin, de, van: weighs little. */
    PARTICLE,
    /** A generic organisation word (company, trading, group) in any language: weighs little. */
    SYMBOL,
    /** A legal form (Ltd, GmbH, ООО, 株式会社), compared by class. */
    LEGAL_FORM
  }
}

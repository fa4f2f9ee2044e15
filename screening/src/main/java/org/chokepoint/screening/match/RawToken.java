package org.chokepoint.screening.match;

/**
 * One word of a name as written, before any interpretation.
 *
 * @param text the characters as written (accents and script kept)
 * @param latin lower-case ASCII form ({@link Latin#ascii})
 * @param script the script it was written in
 */
record RawToken(String text, String latin, Script script) {}

package org.chokepoint.screening.match;

import java.util.stream.Collectors;

/** The Latin key of a phrase: each word's {@link Latin#ascii}, joined by one space. */
final class NameTablesKeys {
  private NameTablesKeys() {}

  static String key(String phrase) {
    return Tokenizer.tokens(phrase).stream().map(RawToken::latin).collect(Collectors.joining(" "));
  }
}

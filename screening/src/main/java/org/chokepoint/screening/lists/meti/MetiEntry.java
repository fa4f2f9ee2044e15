package org.chokepoint.screening.lists.meti;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a METI list as read from the text, before it becomes a listed entity: the Japanese
 * and English names and aliases, Chinese names the list gives in brackets, addresses, descriptive
 * text, and what the parser found irregular (each a warning with the entry's line).
 */
final class MetiEntry {
  final int number;
  final long line;
  String japaneseName = "";
  String englishName = "";
  final List<String> japaneseAliases = new ArrayList<>();
  final List<String> englishAliases = new ArrayList<>();
  final List<String> chineseNames = new ArrayList<>();
  final List<String> addresses = new ArrayList<>();
  final List<String> descriptions = new ArrayList<>();
  final List<String> problems = new ArrayList<>();

  MetiEntry(int number, long line) {
    this.number = number;
    this.line = line;
  }

  boolean regular() {
    return problems.isEmpty();
  }
}

package org.chokepoint.screening.lists.meti;

/**
 * The three METI end-user lists of Japan's export ban on Russia and Belarus (MOFA notices under the
 * Foreign Exchange and Foreign Trade Act), each recognised by the words its title uses for the
 * parties it designates.
 */
public enum MetiList {
  RUSSIA(
      "jp-meti-russia",
      "ロシア連邦の団体",
      "RUS",
      "Export ban: entities of the Russian Federation (Japan, MOFA/METI)"),
  BELARUS(
      "jp-meti-belarus",
      "ベラルーシ共和国の団体",
      "BLR",
      "Export ban: entities of the Republic of Belarus (Japan, MOFA/METI)"),
  THIRD_COUNTRIES(
      "jp-meti-third-countries",
      "以外の国の団体",
      "",
      "Export ban: entities of countries other than Russia and Belarus (Japan, MOFA/METI)");

  private final String source;
  private final String titleWords;
  private final String country;
  private final String title;

  MetiList(String source, String titleWords, String country, String title) {
    this.source = source;
    this.titleWords = titleWords;
    this.country = country;
    this.title = title;
  }

  /** The dataset name. */
  public String source() {
    return source;
  }

  /** Words of the notice's title that only this list has. */
  String titleWords() {
    return titleWords;
  }

  /** The country every entry belongs to by the list's definition, or empty (third countries). */
  String country() {
    return country;
  }

  String title() {
    return title;
  }
}

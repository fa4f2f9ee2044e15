package org.chokepoint.screening.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryNamesTest {
  private final CountryNames names = CountryNames.standard();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Korea, North|PRK", // OFAC
        "Democratic People's Republic of Korea|PRK", // UN
        "KP|PRK", // CSL
        "Burma|MMR",
        "Congo, Democratic Republic of the|COD",
        "Congo|COG",
        "Cote d Ivoire|CIV",
        "Côte d’Ivoire|CIV",
        "Iran (Islamic Republic of)|IRN",
        "Russian Federation|RUS",
        "Russia|RUS",
        "United Kingdom of Great Britain and Northern Ireland|GBR",
        "The Gambia|GMB",
        "Bahamas, The|BHS",
        "Virgin Islands, British|VGB",
        "Saint Kitts and Nevis|KNA",
        "Bosnia and Herzegovina|BIH",
        "Türkiye|TUR",
        "Turkey|TUR",
        "Palestinian|PSE",
        "Region: Gaza|PSE",
        "China, Hong Kong Special Administrative Region|HKG",
        "Kosovo|XKX",
        "PRC|CHN",
        "Macedonia, The Former Yugoslav Republic of|MKD",
        "japan|JPN",
        "JPN|JPN",
      })
  void listSpellingsMapToAlpha3(String name, String alpha3) {
    assertThat(names.find(name)).contains(alpha3);
  }

  @ParameterizedTest
  @CsvSource({
    "Region: Crimea",
    "Netherlands Antilles",
    "former Soviet Union",
    "undetermined",
    "NM",
    "EU",
    "XYZ",
    "jp"
  })
  void disputedDissolvedAndUnknownNamesAreNotGuessed(String name) {
    assertThat(names.find(name)).isEmpty();
  }

  @Test
  void blankIsNothing() {
    assertThat(names.find(" ")).isEmpty();
    assertThat(names.find(null)).isEmpty();
  }
}

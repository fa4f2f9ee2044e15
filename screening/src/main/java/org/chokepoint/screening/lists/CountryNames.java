package org.chokepoint.screening.lists;

import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Country names and codes as sanctions lists write them, mapped to ISO 3166-1 alpha-3. The base is
 * ICU's English country names (pinned with the ICU version, so the table does not change with the
 * JDK) and the ISO alpha-2 and alpha-3 codes; on top of it a small table of the spellings lists use
 * that ICU does not ("Korea, North", "Burma", "Iran (Islamic Republic of)", "Palestinian"). Names
 * of disputed regions ("Region: Crimea"), dissolved states ("Netherlands Antilles", "former Soviet
 * Union") and non-answers ("undetermined") are deliberately not mapped: callers keep the text and
 * report it.
 */
public final class CountryNames {
  private static final Pattern CODE2 = Pattern.compile("[A-Z]{2}");
  private static final Pattern CODE3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
  private static final Set<String> NOT_ISO = Set.of("DG", "EA", "IC");

  private static final String[][] ALIASES = {
    {"PRK", "korea north", "north korea", "democratic peoples republic of korea", "dprk"},
    {"KOR", "korea south", "south korea", "republic of korea", "korea republic of"},
    {"MMR", "burma", "myanmar"},
    {"COD", "congo democratic republic of the", "democratic republic of the congo", "drc"},
    {"COG", "congo republic of the", "republic of the congo", "congo"},
    {"CIV", "cote d ivoire", "cote divoire", "ivory coast"},
    {"GMB", "gambia the"},
    {"BHS", "bahamas the"},
    {"VGB", "virgin islands british"},
    {"VIR", "virgin islands us", "virgin islands u s"},
    {"CZE", "czech republic"},
    {"TUR", "turkey"},
    {"HKG", "hong kong", "china hong kong special administrative region"},
    {"MAC", "macau", "macao", "china macao special administrative region"},
    {"PSE", "palestinian", "palestine", "state of palestine", "west bank", "gaza", "region gaza"},
    {"XKX", "kosovo"},
    {"RUS", "russian federation"},
    {"IRN", "iran islamic republic of"},
    {"SYR", "syrian arab republic"},
    {"VNM", "viet nam"},
    {"LAO", "lao peoples democratic republic"},
    {"TZA", "united republic of tanzania", "tanzania united republic of"},
    {"BOL", "bolivia plurinational state of"},
    {"VEN", "venezuela bolivarian republic of"},
    {"MDA", "republic of moldova", "moldova republic of"},
    {"GBR", "united kingdom of great britain and northern ireland", "great britain", "uk"},
    {"USA", "united states of america"},
    {"CHN", "prc", "peoples republic of china"},
    {
      "MKD",
      "macedonia",
      "former yugoslav republic of macedonia",
      "macedonia the former yugoslav republic of"
    },
    {"SWZ", "swaziland"},
    {"CPV", "cabo verde"},
    {"FSM", "micronesia federated states of"},
    {"BRN", "brunei darussalam"},
    {"VAT", "holy see"},
    {"VCT", "saint vincent and the grenadines"},
    {"ARE", "uae"},
    {"MLI", "region northern mali"},
  };

  private static final CountryNames INSTANCE = new CountryNames();

  private final Map<String, String> byName = new HashMap<>();
  private final Map<String, String> byAlpha2 = new HashMap<>();
  private final Map<String, String> byAlpha3 = new HashMap<>();

  private CountryNames() {
    for (String alpha2 : ULocale.getISOCountries()) {
      if (NOT_ISO.contains(alpha2)) {
        continue;
      }
      ULocale locale = new ULocale("", alpha2);
      String alpha3 = alpha2.equals("XK") ? "XKX" : locale.getISO3Country();
      byAlpha2.put(alpha2, alpha3);
      byAlpha3.put(alpha3, alpha3);
      byName.put(normalise(locale.getDisplayCountry(ULocale.ENGLISH)), alpha3);
    }
    for (String[] row : ALIASES) {
      for (int i = 1; i < row.length; i++) {
        byName.put(row[i], row[0]);
      }
    }
  }

  /** The shared table. */
  public static CountryNames standard() {
    return INSTANCE;
  }

  /**
   * The alpha-3 code for a country name ("Korea, North"), an alpha-2 code ("KP") or an alpha-3 code
   * ("PRK"); codes only in capitals, names in any case and with or without accents.
   */
  public Optional<String> find(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    if (CODE2.matcher(t).matches()) {
      return Optional.ofNullable(byAlpha2.get(t));
    }
    if (CODE3.matcher(t).matches() && byAlpha3.containsKey(t)) {
      return Optional.of(t);
    }
    return Optional.ofNullable(byName.get(normalise(t)));
  }

  /** Lower case, no accents, "&" as "and", "St." as "saint", punctuation as blanks, no "the". */
  static String normalise(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace("&", " and ");
    s = s.replace("’", "").replace("'", "");
    s = NOT_WORD.matcher(s).replaceAll(" ").strip();
    if (s.startsWith("st ")) {
      s = "saint " + s.substring(3);
    }
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }
}

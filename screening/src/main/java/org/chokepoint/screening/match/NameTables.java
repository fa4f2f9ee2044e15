package org.chokepoint.screening.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shipped normalisation tables ({@code src/main/resources/org/chokepoint/screening/}): legal
 * forms by equivalence class, titles, generic organisation words, nicknames and name variants
 * (derived from opensanctions/rigour, MIT, by {@code NameTablesDerivation}), the Japanese legal
 * forms rigour lacks, and the customary romanisation of common Korean surnames. Loaded once.
 */
public final class NameTables {
  private static final String DIR = "/org/chokepoint/screening/";
  private static final NameTables SHIPPED = load();

  private final Map<String, LegalForm> legalForms;
  private final Map<String, LegalForm> hanLegalForms;
  private final int longestLegalForm;
  private final Map<String, Set<String>> words;
  private final Map<String, String> wordKinds;
  private final Map<String, String> koreanSurnames;

  /** A legal form as written in a table, with its equivalence class ({@code LLC}, {@code JSC}). */
  public record LegalForm(String form, String key, String legalClass) {}

  private NameTables(
      Map<String, LegalForm> legalForms,
      Map<String, LegalForm> hanLegalForms,
      Map<String, Set<String>> words,
      Map<String, String> wordKinds,
      Map<String, String> koreanSurnames) {
    this.legalForms = legalForms;
    this.hanLegalForms = hanLegalForms;
    this.longestLegalForm =
        legalForms.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    this.words = words;
    this.wordKinds = wordKinds;
    this.koreanSurnames = koreanSurnames;
  }

  public static NameTables shipped() {
    return SHIPPED;
  }

  /** The legal form whose Latin key is exactly {@code key} (words joined by one space). */
  public LegalForm legalForm(String key) {
    return legalForms.get(key);
  }

  /** Legal forms written in Han characters (and kana), found as text at a name's start or end. */
  public Map<String, LegalForm> hanLegalForms() {
    return hanLegalForms;
  }

  /** The most words a legal form has. */
  public int longestLegalForm() {
    return longestLegalForm;
  }

  /** {@code title}, {@code symbol}, {@code nick}, {@code prefix}, or null. */
  public String wordKind(String latin) {
    return wordKinds.get(latin);
  }

  /**
   * The canonical words of a symbol or nickname ({@code co} for company, компания, kompaniya; a
   * nickname may belong to several given names), empty when none.
   */
  public Set<String> canonical(String latin) {
    return words.getOrDefault(latin, Set.of());
  }

  /**
   * Whether two words share a canonical form (both symbols, or both names in one variant group).
   */
  public boolean sameCanonical(String a, String b) {
    Set<String> x = canonical(a);
    if (x.isEmpty()) {
      return false;
    }
    for (String c : canonical(b)) {
      if (x.contains(c)) {
        return true;
      }
    }
    return false;
  }

  /** The customary Latin spelling of a Korean surname syllable ({@code 김} → {@code kim}). */
  public String koreanSurname(String hangul) {
    return koreanSurnames.get(hangul);
  }

  /** Human words for a legal-form class. */
  public static String describeClass(String legalClass) {
    return switch (legalClass) {
      case "JSC" -> "joint-stock company";
      case "LLC" -> "limited liability company";
      case "LP" -> "limited partnership";
      case "GP" -> "general partnership";
      case "LLP" -> "limited liability partnership";
      case "SP" -> "sole proprietorship";
      case "SOE" -> "state-owned enterprise";
      case "NGO" -> "non-profit organisation";
      case "COOP" -> "cooperative";
      case "FIN" -> "financial institution";
      case "JV" -> "joint venture";
      default -> "legal form " + legalClass;
    };
  }

  /** Whether two classes are both limited companies (Co., Ltd. / K.K. / GmbH / OOO / AG …). */
  public static boolean bothCompanies(String a, String b) {
    return isCompany(a) && isCompany(b);
  }

  private static boolean isCompany(String c) {
    return c.equals("JSC") || c.equals("LLC");
  }

  private static NameTables load() {
    Map<String, LegalForm> forms = new HashMap<>();
    Map<String, LegalForm> han = new HashMap<>();
    for (String[] r : rows("legal-forms-added.tsv", 4)) {
      addForm(forms, han, new LegalForm(r[0], r[1], r[2]));
    }
    for (String[] r : rows("legal-forms.tsv", 3)) {
      addForm(forms, han, new LegalForm(r[2], r[0], r[1]));
    }
    Map<String, Set<String>> words = new HashMap<>();
    Map<String, String> kinds = new HashMap<>();
    for (String[] r : rows("name-words.tsv", 3)) {
      String kind = kinds.putIfAbsent(r[0], r[1]);
      if (kind == null || kind.equals(r[1])) {
        words.computeIfAbsent(r[0], k -> new HashSet<>()).add(r[2]);
      }
    }
    Map<String, String> korean = new HashMap<>();
    for (String[] r : rows("korean-surnames.tsv", 3)) {
      korean.put(r[0], r[1]);
    }
    return new NameTables(Map.copyOf(forms), Map.copyOf(han), words, kinds, korean);
  }

  private static void addForm(
      Map<String, LegalForm> forms, Map<String, LegalForm> han, LegalForm f) {
    if (isHan(f.form())) {
      String form = java.text.Normalizer.normalize(f.form(), java.text.Normalizer.Form.NFKC);
      if (form.codePointCount(0, form.length()) >= 3) {
        han.putIfAbsent(form, f);
      }
    } else {
      forms.putIfAbsent(f.key(), f);
    }
  }

  /** Whether a form is written in Han characters or kana only (parentheses allowed). */
  static boolean isHan(String s) {
    Set<Script> scripts = new HashSet<>();
    s.codePoints().filter(Character::isLetter).forEach(cp -> scripts.add(Script.of(cp)));
    return !scripts.isEmpty()
        && scripts.stream().allMatch(x -> x == Script.HAN || x == Script.KANA);
  }

  private static List<String[]> rows(String file, int columns) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = NameTables.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DIR + file);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < columns) {
          throw new IllegalStateException(file + ": bad line " + line);
        }
        out.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}

package org.chokepoint.screening.match;

/**
 * How alike two words are, in [0, 1], and why. Rules in order: legal forms compare by class (the
 * same class 1, two kinds of limited company 1, other forms 0.7, a legal form and a word 0); Han
 * characters compare as characters (simplified and traditional forms are one character; a different
 * character with the same reading 0.7); equal Latin forms 1; an initial matches a word it begins
 * (0.9); words in one variant group of the tables (Bob and Robert) 0.92, generic organisation words
 * in one group (company, компания) 1; otherwise their {@link #spelling} similarity, which a Han
 * character's pinyin must bring to 0.9 to count, and which the sound of the words may raise ({@link
 * #sound}).
 */
public final class TokenSimilarity {
  /** Similarity of a word written in a script without vowels to its skeleton twin, at most. */
  static final double SKELETON_WEIGHT = 0.95;

  /** Similarity of two Latin words with one consonant skeleton, at least. */
  static final double SAME_SKELETON = 0.9;

  static final double VARIANT = 0.92;
  static final double ONE_CONSONANT = 0.85;
  static final double KANA_SPELLING = 0.55;
  static final double HAN_SPELLING = 0.9;
  static final double EDIT_ALLOWANCE = 0.2;
  static final double INITIAL = 0.9;
  static final double SAME_READING = 0.7;
  static final double OTHER_LEGAL_FORM = 0.7;

  private final NameTables tables;

  public TokenSimilarity(NameTables tables) {
    this.tables = tables;
  }

  /** Why two words were found alike. */
  public enum Relation {
    LEGAL_SAME("same legal form"),
    LEGAL_EQUIVALENT("equivalent legal forms (both limited companies)"),
    LEGAL_OTHER("different legal forms"),
    EXACT("same word"),
    TRANSLITERATED("same word after transliteration"),
    SAME_CHARACTER("same Chinese character"),
    SAME_READING("different Chinese characters with the same reading"),
    INITIAL("initial of the word"),
    VARIANT("known variant (nickname or spelling in the name tables)"),
    SYMBOL("same generic word in another language or spelling"),
    SOUND("same consonants (spelling varies in the vowels)"),
    SPELLING("similar spelling"),
    JOINED("same letters written as one word or two"),
    NONE("no likeness");

    private final String words;

    Relation(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /** Similarity of two words. */
  public double similarity(NameToken a, NameToken b) {
    NameToken.Kind ka = a.kind();
    NameToken.Kind kb = b.kind();
    if (ka == NameToken.Kind.LEGAL_FORM || kb == NameToken.Kind.LEGAL_FORM) {
      if (ka != kb) {
        return 0;
      }
      return a.legalClass().equals(b.legalClass())
              || NameTables.bothCompanies(a.legalClass(), b.legalClass())
          ? 1
          : OTHER_LEGAL_FORM;
    }
    boolean hanA = a.script() == Script.HAN;
    boolean hanB = b.script() == Script.HAN;
    if (hanA && hanB) {
      return a.key().equals(b.key()) ? 1 : a.latin().equals(b.latin()) ? SAME_READING : 0;
    }
    if (a.latin().equals(b.latin())) {
      return 1;
    }
    if (ka == NameToken.Kind.INITIAL || kb == NameToken.Kind.INITIAL) {
      return a.latin().charAt(0) == b.latin().charAt(0) ? INITIAL : 0;
    }
    if (tables.sameCanonical(a.latin(), b.latin())) {
      return ka == NameToken.Kind.SYMBOL && kb == NameToken.Kind.SYMBOL ? 1 : VARIANT;
    }
    double s = spelling(a.latin(), b.latin());
    if (a.alt() != null) {
      s = Math.max(s, a.alt().equals(b.latin()) ? 1 : spelling(a.alt(), b.latin()));
    }
    if (b.alt() != null) {
      s = Math.max(s, b.alt().equals(a.latin()) ? 1 : spelling(a.latin(), b.alt()));
    }
    if (hanA || hanB) {
      return s >= HAN_SPELLING ? s : 0;
    }
    return Math.max(s, sound(a, b, s));
  }

  /**
   * Similarity of a word to two neighbouring words written together ({@code al} + {@code zaydi}).
   */
  public double joined(NameToken first, NameToken second, NameToken b) {
    return joined(first, second, first.latin() + second.latin(), b);
  }

  /** {@link #joined(NameToken, NameToken, NameToken)} with the joined letters given. */
  double joined(NameToken first, NameToken second, String letters, NameToken b) {
    if (b.kind() != NameToken.Kind.WORD && b.kind() != NameToken.Kind.SYMBOL) {
      return 0;
    }
    if (letters.equals(b.latin())) {
      return 1;
    }
    double s = spelling(letters, b.latin());
    if (first.script() == Script.HAN || second.script() == Script.HAN || b.script() == Script.HAN) {
      return s >= HAN_SPELLING ? s : 0;
    }
    if (abjad(first.script()) || abjad(b.script())) {
      String x = Skeleton.consonants(letters);
      if (x.length() >= 2 && x.equals(Skeleton.consonants(b.latin()))) {
        s = Math.max(s, SKELETON_WEIGHT);
      }
    }
    return s;
  }

  /** The reason {@link #similarity} gives for two words. */
  public Relation relation(NameToken a, NameToken b) {
    double s = similarity(a, b);
    if (a.kind() == NameToken.Kind.LEGAL_FORM && b.kind() == NameToken.Kind.LEGAL_FORM) {
      return a.legalClass().equals(b.legalClass())
          ? Relation.LEGAL_SAME
          : s == 1 ? Relation.LEGAL_EQUIVALENT : Relation.LEGAL_OTHER;
    }
    if (s == 0) {
      return Relation.NONE;
    }
    if (a.script() == Script.HAN && b.script() == Script.HAN) {
      return s == 1 ? Relation.SAME_CHARACTER : Relation.SAME_READING;
    }
    if (a.latin().equals(b.latin())
        || a.alt() != null && a.alt().equals(b.latin())
        || b.alt() != null && b.alt().equals(a.latin())) {
      return a.text().equals(b.text()) || a.script() == Script.LATIN && b.script() == Script.LATIN
          ? Relation.EXACT
          : Relation.TRANSLITERATED;
    }
    if (a.kind() == NameToken.Kind.INITIAL || b.kind() == NameToken.Kind.INITIAL) {
      return Relation.INITIAL;
    }
    if (tables.sameCanonical(a.latin(), b.latin())) {
      return a.kind() == NameToken.Kind.SYMBOL ? Relation.SYMBOL : Relation.VARIANT;
    }
    double spelling = spelling(a.latin(), b.latin());
    return sound(a, b, spelling) > spelling ? Relation.SOUND : Relation.SPELLING;
  }

  /**
   * Likeness by sound, given the spelling similarity {@code s}. Arabic and Hebrew: the written
   * consonants ({@link Skeleton#consonants}) equal (0.95; 0.85 for a single consonant) or, with
   * three or more, spelled alike (0.85). Kana: skeletons of two or more consonants, when the
   * spellings are not far apart (0.55). Hangul: the Korean sound key. Other scripts: one skeleton
   * of three or more consonants and a spelling similarity of 0.7 lift the score halfway to 1, to at
   * most 0.9.
   */
  private static double sound(NameToken a, NameToken b, double s) {
    String x = a.skeleton();
    String y = b.skeleton();
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    if (a.script() == Script.HANGUL || b.script() == Script.HANGUL) {
      return Skeleton.korean(a.latin()).equals(Skeleton.korean(b.latin())) ? SKELETON_WEIGHT : 0;
    }
    if (abjad(a.script()) || abjad(b.script())) {
      x = Skeleton.consonants(a.latin());
      y = Skeleton.consonants(b.latin());
      if (x.isEmpty() || y.isEmpty()) {
        return 0;
      }
      if (x.equals(y)) {
        return x.length() == 1 ? ONE_CONSONANT : SKELETON_WEIGHT;
      }
      double k = x.length() >= 3 && y.length() >= 3 ? spelling(x, y) : 0;
      return k >= 0.85 ? SKELETON_WEIGHT * k : 0;
    }
    if (a.script() == Script.KANA || b.script() == Script.KANA) {
      return x.length() >= 2 && y.length() >= 2 && s >= KANA_SPELLING
          ? SKELETON_WEIGHT * spelling(x, y)
          : 0;
    }
    return x.length() >= 3 && x.equals(y) && s >= 0.7 ? Math.min(SAME_SKELETON, (1 + s) / 2) : 0;
  }

  /**
   * No caller treats a spelling similarity under this as different from 0 (the lowest bar any rule
   * sets is the kana rule's 0.55), so {@link #spelling} returns 0 below it without computing it.
   */
  static final double FLOOR = 0.55;

  /**
   * An upper bound of Jaro–Winkler from the letters alone: Jaro counts at most as many matching
   * characters as each word has characters found anywhere in the other, and Jaro–Winkler is at most
   * Jaro plus 0.4 of what Jaro lacks to 1.
   */
  static double jaroWinklerBound(String a, String b) {
    long ma = letters(a);
    long mb = letters(b);
    int inB = 0;
    for (int i = 0; i < a.length(); i++) {
      if ((mb & bit(a.charAt(i))) != 0) {
        inB++;
      }
    }
    int inA = 0;
    for (int i = 0; i < b.length(); i++) {
      if ((ma & bit(b.charAt(i))) != 0) {
        inA++;
      }
    }
    double m = Math.min(inA, inB);
    if (m == 0) {
      return 0;
    }
    double j = (m / a.length() + m / b.length() + 1) / 3;
    return j > JaroWinkler.BOOST_THRESHOLD ? j + 0.4 * (1 - j) : j;
  }

  private static long letters(String s) {
    long m = 0;
    for (int i = 0; i < s.length(); i++) {
      m |= bit(s.charAt(i));
    }
    return m;
  }

  private static long bit(char c) {
    return 1L << (c & 63);
  }

  private static boolean abjad(Script s) {
    return s == Script.ARABIC || s == Script.HEBREW;
  }

  /**
   * The lower of Jaro–Winkler (matching window at least 1) and {@code 0.2 + (1 − edits/longer
   * length)}, edits counting a swap of neighbours as one: Jaro–Winkler rewards a common start, the
   * edit distance stops it from calling {@code Borges} and {@code Bor} alike (0.90 by Jaro–Winkler,
   * 0.70 here).
   */
  public static double spelling(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    if (longer == 0) {
      return 1;
    }
    if (jaroWinklerBound(a, b) < FLOOR) {
      return 0;
    }
    double jw = JaroWinkler.similarity(a, b, 1);
    if (jw < 0.6) {
      return jw;
    }
    return Math.min(
        jw, EDIT_ALLOWANCE + 1 - (double) Levenshtein.withTranspositions(a, b) / longer);
  }
}

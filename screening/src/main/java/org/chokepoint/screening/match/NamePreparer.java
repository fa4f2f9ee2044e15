package org.chokepoint.screening.match;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chokepoint.screening.Schema;

/**
 * Turns a name into a {@link PreparedName}: "LAST, First" reordered (people and unknown schemas),
 * legal forms at the start or end of an organisation's name recognised by class (including 株式会社 and
 * the other Han-script forms), titles and prefixes at the start dropped, every word transliterated
 * to Latin, particles and generic organisation words marked to weigh less, single letters read as
 * initials, numbers set apart, and each step noted in words.
 */
public final class NamePreparer {
  private static final Set<String> STOPWORDS = Set.of("and", "of", "the", "for", "und", "et");
  private static final Set<String> PARTICLES =
      Set.of(
          "al", "el", "ul", "bin", "ibn", "bint", "ben", "de", "del", "della", "der", "den", "di",
          "da", "do", "dos", "das", "du", "des", "la", "le", "van", "von", "ter", "ten");
  private static final ThreadLocal<Transliterator> SIMPLIFIED =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

  private final NameTables tables;
  private final List<Map.Entry<String, NameTables.LegalForm>> hanForms;

  public NamePreparer(NameTables tables) {
    this.tables = tables;
    this.hanForms =
        tables.hanLegalForms().entrySet().stream()
            .sorted(
                Comparator.comparingInt(
                        (Map.Entry<String, NameTables.LegalForm> e) -> e.getKey().length())
                    .reversed())
            .toList();
  }

  /** A preparer with the shipped tables. */
  public static NamePreparer standard() {
    return new NamePreparer(NameTables.shipped());
  }

  public PreparedName prepare(String name, Schema schema) {
    List<String> notes = new ArrayList<>();
    String text = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
    boolean person = schema == Schema.PERSON;
    boolean organisation =
        schema.isLegalEntity() || schema == Schema.VESSEL || schema == Schema.AIRCRAFT;
    String reordered = text;
    if (!organisation) {
      reordered = NameOrder.reorder(text, k -> tables.legalForm(k) != null);
      if (!reordered.equals(text)) {
        notes.add("read \"" + text + "\" as \"" + reordered + "\" (LAST, First order)");
      }
    }
    List<NameToken> leading = new ArrayList<>();
    List<NameToken> trailing = new ArrayList<>();
    String body = person ? reordered : stripHanForms(reordered, leading, trailing, notes);
    List<RawToken> raw = Tokenizer.tokens(body);
    StringBuilder digits = new StringBuilder();
    List<RawToken> words = new ArrayList<>();
    for (RawToken t : raw) {
      splitDigits(t, words, digits);
    }
    if (!person) {
      dropLeading(words, "prefix", "the start", notes);
    }
    if (!organisation) {
      dropLeading(words, "title", "a title", notes);
    }
    List<NameToken> tokens = new ArrayList<>(leading);
    int start = 0;
    int end = words.size();
    List<NameToken> tail = new ArrayList<>();
    if (!person) {
      start = legalForms(words, start, end, true, tokens, notes);
      end = legalForms(words, start, end, false, tail, notes);
    }
    for (int i = start; i < end; i++) {
      NameToken t = word(words.get(i), i == start, person, organisation, notes);
      if (t != null) {
        tokens.add(t);
      }
    }
    for (int i = tail.size() - 1; i >= 0; i--) {
      tokens.add(tail.get(i));
    }
    tokens.addAll(trailing);
    noteTransliterations(raw, notes);
    return new PreparedName(name, reordered, schema, tokens, digits.toString(), notes);
  }

  private String stripHanForms(
      String text, List<NameToken> leading, List<NameToken> trailing, List<String> notes) {
    String s = text;
    for (Map.Entry<String, NameTables.LegalForm> e : hanForms) {
      String form = e.getKey();
      if (s.length() <= form.length()) {
        continue;
      }
      if (s.startsWith(form)) {
        leading.add(legal(form, e.getValue(), notes));
        s = s.substring(form.length()).strip();
      } else if (s.endsWith(form)) {
        trailing.add(0, legal(form, e.getValue(), notes));
        s = s.substring(0, s.length() - form.length()).strip();
      }
    }
    return s;
  }

  private NameToken legal(String text, NameTables.LegalForm f, List<String> notes) {
    notes.add(
        "\"" + text + "\" is a legal form (" + NameTables.describeClass(f.legalClass()) + ")");
    return new NameToken(
        text,
        f.key().replace(" ", ""),
        null,
        f.legalClass(),
        Script.LATIN,
        NameToken.Kind.LEGAL_FORM,
        f.legalClass(),
        1.5,
        "");
  }

  /** Finds legal forms at the start (or end) of words[start, end); returns the new bound. */
  private int legalForms(
      List<RawToken> words,
      int start,
      int end,
      boolean atStart,
      List<NameToken> out,
      List<String> notes) {
    boolean found = true;
    while (found && end - start > 1) {
      found = false;
      for (int n = Math.min(tables.longestLegalForm(), end - start - 1); n >= 1; n--) {
        int from = atStart ? start : end - n;
        StringBuilder key = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (int i = from; i < from + n; i++) {
          key.append(i > from ? " " : "").append(words.get(i).latin());
          text.append(i > from ? " " : "").append(words.get(i).text());
        }
        NameTables.LegalForm f = tables.legalForm(key.toString());
        if (f != null && (n > 1 || key.length() > 1)) {
          out.add(legal(text.toString(), f, notes));
          if (atStart) {
            start += n;
          } else {
            end -= n;
          }
          found = true;
          break;
        }
      }
    }
    return atStart ? start : end;
  }

  private NameToken word(
      RawToken t, boolean first, boolean person, boolean organisation, List<String> notes) {
    String latin = t.latin();
    if (!person && STOPWORDS.contains(latin)) {
      notes.add("\"" + t.text() + "\" ignored (a common word)");
      return null;
    }
    String key = latin;
    if (t.script() == Script.HAN) {
      key = SIMPLIFIED.get().transliterate(t.text());
    }
    String alt = null;
    if (t.script() == Script.HANGUL && first && !organisation) {
      alt = tables.koreanSurname(t.text());
    }
    NameToken.Kind kind = NameToken.Kind.WORD;
    double weight = t.script() == Script.HAN ? 3 : Math.max(2, Math.min(latin.length(), 8));
    String wordKind = tables.wordKind(latin);
    if (latin.length() == 1 && !organisation && t.script() == Script.LATIN) {
      kind = NameToken.Kind.INITIAL;
      weight = 1;
    } else if (PARTICLES.contains(latin) && t.script() == Script.LATIN) {
      kind = NameToken.Kind.PARTICLE;
      weight = 1;
    } else if ("symbol".equals(wordKind) && !person) {
      kind = NameToken.Kind.SYMBOL;
      weight = weight / 2;
    }
    return new NameToken(
        t.text(), latin, alt, key, t.script(), kind, "", weight, Skeleton.of(latin, t.script()));
  }

  private void dropLeading(List<RawToken> words, String kind, String what, List<String> notes) {
    while (words.size() > 1 && kind.equals(tables.wordKind(words.get(0).latin()))) {
      notes.add("\"" + words.get(0).text() + "\" ignored (" + what + ")");
      words.remove(0);
    }
  }

  private static void splitDigits(RawToken t, List<RawToken> words, StringBuilder digits) {
    String l = t.latin();
    boolean hasDigit = false;
    for (int i = 0; i < l.length(); i++) {
      hasDigit |= Character.isDigit(l.charAt(i));
    }
    if (!hasDigit) {
      words.add(t);
      return;
    }
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < l.length(); i++) {
      char c = l.charAt(i);
      if (Character.isDigit(c)) {
        digits.append(c);
      } else {
        letters.append(c);
      }
    }
    if (letters.length() > 0) {
      words.add(new RawToken(letters.toString(), letters.toString(), t.script()));
    }
  }

  private static void noteTransliterations(List<RawToken> raw, List<String> notes) {
    Script current = null;
    StringBuilder from = new StringBuilder();
    StringBuilder to = new StringBuilder();
    for (RawToken t : raw) {
      if (t.script() == Script.LATIN) {
        continue;
      }
      if (current != null && current != t.script()) {
        notes.add(transliterated(current, from, to));
        from.setLength(0);
        to.setLength(0);
      }
      current = t.script();
      from.append(from.length() > 0 ? " " : "").append(t.text());
      to.append(to.length() > 0 ? " " : "").append(t.latin());
    }
    if (current != null) {
      notes.add(transliterated(current, from, to));
    }
  }

  private static String transliterated(Script s, CharSequence from, CharSequence to) {
    return "transliterated from " + s.label() + ": " + from + " → " + to;
  }
}

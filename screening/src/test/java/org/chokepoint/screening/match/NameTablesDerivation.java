package org.chokepoint.screening.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the shipped tables {@code legal-forms.tsv} and {@code name-words.tsv} from
 * opensanctions/rigour's name resources (MIT; copies in {@code ../shared/data/screening-dev/
 * reference/}) and fills the Latin keys of {@code legal-forms-added.tsv}. Run {@code main} with the
 * reference folder and the resource folder to regenerate; {@code NameTablesTest} checks that the
 * shipped files equal what this derives.
 */
public final class NameTablesDerivation {
  private NameTablesDerivation() {}

  public static void main(String[] args) throws IOException {
    Path reference = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Files.writeString(
        out.resolve("legal-forms.tsv"), legalForms(reference), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("name-words.tsv"), nameWords(reference), StandardCharsets.UTF_8);
    Path added = out.resolve("legal-forms-added.tsv");
    Files.writeString(added, withKeys(Files.readString(added)), StandardCharsets.UTF_8);
  }

  /** The Latin key of a form: each word's {@link Latin#ascii}, joined by a space. */
  static String key(String form) {
    return NameTablesKeys.key(form);
  }

  static String withKeys(String addedFile) {
    StringBuilder b = new StringBuilder();
    for (String line : addedFile.split("\n", -1)) {
      if (line.isEmpty() || line.startsWith("#")) {
        b.append(line).append('\n');
        continue;
      }
      String[] f = line.split("\t", -1);
      f[1] = key(f[0]);
      b.append(String.join("\t", f)).append('\n');
    }
    return b.toString().replaceAll("\n+$", "\n");
  }

  static String legalForms(Path reference) {
    StringBuilder b = new StringBuilder();
    b.append(
        "# Legal forms of organisations and their equivalence class (rigour's 'generic' type, else its\n");
    b.append(
        "# 'compare' or 'display' form). Derived from opensanctions/rigour resources/names/org_types.yml\n");
    b.append("# (MIT licence, (c) OpenSanctions) by NameTablesDerivation; do not edit by hand.\n");
    b.append(
        "# Columns: Latin key (Latin.ascii of each word, joined by a space), class, form as written.\n");
    Map<String, String[]> seen = new LinkedHashMap<>();
    String display = "";
    String compare = "";
    String generic = "";
    List<String> aliases = new ArrayList<>();
    List<String> lines = read(reference.resolve("resources_names_org_types.yml"));
    lines.add("  - END");
    for (String raw : lines) {
      String line = stripComment(raw);
      if (line.startsWith("  - ")) {
        addForms(seen, display, compare, generic, aliases);
        aliases = new ArrayList<>();
        display = "";
        compare = "";
        generic = "";
        line = "    " + line.substring(4);
      }
      if (line.startsWith("    display:")) {
        display = value(line);
      } else if (line.startsWith("    compare:")) {
        compare = value(line);
      } else if (line.startsWith("    generic:")) {
        generic = value(line);
      } else if (line.startsWith("      - ")) {
        aliases.add(value(line));
      }
    }
    seen.values()
        .forEach(
            r -> b.append(r[0]).append('\t').append(r[1]).append('\t').append(r[2]).append('\n'));
    return b.toString();
  }

  private static void addForms(
      Map<String, String[]> seen,
      String display,
      String compare,
      String generic,
      List<String> aliases) {
    String cls = !generic.isEmpty() ? generic : !compare.isEmpty() ? compare : display;
    if (cls.isEmpty()) {
      return;
    }
    List<String> forms = new ArrayList<>(aliases);
    if (!display.isEmpty()) {
      forms.add(0, display);
    }
    for (String form : forms) {
      String k = key(form);
      if (!k.isEmpty() && !k.matches("[0-9 ]+")) {
        seen.putIfAbsent(k, new String[] {k, cls, form.replace('\t', ' ')});
      }
    }
  }

  static String nameWords(Path reference) {
    StringBuilder b = new StringBuilder();
    b.append(
        "# Words with a role in names, derived from opensanctions/rigour resources/names/stopwords.yml and\n");
    b.append(
        "# symbols.yml (MIT licence, (c) OpenSanctions) by NameTablesDerivation; do not edit by hand.\n");
    b.append(
        "# Kinds: title (person prefix from PERSON_NAME_PREFIXES, ignored at a name's start), prefix (organisation or vessel prefix\n");
    b.append(
        "# such as 'The' or 'MV', ignored at the start), symbol (generic organisation word; words with the\n");
    b.append(
        "# same canonical form are equal, and weigh less), nick (nickname or spelling variant of a given\n");
    b.append("# name or surname; equal canonical forms match as variants).\n");
    b.append("# Columns: Latin key, kind, canonical form (a word may have several).\n");
    Map<String, String[]> out = new LinkedHashMap<>();
    String section = "";
    for (String raw : read(reference.resolve("resources_names_stopwords.yml"))) {
      String line = stripComment(raw);
      if (!line.startsWith(" ") && line.endsWith(":")) {
        section = line.substring(0, line.length() - 1);
      } else if (line.startsWith("  - ")) {
        String kind =
            switch (section) {
              case "PERSON_NAME_PREFIXES" -> "title";
              case "ORG_NAME_PREFIXES", "OBJ_NAME_PREFIXES" -> "prefix";
              default -> "";
            };
        String k = key(value(line));
        if (!kind.isEmpty() && !k.isEmpty()) {
          out.putIfAbsent(k + "\t" + k, new String[] {k, kind, k});
        }
      }
    }
    String group = "";
    for (String raw : read(reference.resolve("resources_names_symbols.yml"))) {
      String line = stripComment(raw);
      if (!line.startsWith(" ") && line.endsWith(":")) {
        section = line.substring(0, line.length() - 1);
      } else if (line.matches("  [^ -].*:")) {
        group = key(line.strip().replace(":", ""));
      } else if (line.startsWith("    - ") && !group.isEmpty()) {
        String kind =
            switch (section) {
              case "org_symbols", "org_domains" -> "symbol";
              case "person_nick", "person_name_parts" -> "nick";
              default -> "";
            };
        String k = key(value(line));
        if (!kind.isEmpty() && !k.isEmpty() && !k.contains(" ")) {
          String canonical = kind.equals("title") ? k : group;
          out.putIfAbsent(k + "\t" + canonical, new String[] {k, kind, canonical});
        }
      }
    }
    out.values().forEach(r -> b.append(String.join("\t", r)).append('\n'));
    return b.toString();
  }

  private static String stripComment(String line) {
    int hash = line.indexOf(" #");
    String s = hash >= 0 ? line.substring(0, hash) : line;
    return s.startsWith("#") || s.strip().startsWith("#") ? "" : s.stripTrailing();
  }

  private static String value(String line) {
    String v = line.substring(line.indexOf(line.contains(": ") ? ": " : "- ") + 2).strip();
    if (v.length() >= 2
        && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      v = v.substring(1, v.length() - 1);
    }
    return v;
  }

  private static List<String> read(Path p) {
    try {
      return new ArrayList<>(Files.readAllLines(p, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

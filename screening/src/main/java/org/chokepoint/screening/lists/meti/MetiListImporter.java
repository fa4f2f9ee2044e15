package org.chokepoint.screening.lists.meti;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.chokepoint.data.catalog.DatasetDescription;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.TableSink;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;
import org.chokepoint.screening.ListedEntity;
import org.chokepoint.screening.ListedName;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.lists.CountryNames;
import org.chokepoint.screening.lists.EntityTables;
import org.chokepoint.screening.lists.EntryBuilder;
import org.chokepoint.screening.lists.ImportWarnings;
import org.chokepoint.screening.lists.ListDates;
import org.chokepoint.screening.lists.ListDescription;
import org.chokepoint.screening.lists.Scripts;

/**
 * Imports one of METI's end-user lists of Japan's export ban (Russia, Belarus, third countries)
 * from the text of its PDF ({@code jp_meti_*.pdf.txt}). The entry id is the list's number; the
 * Japanese name is the primary name ({@code ja}), the English name and aliases are aliases ({@code
 * en}), Chinese names the list quotes in brackets are aliases ({@code zh}). The schema is {@link
 * Schema#UNKNOWN}: the notices designate "団体" but include persons. The vintage is the notice's
 * 最終更新日 (last update). Every entry is imported; an entry whose text the parser found irregular (an
 * announced alias count not met, no address, no English name) is reported as a warning with its
 * line, so what was read can be checked against the PDF.
 */
public final class MetiListImporter implements DatasetImporter {
  private static final Pattern NOTICE = Pattern.compile("（(令和[^（）]*?告示第[^（）]*?号)）");
  private static final Pattern UPDATED = Pattern.compile("最終更新日\\s*[：:](.*)");
  private static final Pattern DESIGNATED = Pattern.compile("指定日\\s*[：:](.*)");

  private final MetiList list;

  public MetiListImporter(MetiList list) {
    this.list = list;
  }

  @Override
  public String source() {
    return list.source();
  }

  @Override
  public String description() {
    return "METI end-user list, text of the PDF (" + list.title() + ")";
  }

  @Override
  public DatasetDescription importInto(Path path, TableSink sink) {
    SourceFile source = new SourceFile(path).requireReadable();
    List<String> lines =
        source.parse(List.of(StandardCharsets.UTF_8), r -> new BufferedReader(r).lines().toList());
    MetiBlocks blocks = MetiBlocks.split(lines);
    String header =
        blocks.header().stream().map(MetiBlocks.Line::text).collect(Collectors.joining());
    if (!header.replaceAll("\\s", "").contains(list.titleWords())) {
      throw ImportException.ofFile(
          source.name(),
          "the title does not name \"" + list.titleWords() + "\": not the " + list.title());
    }
    if (blocks.blocks().isEmpty()) {
      throw ImportException.ofFile(source.name(), "no numbered entries found");
    }
    String vintage = date(UPDATED, "最終更新日", header, source.name());
    Matcher notice = NOTICE.matcher(header.replaceAll("\\s", ""));
    String programme = notice.find() ? notice.group(1) : list.title();
    sink.sourceFile(path);
    ImportWarnings warnings = new ImportWarnings();
    EntityTables tables = new EntityTables(sink);
    int irregular = 0;
    for (MetiBlocks.Block block : blocks.blocks()) {
      MetiEntry entry = MetiEntryParser.parse(block);
      if (!entry.regular()) {
        irregular++;
        warnings.add(
            "entry "
                + entry.number
                + " (line "
                + entry.line
                + "): "
                + String.join("; ", entry.problems)
                + ": imported as read, check against the list");
      }
      tables.add(entity(entry, programme));
    }
    if (irregular > 0) {
      warnings.add(
          irregular + " of " + blocks.blocks().size() + " entries were irregular (listed above)");
    }
    return ListDescription.of(
        list.title(),
        "Ministry of Economy, Trade and Industry (METI) and Ministry of Foreign Affairs of Japan",
        "Government of Japan Standard Terms of Use 2.0 (METI website terms: reuse with"
            + " attribution, compatible with CC BY 4.0); text extracted from METI's PDF and kept"
            + " in the OpenSanctions repository (code MIT)",
        vintage,
        "METI, "
            + programme
            + " (designated "
            + date(DESIGNATED, "指定日", header, source.name())
            + ", last updated "
            + vintage
            + ")",
        "https://www.meti.go.jp/policy/anpo/law_document/tutatu/t10kaisei/ukraine_tokutei.html",
        warnings.list(),
        tables.count());
  }

  private ListedEntity entity(MetiEntry m, String programme) {
    EntryBuilder e = new EntryBuilder(list.source(), Integer.toString(m.number), Schema.UNKNOWN);
    if (!m.japaneseName.isEmpty()) {
      e.name(m.japaneseName, ListedName.Kind.PRIMARY, "ja");
      e.name(m.englishName, ListedName.Kind.ALIAS, "en");
    } else {
      e.name(m.englishName, ListedName.Kind.PRIMARY, "en");
    }
    for (String a : m.japaneseAliases) {
      e.name(a, ListedName.Kind.ALIAS, Scripts.hasKana(a) || Scripts.hasHan(a) ? "ja" : "");
    }
    m.englishAliases.forEach(a -> e.name(a, ListedName.Kind.ALIAS, "en"));
    m.chineseNames.forEach(a -> e.name(a, ListedName.Kind.ALIAS, "zh"));
    e.programme(programme);
    e.country(list.country());
    for (String address : m.addresses) {
      e.address(address);
      addressCountry(address, e);
    }
    m.descriptions.forEach(e::remark);
    if (!e.hasName()) {
      e.name("entry " + m.number, ListedName.Kind.PRIMARY, "");
    }
    return e.build();
  }

  /** The last comma-separated part of an address that names a country, digits ignored. */
  private static void addressCountry(String address, EntryBuilder e) {
    String[] parts = address.split(",");
    for (int i = parts.length - 1; i >= 0; i--) {
      String p = parts[i].replaceAll("[0-9.]", " ").strip();
      if (!p.isEmpty()) {
        CountryNames.standard().find(p).ifPresent(e::country);
        return;
      }
    }
  }

  private static String date(Pattern pattern, String label, String header, String file) {
    Matcher m = pattern.matcher(header);
    if (!m.find()) {
      throw ImportException.ofFile(file, "no " + label + " (date) in the notice's title");
    }
    return ListDates.japanese(m.group(1))
        .map(Object::toString)
        .orElseThrow(() -> ImportException.ofFile(file, "\"" + m.group(1) + "\" is not a date"));
  }
}

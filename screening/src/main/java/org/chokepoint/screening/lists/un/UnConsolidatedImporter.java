package org.chokepoint.screening.lists.un;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chokepoint.data.catalog.DatasetDescription;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.TableSink;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;
import org.chokepoint.screening.ListedName;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.lists.EntityTables;
import org.chokepoint.screening.lists.EntryBuilder;
import org.chokepoint.screening.lists.ImportWarnings;
import org.chokepoint.screening.lists.ListDates;
import org.chokepoint.screening.lists.ListDescription;
import org.chokepoint.screening.lists.SafeXml;
import org.chokepoint.screening.lists.XmlNode;

/**
 * Imports the UN Security Council Consolidated List (XML, {@code CONSOLIDATED_LIST} of {@code
 * INDIVIDUAL} and {@code ENTITY}). The entry id is the UN's {@code REFERENCE_NUMBER} ({@code
 * QDi.290}); the name joins {@code FIRST_NAME} to {@code FOURTH_NAME}; aliases of quality "Low" are
 * weak aliases; the name in original script ({@code NAME_ORIGINAL_SCRIPT}) is an alias without a
 * language tag, since the list does not say which language it is. The vintage is the root's {@code
 * dateGenerated}.
 */
public final class UnConsolidatedImporter implements DatasetImporter {
  public static final String SOURCE = "un";
  private static final List<String> NAME_PARTS =
      List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME");

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public String description() {
    return "UN Security Council Consolidated List (consolidated.xml)";
  }

  @Override
  public DatasetDescription importInto(Path path, TableSink sink) {
    String file = new SourceFile(path).requireReadable().name();
    EntityTables tables = new EntityTables(sink);
    ImportWarnings warnings = new ImportWarnings();
    String[] generated = {""};
    Set<String> ids = new HashSet<>();
    SafeXml.read(
        path,
        Set.of("INDIVIDUAL", "ENTITY"),
        new SafeXml.Handler() {
          @Override
          public void root(XmlNode root) {
            if (!root.name().equals("CONSOLIDATED_LIST")) {
              throw new ImportException(
                  file,
                  root.line(),
                  root.column(),
                  "root element <"
                      + root.name()
                      + ">: not a UN consolidated list (expected <CONSOLIDATED_LIST>)");
            }
            generated[0] =
                ListDates.iso(root.attribute("dateGenerated"))
                    .map(Object::toString)
                    .orElseThrow(
                        () ->
                            new ImportException(
                                file,
                                root.line(),
                                root.column(),
                                "dateGenerated \""
                                    + root.attribute("dateGenerated")
                                    + "\" is missing or not a date"));
          }

          @Override
          public void record(XmlNode n) {
            EntryBuilder e = entry(n, file, warnings);
            if (!ids.add(e.entryId())) {
              throw error(n, file, "REFERENCE_NUMBER " + e.entryId() + " appears twice");
            }
            tables.add(e.build());
          }
        });
    sink.sourceFile(path);
    String vintage = generated[0];
    return ListDescription.of(
        "United Nations Security Council Consolidated List",
        "United Nations Security Council",
        "Public: UN Security Council publication, no licence terms stated; attribute the United"
            + " Nations Security Council",
        vintage,
        "United Nations Security Council Consolidated List, generated " + vintage,
        "https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list",
        warnings.list(),
        tables.count());
  }

  private static EntryBuilder entry(XmlNode n, String file, ImportWarnings warnings) {
    boolean person = n.name().equals("INDIVIDUAL");
    String id = n.childText("REFERENCE_NUMBER");
    if (id.isEmpty()) {
      throw error(n, file, "<" + n.name() + "> without a REFERENCE_NUMBER");
    }
    List<String> parts = new ArrayList<>();
    for (String p : NAME_PARTS) {
      String s = EntryBuilder.clean(n.childText(p));
      if (!s.isEmpty()) {
        parts.add(s);
      }
    }
    if (parts.isEmpty()) {
      throw error(n, file, id + " has no FIRST_NAME");
    }
    EntryBuilder e = new EntryBuilder(SOURCE, id, person ? Schema.PERSON : Schema.LEGAL_ENTITY);
    e.name(String.join(" ", parts), ListedName.Kind.PRIMARY, "");
    e.name(n.childText("NAME_ORIGINAL_SCRIPT"), ListedName.Kind.ALIAS, "");
    String prefix = person ? "INDIVIDUAL_" : "ENTITY_";
    e.programme(n.childText("UN_LIST_TYPE"));
    String listed = n.childText("LISTED_ON");
    e.listedOn(ListDates.iso(listed).map(Object::toString).orElse(listed));
    for (XmlNode v : n.findChild("NATIONALITY").map(x -> x.children("VALUE")).orElse(List.of())) {
      e.country(warnings.country(v.text(), file, v.line()));
    }
    for (XmlNode a : n.children(prefix + "ADDRESS")) {
      List<String> text = texts(a, "STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY");
      String note = EntryBuilder.clean(a.childText("NOTE"));
      String address = String.join(", ", text);
      e.address(note.isEmpty() || address.isEmpty() ? address : address + " (" + note + ")");
      e.country(warnings.country(a.childText("COUNTRY"), file, a.line()));
    }
    for (XmlNode d : n.children("INDIVIDUAL_DATE_OF_BIRTH")) {
      e.birthDate(birthDate(d));
    }
    for (XmlNode a : n.children(prefix + "ALIAS")) {
      e.name(a.childText("ALIAS_NAME"), aliasKind(a, file, warnings), "");
      e.birthDate(a.childText("DATE_OF_BIRTH"));
    }
    for (XmlNode d : n.children("INDIVIDUAL_DOCUMENT")) {
      String country = d.childText("ISSUING_COUNTRY");
      country = country.isEmpty() ? d.childText("COUNTRY_OF_ISSUE") : country;
      String number = EntryBuilder.clean(d.childText("NUMBER"));
      if (!number.isEmpty()) {
        e.identifier(
            d.childText("TYPE_OF_DOCUMENT"),
            country.isEmpty() ? number : number + " (" + EntryBuilder.clean(country) + ")");
      }
    }
    e.remark(n.childText("COMMENTS1"));
    return e;
  }

  /** "Good" or none: alias; "Low": weak alias; entities write "a.k.a." and "f.k.a." here. */
  private static ListedName.Kind aliasKind(XmlNode a, String file, ImportWarnings warnings) {
    String q = a.childText("QUALITY").toLowerCase(Locale.ROOT);
    switch (q) {
      case "low":
        return ListedName.Kind.WEAK_ALIAS;
      case "", "good", "a.k.a.", "f.k.a.", "n.k.a.":
        return ListedName.Kind.ALIAS;
      default:
        warnings.add(
            "alias quality \""
                + a.childText("QUALITY")
                + "\" at line "
                + a.line()
                + " of "
                + file
                + " is unknown: read as an alias");
        return ListedName.Kind.ALIAS;
    }
  }

  /** {@code 1964-04-13}, {@code 1955}, {@code circa 1960}, {@code 1958 to 1960}, or the note. */
  private static String birthDate(XmlNode d) {
    boolean about = d.childText("TYPE_OF_DATE").equalsIgnoreCase("APPROXIMATELY");
    String date = d.childText("DATE");
    date = ListDates.iso(date).map(Object::toString).orElse(date);
    String year = d.childText("YEAR");
    String from = d.childText("FROM_YEAR");
    String to = d.childText("TO_YEAR");
    String value =
        !date.isEmpty()
            ? date
            : !year.isEmpty()
                ? year
                : !from.isEmpty() && !to.isEmpty() ? from + " to " + to : d.childText("NOTE");
    return about && !value.isEmpty() ? "circa " + value : value;
  }

  private static List<String> texts(XmlNode n, String... children) {
    List<String> out = new ArrayList<>();
    for (String c : children) {
      String t = EntryBuilder.clean(n.childText(c));
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static ImportException error(XmlNode n, String file, String reason) {
    return new ImportException(file, n.line(), n.column(), reason);
  }
}

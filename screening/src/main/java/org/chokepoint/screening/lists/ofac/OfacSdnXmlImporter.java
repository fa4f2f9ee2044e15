package org.chokepoint.screening.lists.ofac;

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
 * Imports OFAC's SDN list from its classic XML ({@code sdn.xml}: {@code sdnList} of {@code
 * sdnEntry}, not the "advanced" schema). The entry model is the CSV importer's: the same entry
 * gives the same names, countries, dates, identifiers, programmes and addresses from either file;
 * only the remarks differ, because the XML keeps in elements what the CSV writes into its remarks.
 * The vintage is the file's {@code Publish_Date}.
 */
public final class OfacSdnXmlImporter implements DatasetImporter {
  public static final String SOURCE = "ofac-sdn-xml";

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public String description() {
    return "OFAC SDN list, classic XML (sdn.xml)";
  }

  @Override
  public DatasetDescription importInto(Path path, TableSink sink) {
    String file = new SourceFile(path).requireReadable().name();
    EntityTables tables = new EntityTables(sink);
    ImportWarnings warnings = new ImportWarnings();
    List<XmlNode> publication = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    SafeXml.read(
        path,
        Set.of("publshInformation", "sdnEntry"),
        new SafeXml.Handler() {
          @Override
          public void root(XmlNode root) {
            if (!root.name().equals("sdnList")) {
              throw new ImportException(
                  file,
                  root.line(),
                  root.column(),
                  "root element <" + root.name() + ">: not an OFAC SDN XML (expected <sdnList>)");
            }
          }

          @Override
          public void record(XmlNode n) {
            if (n.name().equals("publshInformation")) {
              publication.add(n);
            } else {
              EntryBuilder e = entry(n, file, warnings);
              if (!ids.add(e.entryId())) {
                throw error(n, file, "entry " + e.entryId() + " appears twice");
              }
              tables.add(e.build());
            }
          }
        });
    sink.sourceFile(path);
    String vintage = vintage(publication, file, tables.count());
    return ListDescription.of(
        "Specially Designated Nationals and Blocked Persons List (SDN)",
        "U.S. Department of the Treasury, Office of Foreign Assets Control (OFAC)",
        OfacLicence.TEXT,
        vintage,
        "U.S. Department of the Treasury, OFAC, Specially Designated Nationals and Blocked"
            + " Persons List, XML release of "
            + vintage,
        OfacLicence.URL,
        warnings.list(),
        tables.count());
  }

  /** {@code Publish_Date} (MM/DD/YYYY), checked against {@code Record_Count}. */
  private static String vintage(List<XmlNode> publication, String file, int entries) {
    if (publication.isEmpty()) {
      throw ImportException.ofFile(file, "no <publshInformation>: not an OFAC SDN XML");
    }
    XmlNode p = publication.get(0);
    String date = p.childText("Publish_Date");
    String vintage =
        ListDates.monthDayYear(date)
            .or(() -> ListDates.iso(date))
            .map(Object::toString)
            .orElseThrow(
                () ->
                    new ImportException(
                        file,
                        p.line(),
                        p.column(),
                        "Publish_Date \"" + date + "\" is not a date (expected MM/DD/YYYY)"));
    String count = p.childText("Record_Count");
    if (!count.isEmpty() && !count.equals(Integer.toString(entries))) {
      throw new ImportException(
          file,
          p.line(),
          p.column(),
          "Record_Count says " + count + " entries but the file has " + entries + ": truncated?");
    }
    return vintage;
  }

  private static EntryBuilder entry(XmlNode n, String file, ImportWarnings warnings) {
    String uid = n.childText("uid");
    if (!uid.matches("\\d{1,10}")) {
      throw error(n, file, "sdnEntry without a numeric <uid> (found \"" + uid + "\")");
    }
    String type = n.childText("sdnType");
    Schema schema =
        SdnFeatures.schema(type)
            .orElseThrow(
                () -> error(n, file, "entry " + uid + ": unknown sdnType \"" + type + "\""));
    String name = fullName(n);
    if (name.isEmpty()) {
      throw error(n, file, "entry " + uid + " has no <lastName>");
    }
    EntryBuilder e = new EntryBuilder(SOURCE, uid, schema);
    e.name(name, ListedName.Kind.PRIMARY, "");
    n.listTexts("programList", "program").forEach(e::programme);
    n.findChild("vesselInfo")
        .ifPresent(
            v -> {
              e.identifier("Call Sign", v.childText("callSign"));
              e.country(warnings.country(v.childText("vesselFlag"), file, v.line()));
            });
    for (XmlNode d : items(n, "dateOfBirthList", "dateOfBirthItem")) {
      SdnFeatures.apply(e, "DOB", d.childText("dateOfBirth"), "", warnings, file, d.line());
    }
    for (XmlNode c : items(n, "nationalityList", "nationality")) {
      SdnFeatures.apply(e, "nationality", c.childText("country"), "", warnings, file, c.line());
    }
    for (XmlNode c : items(n, "citizenshipList", "citizenship")) {
      SdnFeatures.apply(e, "citizen", c.childText("country"), "", warnings, file, c.line());
    }
    for (XmlNode id : items(n, "idList", "id")) {
      SdnFeatures.apply(
          e,
          id.childText("idType"),
          id.childText("idNumber"),
          id.childText("idCountry"),
          warnings,
          file,
          id.line());
    }
    for (XmlNode aka : items(n, "akaList", "aka")) {
      boolean weak = aka.childText("category").toLowerCase(Locale.ROOT).equals("weak");
      e.name(fullName(aka), weak ? ListedName.Kind.WEAK_ALIAS : ListedName.Kind.ALIAS, "");
    }
    for (XmlNode a : items(n, "addressList", "address")) {
      String street = join(", ", a, "address1", "address2", "address3");
      String city = join(" ", a, "city", "stateOrProvince", "postalCode");
      String country = a.childText("country");
      e.address(String.join(", ", nonEmpty(street, city, country)));
      e.country(warnings.country(country, file, a.line()));
    }
    e.remark(n.childText("remarks"));
    return e;
  }

  /** {@code LAST, First} as the CSV writes it; entities have a last name only. */
  private static String fullName(XmlNode n) {
    String last = EntryBuilder.clean(n.childText("lastName"));
    String first = EntryBuilder.clean(n.childText("firstName"));
    return first.isEmpty() ? last : last.isEmpty() ? first : last + ", " + first;
  }

  private static List<XmlNode> items(XmlNode n, String list, String item) {
    return n.findChild(list).map(l -> l.children(item)).orElse(List.of());
  }

  private static String join(String separator, XmlNode n, String... children) {
    List<String> parts = new ArrayList<>();
    for (String c : children) {
      parts.add(n.childText(c));
    }
    return String.join(separator, nonEmpty(parts.toArray(new String[0])));
  }

  private static List<String> nonEmpty(String... parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      String c = EntryBuilder.clean(p);
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  private static ImportException error(XmlNode n, String file, String reason) {
    return new ImportException(file, n.line(), n.column(), reason);
  }
}

package org.chokepoint.screening.lists.ofac;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.chokepoint.screening.Schema;
import org.chokepoint.screening.lists.EntryBuilder;
import org.chokepoint.screening.lists.ImportWarnings;

/**
 * The SDN vocabulary both OFAC formats share: entry types, programme lists, and the "features"
 * (date of birth, nationality, citizenship, identity documents) that the CSV writes into the
 * remarks and the XML into its own elements. Both importers apply a feature through {@link #apply},
 * so that the same entry gives the same {@code ListedEntity} from either file.
 */
final class SdnFeatures {
  /**
   * Identifier types kept as {@code type: value}, longest first so that "Passport" does not take
   * "Passport Booklet". Taken from the types seen in the 2021 list; a feature of another type stays
   * in the remarks only.
   */
  static final List<String> ID_TYPES =
      List.of(
              "Passport",
              "Diplomatic Passport",
              "Stateless Person Passport",
              "British National Overseas Passport",
              "Passport Booklet",
              "Travel Document Number",
              "Cedula No.",
              "National ID No.",
              "National Foreign ID Number",
              "Personal ID Card",
              "Identification Number",
              "Turkish Identification Number",
              "Kenyan ID No.",
              "Bosnian Personal ID No.",
              "Moroccan Personal ID No.",
              "Tazkira National ID Card",
              "Citizen's Card Number",
              "Numero de Identidad",
              "Birth Certificate Number",
              "Residency Number",
              "Refugee ID Card",
              "Stateless Person ID Card",
              "Electoral Registry No.",
              "Credencial electoral",
              "Driver's License No.",
              "SSN",
              "D.N.I.",
              "N.I.E.",
              "C.U.R.P.",
              "C.U.R.P. #",
              "R.F.C.",
              "R.F.C. #",
              "RFC",
              "I.F.E.",
              "C.U.I.T.",
              "C.U.I.P.",
              "C.U.I.",
              "C.I.F.",
              "CNP (Personal Numerical Code)",
              "Italian Fiscal Code",
              "Fiscal Code",
              "NIT #",
              "RUC #",
              "RIF #",
              "RTN",
              "Tax ID No.",
              "US FEIN",
              "V.A.T. Number",
              "Registration Number",
              "Registration ID",
              "Public Registration Number",
              "Business Registration Number",
              "Business Registration Document #",
              "Business Number",
              "Company Number",
              "UK Company Number",
              "Commercial Registry Number",
              "C.R. No.",
              "Folio Mercantil No.",
              "Matricula Mercantil No",
              "Chamber of Commerce Number",
              "Certificate of Incorporation Number",
              "Government Gazette Number",
              "Legal Entity Number",
              "LE Number",
              "Enterprise Number",
              "Trade License No.",
              "Registered Charity No.",
              "Unified Social Credit Code (USCC)",
              "United Social Credit Code Certificate (USCCC)",
              "Chinese Commercial Code",
              "D-U-N-S Number",
              "SWIFT/BIC",
              "BIK (RU)",
              "Vessel Registration Identification",
              "International Maritime Organization No.",
              "MMSI",
              "Aircraft Manufacturer's Serial Number (MSN)",
              "Aircraft Construction Number (also called L/N or S/N or F/N)",
              "Aircraft Tail Number",
              "Aircraft Mode S Transponder Code",
              "Aircraft Serial Identification")
          .stream()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .toList();

  /** Features that are dates of birth or of incorporation. */
  static final List<String> DATE_TYPES = List.of("DOB", "Organization Established Date");

  private SdnFeatures() {}

  /**
   * {@code individual}, {@code vessel}, {@code aircraft}; blank or {@code Entity}: a legal entity.
   */
  static Optional<Schema> schema(String sdnType) {
    return switch (sdnType.strip().toLowerCase(Locale.ROOT)) {
      case "individual" -> Optional.of(Schema.PERSON);
      case "", "entity" -> Optional.of(Schema.LEGAL_ENTITY);
      case "vessel" -> Optional.of(Schema.VESSEL);
      case "aircraft" -> Optional.of(Schema.AIRCRAFT);
      default -> Optional.empty();
    };
  }

  /** The CSV joins programmes as {@code DPRK3] [CYBER2}. */
  static List<String> programmes(String field) {
    return Stream.of(field.split("\\]\\s*\\["))
        .map(s -> s.replace("[", "").replace("]", "").strip())
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /**
   * Applies one feature to the entry.
   *
   * @param type as OFAC names it: {@code DOB}, {@code nationality}, {@code citizen}, {@code
   *     Passport}, …
   * @param country the issuing country of a document, or empty
   * @return whether the feature was one the model keeps
   */
  static boolean apply(
      EntryBuilder e,
      String type,
      String value,
      String country,
      ImportWarnings warnings,
      String file,
      long line) {
    String t = EntryBuilder.clean(type);
    if (DATE_TYPES.contains(t)) {
      e.birthDate(value);
      return true;
    }
    if (t.equalsIgnoreCase("nationality") || t.equalsIgnoreCase("citizen")) {
      e.country(warnings.country(value, file, line));
      return true;
    }
    if (ID_TYPES.contains(t)) {
      String c = EntryBuilder.clean(country);
      e.identifier(t, c.isEmpty() ? value : value + " (" + c + ")");
      return true;
    }
    return false;
  }
}

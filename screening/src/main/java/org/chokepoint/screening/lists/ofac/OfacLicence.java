package org.chokepoint.screening.lists.ofac;

/** What both OFAC importers say about the list's licence and where it is published. */
final class OfacLicence {
  static final String TEXT = "Public domain (U.S. government work, 17 U.S.C. 105)";
  static final String URL =
      "https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists";

  private OfacLicence() {}
}

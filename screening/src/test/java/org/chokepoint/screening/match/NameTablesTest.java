package org.chokepoint.screening.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.chokepoint.data.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The shipped tables are what {@link NameTablesDerivation} derives from opensanctions/rigour's
 * files, and the Latin keys of the added Japanese forms are what {@link Latin} gives.
 */
class NameTablesTest {
  private static String shipped(String name) throws IOException {
    try (InputStream in =
        NameTables.class.getResourceAsStream("/org/chokepoint/screening/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void shippedTablesAreDerivedFromTheReference() throws IOException {
    Path reference = SharedData.require("screening-dev/reference");
    assertThat(shipped("legal-forms.tsv")).isEqualTo(NameTablesDerivation.legalForms(reference));
    assertThat(shipped("name-words.tsv")).isEqualTo(NameTablesDerivation.nameWords(reference));
  }

  @Test
  void addedFormsCarryTheirLatinKeys() throws IOException {
    String added = shipped("legal-forms-added.tsv");
    assertThat(NameTablesDerivation.withKeys(added)).isEqualTo(added);
  }
}

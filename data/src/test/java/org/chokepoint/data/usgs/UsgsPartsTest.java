package org.chokepoint.data.usgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chokepoint.minerals.ProducerKind;
import org.chokepoint.minerals.QuantityStatus;
import org.junit.jupiter.api.Test;

/** The USGS vocabulary, cell by cell, with cases taken from the MCS 2026 release. */
class UsgsPartsTest {
  @Test
  void valueCells() {
    assertThat(UsgsValues.parse("1,600,000").value()).isEqualTo(1_600_000);
    assertThat(UsgsValues.parse("1.5").value()).isEqualTo(1.5);
    assertThat(UsgsValues.parse("68\u00a0").value()).isEqualTo(68);
    assertThat(UsgsValues.parse("—").value()).isZero();
    assertThat(UsgsValues.parse("W").status()).isEqualTo(QuantityStatus.WITHHELD);
    assertThat(UsgsValues.parse("NA").status()).isEqualTo(QuantityStatus.NOT_AVAILABLE);
    assertThat(UsgsValues.parse("XX").status()).isEqualTo(QuantityStatus.NOT_APPLICABLE);
    assertThat(UsgsValues.parse("s").status()).isEqualTo(QuantityStatus.NEGLIGIBLE);
    for (String annotation : List.of(">95", "<1,000", "50–300", "330 - 390", "Large", "E", "?1")) {
      assertThat(UsgsValues.parse(annotation).status())
          .as(annotation)
          .isEqualTo(QuantityStatus.ANNOTATION);
      assertThat(UsgsValues.parse(annotation).value()).as(annotation).isNaN();
    }
    assertThatThrownBy(() -> UsgsValues.parse("1,00")).hasMessageContaining("not a number");
    assertThatThrownBy(() -> UsgsValues.parse("12,3456")).hasMessageContaining("not a number");
  }

  @Test
  void stagesFollowTheWorldTotals() {
    // Talc And Pyrophyllite, 2025: one world total, country rows on several bases
    UsgsStages talc = new UsgsStages(List.of("Mine production: rounded"));
    assertThat(talc.resolve("Mine production: includes crude"))
        .isEqualTo(new UsgsStages.Resolved("Mine production", "includes crude"));
    assertThat(talc.resolve("Mine production"))
        .isEqualTo(new UsgsStages.Resolved("Mine production", ""));
    // Boron: "Production—All forms" total; the rows name other forms
    UsgsStages boron = new UsgsStages(List.of("Production—All forms"));
    assertThat(boron.resolve("Production—ulexite"))
        .isEqualTo(new UsgsStages.Resolved("Production—All forms", "Production—ulexite"));
    // Soda ash: three totals; "Natural" rows join "natural"
    UsgsStages soda =
        new UsgsStages(
            List.of(
                "Mine production: natural, rounded",
                "Mine production: synthetic",
                "Mine production: natural and synthetic, rounded"));
    assertThat(soda.resolve("Mine production: Natural").stage())
        .isEqualTo("Mine production: natural");
    // Cement: the "Other countries" row carries the rounding suffix too
    UsgsStages cement = new UsgsStages(List.of("Cement production: rounded"));
    assertThat(cement.resolve("Cement production: rounded").stage()).isEqualTo("Cement production");
    // Mica: two stages with their own totals stay apart
    UsgsStages mica =
        new UsgsStages(
            List.of(
                "Mica (Scrap and flake): production, rounded",
                "Mica (Sheet): Mine production, rounded"));
    assertThat(mica.resolve("Mica (Sheet): Mine production").stage())
        .isEqualTo("Mica (Sheet): Mine production");
    // no world total at all: the detail is its own stage
    assertThat(new UsgsStages(List.of()).resolve("Mine production").stage())
        .isEqualTo("Mine production");
  }

  @Test
  void countryNamesMapToIso() {
    UsgsCountryNames names = UsgsCountryNames.bundled();
    assertThat(names.find("Burma").orElseThrow().country().alpha3()).isEqualTo("MMR");
    assertThat(names.find("Congo (Kinshasa)").orElseThrow().country().alpha3()).isEqualTo("COD");
    assertThat(names.find("Korea, North").orElseThrow().country().alpha3()).isEqualTo("PRK");
    assertThat(names.find("Korea, Republic of").orElseThrow().country().alpha3()).isEqualTo("KOR");
    assertThat(names.find("Côte d’Ivoire").orElseThrow().country().alpha3()).isEqualTo("CIV");
    assertThat(names.find("Côte d'Ivoire").orElseThrow().country().alpha3()).isEqualTo("CIV");
    assertThat(names.find("Other countries").orElseThrow().kind())
        .isEqualTo(ProducerKind.UNATTRIBUTED);
    assertThat(names.find("World total").orElseThrow().kind()).isEqualTo(ProducerKind.WORLD_TOTAL);
    assertThat(names.find("Atlantis")).isEmpty();
  }
}

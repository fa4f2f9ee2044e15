package org.chokepoint.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Layer rules of the data module: importers are translated at the boundary and know nothing of each
 * other; the catalog and the text readers know no importer; nothing here knows the command line.
 */
class DataArchitectureTest {
  private static final JavaClasses DATA =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.chokepoint.data");

  private static final String[] IMPORTERS = {
    "org.chokepoint.data.usgs..",
    "org.chokepoint.data.wgi..",
    "org.chokepoint.data.iso..",
    "org.chokepoint.data.hs..",
    "org.chokepoint.data.baci..",
    "org.chokepoint.data.comtrade..",
    "org.chokepoint.data.usitc..",
    "org.chokepoint.data.eto.."
  };

  @Test
  void importersDoNotDependOnEachOther() {
    slices()
        .matching("org.chokepoint.data.(usgs|wgi|iso|hs|baci|comtrade|usitc|eto)..")
        .should()
        .notDependOnEachOther()
        .check(DATA);
  }

  @Test
  void catalogAndTextKnowNoImporter() {
    noClasses()
        .that()
        .resideInAnyPackage("org.chokepoint.data.catalog..", "org.chokepoint.data.text..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(IMPORTERS)
        .check(DATA);
  }

  @Test
  void dataKnowsNothingOfTheSurfaces() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.chokepoint.cli..", "org.chokepoint.app..", "picocli..")
        .check(DATA);
  }

  @Test
  void importersOnlyUseTheCoreTheCatalogAndText() {
    classes()
        .that()
        .resideInAnyPackage(IMPORTERS)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "com.fasterxml.jackson..",
            "org.chokepoint.data.catalog..",
            "org.chokepoint.data.text..",
            "org.chokepoint.data.trade..",
            "org.chokepoint.trade..",
            "org.chokepoint.geo..",
            "org.chokepoint.minerals..",
            "org.chokepoint.governance..",
            "org.chokepoint.product..",
            "org.chokepoint.data.usgs..",
            "org.chokepoint.data.wgi..",
            "org.chokepoint.data.iso..",
            "org.chokepoint.data.hs..",
            "org.chokepoint.data.baci..",
            "org.chokepoint.data.comtrade..",
            "org.chokepoint.data.usitc..",
            "org.chokepoint.data.eto..",
            "org.chokepoint.network..")
        .check(DATA);
  }

  /**
   * Firm networks (importer, stored form, views) build on the core, the catalog, text and the
   * countries dataset, and no other importer; the catalog and text do not know them.
   */
  @Test
  void firmNetworksStayApart() {
    classes()
        .that()
        .resideInAPackage("org.chokepoint.data.network..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "com.fasterxml.jackson..",
            "org.chokepoint.data.network..",
            "org.chokepoint.data.catalog..",
            "org.chokepoint.data.text..",
            "org.chokepoint.data.iso..",
            "org.chokepoint.geo..",
            "org.chokepoint.network..",
            "org.chokepoint.provenance..")
        .check(DATA);
    noClasses()
        .that()
        .resideInAnyPackage("org.chokepoint.data.catalog..", "org.chokepoint.data.text..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.chokepoint.data.network..")
        .check(DATA);
  }

  @Test
  void noCycles() {
    slices().matching("org.chokepoint.data.(*)..").should().beFreeOfCycles().check(DATA);
  }
}

package org.chokepoint.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The surfaces: the command line translates options to workspace calls and knows neither the wiring
 * nor any importer's vocabulary; the wiring ({@code app}) is the only place that builds the graph.
 */
class AppArchitectureTest {
  private static final JavaClasses ALL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.chokepoint");

  @Test
  void commandLineDoesNotKnowTheWiring() {
    noClasses()
        .that()
        .resideInAPackage("org.chokepoint.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.chokepoint.app..")
        .check(ALL);
  }

  @Test
  void commandLineDoesNotReachIntoImporters() {
    noClasses()
        .that()
        .resideInAPackage("org.chokepoint.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.chokepoint.data.usgs..",
            "org.chokepoint.data.wgi..",
            "org.chokepoint.data.iso..",
            "org.chokepoint.data.hs..",
            "org.chokepoint.data.baci..",
            "org.chokepoint.data.comtrade..",
            "org.chokepoint.data.usitc..",
            "org.chokepoint.data.eto..",
            "org.chokepoint.screening.lists..")
        .check(ALL);
  }

  @Test
  void serverKnowsNeitherTheCommandLineNorTheWiring() {
    noClasses()
        .that()
        .resideInAPackage("org.chokepoint.server..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.chokepoint.cli..", "org.chokepoint.app..")
        .check(ALL);
  }

  @Test
  void noPackageCycles() {
    slices().matching("org.chokepoint.(*)..").should().beFreeOfCycles().check(ALL);
  }
}

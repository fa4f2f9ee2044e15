package org.chokepoint.screening.lists;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The list importers are translated at the boundary: one sub-package per list format, none knowing
 * another, and the shared part ({@code lists}: the stored form, countries, dates, safe XML) knowing
 * no format.
 */
class ListsArchitectureTest {
  private static final JavaClasses LISTS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.chokepoint.screening.lists");

  @Test
  void formatsDoNotDependOnEachOther() {
    slices()
        .matching("org.chokepoint.screening.lists.(*)..")
        .should()
        .notDependOnEachOther()
        .check(LISTS);
  }

  @Test
  void theSharedPartKnowsNoFormat() {
    noClasses()
        .that()
        .resideInAPackage("org.chokepoint.screening.lists")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.chokepoint.screening.lists.(*)..")
        .check(LISTS);
  }
}

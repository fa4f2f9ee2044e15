package org.chokepoint.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core is the domain and the analyses: it depends on the JDK only, and has no cycles. */
class CoreArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.chokepoint");

  @Test
  void coreDependsOnTheJdkOnly() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.chokepoint..")
        .check(CORE);
  }

  @Test
  void coreKnowsNothingOfTheOuterLayers() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackages(
            "org.chokepoint.data..", "org.chokepoint.cli..", "org.chokepoint.app..")
        .check(CORE);
  }

  /** The firm-network kernels work on plain arrays: nothing but the JDK and their own package. */
  @Test
  void firmNetworkKernelsStandAlone() {
    classes()
        .that()
        .resideInAPackage("org.chokepoint.network.firm..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.chokepoint.network.firm..")
        .check(CORE);
  }

  @Test
  void noCyclesBetweenDomainPackages() {
    slices().matching("org.chokepoint.(*)..").should().beFreeOfCycles().check(CORE);
  }
}

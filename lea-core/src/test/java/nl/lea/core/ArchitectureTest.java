package nl.lea.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The structure of lea-core, guarded: hidden implementations, no cycles, no foreign dependencies. */
class ArchitectureTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("nl.lea.core");

  @Test
  void generatedImplementationsArePackagePrivate() {
    classes().that().haveSimpleNameStartingWith("Immutable")
        .should().notBePublic()
        .andShould().notHaveModifier(JavaModifier.PROTECTED)
        .check(CORE);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("nl.lea.(**)").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void dependsOnlyOnTheJdkAndUnitsOfMeasurement() {
    classes().should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "javax.measure..", "tech.units.indriya..", "nl.lea.core..",
            // The CLASS-retained marker that Immutables puts on generated code; not needed at run time.
            "org.immutables.value", "org.apiguardian.api")
        .check(CORE);
  }

  @Test
  void onlyTheVeOfferUsesUnitsOfMeasurement() {
    noClasses().that().doNotHaveSimpleName("VeAanbod")
        .should().dependOnClassesThat().resideInAnyPackage("javax.measure..", "tech.units.indriya..")
        .check(CORE);
  }

  @Test
  void immutablesIsNotNeededAtRunTime() {
    // @Value.Immutable and @Value.Check stay in the class files (CLASS retention) but nothing calls
    // into Immutables: the value-annotations artifact is provided, not a run-time dependency.
    noClasses().should().accessClassesThat().resideInAPackage("org.immutables..")
        .orShould().callCodeUnitWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
            com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.immutables.."))))
        .check(CORE);
  }

  @Test
  void theInternalPackageDoesNotDependOnTheDomainPackages() {
    noClasses().that().resideInAPackage("nl.lea.core.internal..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "nl.lea.core.doel..", "nl.lea.core.thema..", "nl.lea.core.vve..", "nl.lea.core.resultaat..",
            "nl.lea.core.peuter..", "nl.lea.core.vragenlijst..")
        .check(CORE);
  }
}

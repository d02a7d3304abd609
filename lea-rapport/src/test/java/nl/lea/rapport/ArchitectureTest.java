package nl.lea.rapport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** lea-rapport: no package cycles; Jackson only through lea-json's writer; no lea internals. */
class ArchitectureTest {

  private static final JavaClasses RAPPORT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("nl.lea.rapport");

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("nl.lea.rapport.(*)..").should().beFreeOfCycles().check(RAPPORT);
  }

  @Test
  void noJacksonAndNoInternals() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson.databind..", "nl.lea.core.internal..", "nl.lea.json.internal..", "nl.lea.testkit..")
        .check(RAPPORT);
    // The streaming parser reads the report's wording (labels.json), and nothing else.
    noClasses().that().doNotHaveFullyQualifiedName(Labels.class.getName())
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..")
        .check(RAPPORT);
  }

  /** Every published lea module, imported from the class path of this test. */
  private static final JavaClasses LEA = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("nl.lea.core", "nl.lea.bereik", "nl.lea.json", "nl.lea.rapport", "nl.lea.testkit");

  @Test
  void everyArgumentFailureIsTheDomainException() {
    // One contract in every module: DomainValidationException (field: rule, was value), never a
    // bare IllegalArgumentException or an NPE from Objects.requireNonNull.
    // (javac's own Objects.requireNonNull(Object) for method references is not a contract.)
    // Generated Immutable* classes check nulls the factories already rejected; the exception
    // itself (with its Violation) is the one class that builds an IllegalArgumentException.
    noClasses().that().haveSimpleNameNotStartingWith("Immutable").and().doNotHaveSimpleName("DomainValidationException")
        .and().doNotHaveFullyQualifiedName("nl.lea.core.DomainValidationException$Violation")
        .should().callConstructor(IllegalArgumentException.class, String.class)
        .orShould().callConstructor(IllegalArgumentException.class, String.class, Throwable.class)
        .orShould().callMethod(java.util.Objects.class, "requireNonNull", Object.class, String.class)
        .check(LEA);
  }

  @Test
  void theRiskAndSupervisionModelsDoNotDependOnTheReportOrItsRendering() {
    noClasses().that().resideInAnyPackage("nl.lea.rapport.risico..", "nl.lea.rapport.toezicht..")
        .should().dependOnClassesThat().resideInAnyPackage("nl.lea.rapport", "nl.lea.rapport.render..")
        .check(RAPPORT);
  }
}

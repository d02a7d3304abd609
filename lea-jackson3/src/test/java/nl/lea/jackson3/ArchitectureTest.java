package nl.lea.jackson3;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** lea-jackson3 adapts Jackson 3 to lea-json's shared mapping; it never touches Jackson 2 databind. */
class ArchitectureTest {

  private static final JavaClasses JACKSON3 = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("nl.lea.jackson3");

  @Test
  void noJackson2Databind() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.databind..").check(JACKSON3);
  }

  @Test
  void noMappingOfItsOwn() {
    // The domain mapping lives once, in lea-json (DomainReader, DomainWriter, Mappings).
    noClasses().should().dependOnClassesThat().resideInAnyPackage("nl.lea.core.vve..", "nl.lea.core.thema..",
        "nl.lea.core.resultaat..", "nl.lea.core.doel..").check(JACKSON3);
  }
}

package nl.lea.bereik;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** lea-bereik depends on lea-core's public API and the JDK only. */
class ArchitectureTest {

  private static final JavaClasses BEREIK = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("nl.lea.bereik");

  @Test
  void dependsOnlyOnCoreTheJdkAndUnitsOfMeasurement() {
    classes().should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "javax.measure..", "tech.units.indriya..", "nl.lea.core..", "nl.lea.bereik..",
            "org.apiguardian.api")
        .check(BEREIK);
  }

  @Test
  void usesNoInternalsOfCoreAndNoTestKit() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("nl.lea.core.internal..", "nl.lea.testkit..", "org.quicktheories..")
        .check(BEREIK);
  }
}

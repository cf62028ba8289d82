package io.github.billet.render;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of DESIGN.md, for the render module. */
class ArchitectureTest {

  private static final JavaClasses RENDER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.billet.render");

  @Test
  void renderUsesOnlyThePublicApiOfCoreAndI18n() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.billet.core.internal..",
            "io.github.billet.i18n.internal..",
            "io.github.billet.examples..")
        .check(RENDER);
  }

  @Test
  void libraryNeverPrintsNorUsesJavaUtilLogging() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(RENDER);
    NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(RENDER);
  }
}

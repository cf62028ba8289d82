package io.github.billet.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of DESIGN.md, for the core module. */
class ArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.billet.core");

  @Test
  void coreUsesNothingOfRenderOrI18n() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.github.billet.render..", "io.github.billet.i18n..")
        .check(CORE);
  }

  @Test
  void coreUsesNoInternalPackageOfAnotherModule() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.billet.render.internal..",
            "io.github.billet.i18n.internal..",
            "io.github.billet.examples..")
        .check(CORE);
  }

  @Test
  void coreKnowsNothingAboutHtml() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.commonmark.renderer..", "org.jsoup..", "org.owasp..", "io.github.billet.render..")
        .check(CORE);
  }

  @Test
  void libraryNeverPrintsNorUsesJavaUtilLogging() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CORE);
    NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CORE);
  }
}

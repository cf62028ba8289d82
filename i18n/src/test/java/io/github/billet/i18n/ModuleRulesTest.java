package io.github.billet.i18n;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** The module's house rules, checked on its compiled classes. */
class ModuleRulesTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.billet.i18n");

  @Test
  void neverPrints() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
  }

  @Test
  void hasNoStaticMutableState() {
    fields().that().areStatic().should().beFinal().check(CLASSES);
  }

  @Test
  void logsThroughSlf4jOnly() {
    GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CLASSES);
  }

  @Test
  void detectorHotPathUsesNoRegularExpressions() {
    noClasses()
        .that()
        .haveSimpleName("ProseScanner")
        .or()
        .haveSimpleName("Tally")
        .or()
        .haveSimpleName("EvidenceIndex")
        .or()
        .haveSimpleName("LanguageDetector")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("java.util.regex..")
        .check(CLASSES);
  }

  @Test
  void i18nUsesNoRenderCodeNorInternalsOfOtherModules() {
    noClasses()
        .should()
        // Core exports its shared-document accessor to Billet's own modules alone.
        .dependOnClassesThat(
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                    "io.github.billet.render..",
                    "io.github.billet.examples..",
                    "io.github.billet.core.internal..")
                .and(
                    com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                            "io.github.billet.core.internal.shared"))))
        .check(CLASSES);
  }
}

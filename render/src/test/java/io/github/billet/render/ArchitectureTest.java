package io.github.billet.render;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of DESIGN.md and issue 21, for the render module.
 *
 * <p>The module has four concerns, each a public package with its implementation in internal
 * packages: bodies ({@code body}; {@code internal.markdown}, {@code internal.html}, {@code
 * internal.safety}), pages ({@code page}; {@code internal.page}), feeds and the sitemap ({@code
 * feed}; {@code internal.feed}) and the whole-site build ({@code site}; {@code internal.site},
 * {@code internal.output}). A concern uses only the concerns before it in that list, except that
 * pages and feeds do not know each other.
 */
class ArchitectureTest {

  private static final String RENDER = "io.github.billet.render";
  private static final String BODY = RENDER + ".body..";
  private static final String PAGE = RENDER + ".page..";
  private static final String FEED = RENDER + ".feed..";
  private static final String SITE = RENDER + ".site..";
  private static final String MARKDOWN = RENDER + ".internal.markdown..";
  private static final String HTML = RENDER + ".internal.html..";
  private static final String SAFETY = RENDER + ".internal.safety..";
  private static final String INTERNAL_PAGE = RENDER + ".internal.page..";
  private static final String INTERNAL_FEED = RENDER + ".internal.feed..";
  private static final String INTERNAL_SITE = RENDER + ".internal.site..";
  private static final String OUTPUT = RENDER + ".internal.output..";
  private static final Set<String> PUBLIC_PACKAGES =
      Set.of(RENDER + ".body", RENDER + ".page", RENDER + ".feed", RENDER + ".site");

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(RENDER);

  @Test
  void renderUsesOnlyThePublicApiOfCoreAndI18n() {
    noClasses()
        .should()
        // Core exports its shared-document accessor to Billet's own modules alone.
        .dependOnClassesThat(
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                    "io.github.billet.core.internal..",
                    "io.github.billet.i18n.internal..",
                    "io.github.billet.examples..")
                .and(
                    com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                            "io.github.billet.core.internal.shared"))))
        .check(CLASSES);
  }

  @Test
  void libraryNeverPrintsNorUsesJavaUtilLogging() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
    NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CLASSES);
  }

  @Test
  void theModuleExportsTheFourPublicPackagesAndNoInternalOne() {
    ModuleDescriptor descriptor =
        ModuleFinder.of(Path.of("target/classes"))
            .find("io.github.billet.render")
            .orElseThrow()
            .descriptor();
    Set<String> exported = new TreeSet<>();
    for (ModuleDescriptor.Exports exports : descriptor.exports()) {
      assertThat(exports.isQualified()).as(exports.source()).isFalse();
      exported.add(exports.source());
    }
    assertThat(exported).containsExactlyInAnyOrderElementsOf(PUBLIC_PACKAGES);
  }

  @Test
  void bodiesKnowNothingOfPagesFeedsOrTheSiteBuild() {
    noClasses()
        .that()
        .resideInAnyPackage(BODY, MARKDOWN, HTML, SAFETY)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(PAGE, INTERNAL_PAGE, FEED, INTERNAL_FEED, SITE, INTERNAL_SITE, OUTPUT)
        .check(CLASSES);
  }

  @Test
  void pagesKnowNothingOfFeedsOrTheSiteBuild() {
    noClasses()
        .that()
        .resideInAnyPackage(PAGE, INTERNAL_PAGE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FEED, INTERNAL_FEED, SITE, INTERNAL_SITE, OUTPUT)
        .check(CLASSES);
  }

  @Test
  void feedsKnowNothingOfPagesOrTheSiteBuild() {
    noClasses()
        .that()
        .resideInAnyPackage(FEED, INTERNAL_FEED)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(PAGE, INTERNAL_PAGE, SITE, INTERNAL_SITE, OUTPUT)
        .check(CLASSES);
  }

  @Test
  void htmlSafetyDependsOnNoOtherRenderPackage() {
    noClasses()
        .that()
        .resideInAPackage(SAFETY)
        .should()
        .dependOnClassesThat(resideInAPackage(RENDER + "..").and(not(resideInAPackage(SAFETY))))
        .check(CLASSES);
  }

  @Test
  void markdownSyntaxDependsOnNoOtherRenderPackage() {
    noClasses()
        .that()
        .resideInAPackage(MARKDOWN)
        .should()
        .dependOnClassesThat(resideInAPackage(RENDER + "..").and(not(resideInAPackage(MARKDOWN))))
        .check(CLASSES);
  }

  @Test
  void siteOutputKnowsNothingOfPagesOrBodies() {
    noClasses()
        .that()
        .resideInAPackage(OUTPUT)
        .should()
        .dependOnClassesThat(resideInAPackage(RENDER + "..").and(not(resideInAPackage(OUTPUT))))
        .check(CLASSES);
  }

  @Test
  void onlyTheSiteBuildUsesTheSiteInternals() {
    noClasses()
        .that()
        .resideOutsideOfPackages(SITE, INTERNAL_SITE)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(INTERNAL_SITE)
        .check(CLASSES);
  }

  @Test
  void theConcernsAreFreeOfCycles() {
    slices().assignedFrom(CONCERNS).should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void publicSignaturesNeverShowAnInternalType() {
    codeUnits()
        .that()
        .areDeclaredInClassesThat(API_TYPE)
        .and()
        .areNotPrivate()
        .should(
            new ArchCondition<JavaCodeUnit>("use no internal type in their signature") {
              @Override
              public void check(JavaCodeUnit unit, ConditionEvents events) {
                if (!unit.getModifiers().contains(JavaModifier.PUBLIC)
                    && !unit.getModifiers().contains(JavaModifier.PROTECTED)) {
                  return;
                }
                Set<JavaClass> involved = new HashSet<>();
                involved.addAll(unit.getReturnType().getAllInvolvedRawTypes());
                unit.getParameterTypes().forEach(t -> involved.addAll(t.getAllInvolvedRawTypes()));
                unit.getThrowsClause()
                    .getTypes()
                    .forEach(t -> involved.addAll(t.getAllInvolvedRawTypes()));
                reportInternal(unit.getFullName(), involved, unit, events);
              }
            })
        .check(CLASSES);
    fields()
        .that()
        .areDeclaredInClassesThat(API_TYPE)
        .and()
        .arePublic()
        .should(
            new ArchCondition<JavaField>("have no internal type") {
              @Override
              public void check(JavaField field, ConditionEvents events) {
                reportInternal(
                    field.getFullName(), field.getType().getAllInvolvedRawTypes(), field, events);
              }
            })
        .allowEmptyShould(true)
        .check(CLASSES);
  }

  @Test
  void publicTypesExtendNoInternalType() {
    assertThat(CLASSES.that(API_TYPE)).isNotEmpty();
    for (JavaClass type : CLASSES.that(API_TYPE)) {
      Set<JavaClass> supertypes = new HashSet<>();
      type.getRawSuperclass().ifPresent(supertypes::add);
      supertypes.addAll(type.getRawInterfaces());
      assertThat(supertypes).as(type.getName()).noneMatch(INTERNAL_TYPE);
    }
  }

  /** A public type of a public package, reachable by any module that reads render. */
  private static final DescribedPredicate<JavaClass> API_TYPE =
      DescribedPredicate.describe(
          "public types of the exported packages",
          c -> PUBLIC_PACKAGES.contains(c.getPackageName()) && isPublicAllTheWay(c));

  private static final Predicate<JavaClass> INTERNAL_TYPE =
      c -> c.getPackageName().startsWith(RENDER + ".internal");

  private static boolean isPublicAllTheWay(JavaClass c) {
    for (JavaClass at = c; at != null; at = at.getEnclosingClass().orElse(null)) {
      if (!at.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static void reportInternal(
      String member, Set<JavaClass> types, Object owner, ConditionEvents events) {
    for (JavaClass type : types) {
      if (INTERNAL_TYPE.test(type)) {
        events.add(SimpleConditionEvent.violated(owner, member + " shows " + type.getName()));
      }
    }
  }

  /** The four concerns: a public package and the internal packages that implement it. */
  private static final SliceAssignment CONCERNS =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
          String pkg = type.getPackageName();
          if (!pkg.startsWith(RENDER + ".")) {
            return SliceIdentifier.ignore();
          }
          String rest = pkg.substring(RENDER.length() + 1);
          String first = rest.startsWith("internal.") ? rest.substring(9) : rest;
          first = first.contains(".") ? first.substring(0, first.indexOf('.')) : first;
          return switch (first) {
            case "body", "markdown", "html", "safety" -> SliceIdentifier.of("bodies");
            case "page" -> SliceIdentifier.of("pages");
            case "feed" -> SliceIdentifier.of("feeds");
            case "site", "output" -> SliceIdentifier.of("site build");
            default -> SliceIdentifier.of(rest);
          };
        }

        @Override
        public String getDescription() {
          return "render's concerns: bodies, pages, feeds, site build";
        }
      };
}

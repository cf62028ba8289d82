package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every recipe of the README compiles and runs as a user's own program would: outside this build,
 * in the unnamed module, with Billet's three modules on the module path. Code there reaches only
 * the packages the modules export, so a recipe that needs an internal type fails to compile.
 *
 * <p>A recipe is a {@code ```java} block right after a {@code <!-- recipe: name -->} line; it runs
 * in a copy of the bundled sample site (its {@code content/} and {@code site.yaml}).
 */
class ReadmeRecipesTest {

  private static final Pattern RECIPE =
      Pattern.compile("<!-- recipe: ([a-z-]+) -->\\n```java\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern CLASS = Pattern.compile("public (?:final )?class (\\w+)");

  /** What each recipe must print; every recipe of the README has an entry, and the reverse. */
  private static final Map<String, Consumer<Output>> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put(
        "parse-one-post",
        out ->
            assertThat(out.lines())
                .startsWith("L'atelier ouvre ses portes", "2024-03-26", "[Communauté]")
                .contains("h2 Au programme"));
    EXPECTED.put(
        "render-body",
        out ->
            assertThat(out.text())
                .contains(
                    "<div class=\"fr-callout\"><p class=\"fr-callout__title\">Bon à savoir</p>")
                .contains("<li id=\"fn-1\">")
                .contains("aria-label=\"Retour à la référence 1\"")
                .doesNotContain(":::"));
    EXPECTED.put(
        "render-page",
        out ->
            assertThat(out.text())
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"fr\"")
                .contains("<h1>Bienvenue</h1>")
                .contains("href=\"https://example.gouv.fr/fr/blog/bienvenue/\""));
    EXPECTED.put(
        "pair-posts",
        out ->
            assertThat(out.lines())
                .contains(
                    "en /en/blog/welcome/ https://example.gouv.fr/en/blog/welcome/",
                    "fr /fr/blog/bienvenue/ https://example.gouv.fr/fr/blog/bienvenue/",
                    "x-default /fr/blog/bienvenue/ https://example.gouv.fr/fr/blog/bienvenue/"));
    EXPECTED.put(
        "own-layout",
        out ->
            assertThat(out.text())
                .contains("<article><h1>Un billet</h1><p>Du <em>texte</em>.</p>")
                .doesNotContain("fr-container"));
    EXPECTED.put(
        "build-site",
        out -> {
          assertThat(out.lines())
              .anySatisfy(line -> assertThat(line).matches("\\d+ pages, 0 errors"));
          assertThat(out.dir().resolve("_site/fr/blog/index.html")).isRegularFile();
        });
    EXPECTED.put("parse-parallel", out -> assertThat(out.lines()).contains("12 posts parsed"));
  }

  record Output(String text, Path dir) {
    List<String> lines() {
      return text.lines().toList();
    }
  }

  private static String modulePath;

  @BeforeAll
  static void modulePath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      boolean billetModule =
          entry.matches(".*[/\\\\](core|i18n|render)[/\\\\]target[/\\\\]classes")
              || name.matches("billet-(core|i18n|render)-.*\\.jar");
      boolean dependency =
          name.matches(
              "(commonmark|autolink|jsoup|jackson-(core|databind|annotations|dataformat-yaml)|snakeyaml"
                  + "|encoder|slf4j-api)-.*\\.jar");
      if (billetModule || dependency) {
        entries.add(entry);
      }
    }
    assertThat(entries).as("Billet's modules on the test class path").hasSizeGreaterThan(3);
    modulePath = String.join(File.pathSeparator, entries);
  }

  static Map<String, String> recipes() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    Map<String, String> recipes = new LinkedHashMap<>();
    Matcher m = RECIPE.matcher(readme);
    while (m.find()) {
      recipes.put(m.group(1), m.group(2) + "\n");
    }
    return recipes;
  }

  @TestFactory
  List<DynamicTest> everyRecipeCompilesAndRuns(@TempDir Path dir) throws IOException {
    Map<String, String> recipes = recipes();
    assertThat(recipes.keySet())
        .as("the README's recipes and the outputs this test expects")
        .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, String> recipe : recipes.entrySet()) {
      tests.add(
          DynamicTest.dynamicTest(
              recipe.getKey(),
              () -> run(recipe.getKey(), recipe.getValue(), dir.resolve(recipe.getKey()))));
    }
    return tests;
  }

  private static void run(String name, String source, Path dir) throws Exception {
    Matcher cls = CLASS.matcher(source);
    assertThat(cls.find()).as("recipe %s declares a public class", name).isTrue();
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path file = dir.resolve(cls.group(1) + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status =
        javac.run(
            null,
            diagnostics,
            diagnostics,
            "--module-path",
            modulePath,
            "--add-modules",
            "io.github.billet.render",
            "-d",
            classes.toString(),
            file.toString());
    assertThat(status)
        .as("recipe %s compiles:%n%s", name, diagnostics.toString(StandardCharsets.UTF_8))
        .isZero();

    Path site = SampleSite.extractTo(dir.resolve("site"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "--module-path",
                modulePath,
                "--add-modules",
                "io.github.billet.render",
                "-cp",
                classes.toString(),
                cls.group(1))
            .directory(site.toFile())
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();
    byte[] bytes = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String text = new String(bytes, StandardCharsets.UTF_8);
    String errors = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
    assertThat(process.exitValue())
        .as("recipe %s exits 0; it printed:%n%s%n%s", name, text, errors)
        .isZero();
    EXPECTED.get(name).accept(new Output(text, site));
  }
}

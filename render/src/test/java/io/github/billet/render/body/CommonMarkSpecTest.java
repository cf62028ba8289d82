package io.github.billet.render.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.billet.render.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the CommonMark spec examples (npm package {@code commonmark-spec} 0.31.2) through the
 * renderer with extensions off; the output must equal the spec's HTML exactly.
 *
 * <p>The spec is not committed. Point the system property {@code billet.commonmarkSpec} or the
 * environment variable {@code BILLET_COMMONMARK_SPEC} at a folder holding {@code spec.json}
 * (generated from the package: {@code node -e 'fs.writeFileSync("spec.json",
 * JSON.stringify(require("commonmark-spec").tests))'}) or the package folder itself, whose {@code
 * spec.txt} is read the way the package's {@code index.js} reads it. Skipped when neither is set.
 */
public class CommonMarkSpecTest {

  /**
   * One spec example.
   *
   * @param number its number in the spec
   * @param section the section it belongs to
   * @param markdown its Markdown, tabs restored
   * @param html the HTML the spec expects
   */
  public record Example(int number, String section, String markdown, String html) {}

  /**
   * Returns the folder holding the spec; the calling test is skipped, with the reason, when none is
   * configured.
   *
   * @return the folder
   */
  public static Path specFolder() {
    String dir = System.getProperty("billet.commonmarkSpec");
    if (dir == null || dir.isBlank()) {
      dir = System.getenv("BILLET_COMMONMARK_SPEC");
    }
    Path path = dir == null || dir.isBlank() ? null : Path.of(dir);
    assumeTrue(
        path != null
            && (Files.isRegularFile(path.resolve("spec.json"))
                || Files.isRegularFile(path.resolve("spec.txt"))),
        "CommonMark spec not found: set -Dbillet.commonmarkSpec or BILLET_COMMONMARK_SPEC to a"
            + " folder holding spec.json (npm install commonmark-spec@0.31.2, then"
            + " node_modules/commonmark-spec); got '"
            + dir
            + "'");
    return path;
  }

  /**
   * Reads every example of the spec.
   *
   * @param folder the folder from {@link #specFolder()}
   * @return the examples, in the spec's order
   * @throws IOException when the spec cannot be read
   */
  public static List<Example> examples(Path folder) throws IOException {
    List<Example> out = new ArrayList<>();
    if (Files.isRegularFile(folder.resolve("spec.json"))) {
      for (JsonNode n : new ObjectMapper().readTree(folder.resolve("spec.json").toFile())) {
        out.add(
            new Example(
                n.get("number").asInt(),
                n.get("section").asText(),
                n.get("markdown").asText().replace('→', '\t'),
                n.get("html").asText().replace('→', '\t')));
      }
      return out;
    }
    return parse(Files.readString(folder.resolve("spec.txt")));
  }

  /**
   * Reads the examples of a text in the spec's format, as the package's {@code index.js} does:
   * sections are Markdown headings, each example is fenced by 32 backticks and {@code example}, its
   * Markdown and HTML parted by a line holding only a dot, {@code →} standing for a tab.
   *
   * @param spec the text, up to an optional {@code <!-- END TESTS -->} line
   * @return the examples, in order
   */
  public static List<Example> parse(String spec) {
    List<Example> out = new ArrayList<>();
    String text = spec.replace("\r\n", "\n");
    int end = text.indexOf("\n<!-- END TESTS -->");
    if (end >= 0) {
      text = text.substring(0, end);
    }
    String fence = "`".repeat(32);
    String section = "";
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.equals(fence + " example")) {
        StringBuilder md = new StringBuilder();
        StringBuilder html = new StringBuilder();
        StringBuilder target = md;
        for (i++; !lines.get(i).equals(fence); i++) {
          if (lines.get(i).equals(".") && target == md) {
            target = html;
          } else {
            target.append(lines.get(i)).append('\n');
          }
        }
        out.add(
            new Example(
                out.size() + 1,
                section,
                md.toString().replace('→', '\t'),
                html.toString().replace('→', '\t')));
      } else if (line.matches("#{1,6} .*")) {
        section = line.replaceFirst("#{1,6} *", "");
      }
    }
    return out;
  }

  @Test
  void everySpecExamplePassesWithExtensionsOff() throws Exception {
    List<Example> examples = examples(specFolder());
    assertThat(examples).hasSize(652);
    // The spec's expected HTML keeps raw HTML as written and is not reparsed: PASS, explicitly
    // (the default, SANITIZE, reserializes the body through its allowlist).
    BodyRenderer renderer =
        BodyRenderer.builder().policy(HtmlPolicy.PASS).extensionsEnabled(false).build();
    assertEveryExamplePasses(
        examples,
        markdown -> renderer.render(Fixtures.parse(renderer, markdown), "", "spec.md", 1).html());
  }

  /** Renders a spec example's Markdown to HTML. */
  interface ExampleRenderer {
    String render(String markdown) throws Exception;
  }

  /**
   * Renders every example and asserts that none differs from its expected HTML, listing each that
   * does with its number, section, Markdown and both HTMLs.
   */
  static void assertEveryExamplePasses(List<Example> examples, ExampleRenderer renderer)
      throws Exception {
    List<String> failures = new ArrayList<>();
    for (Example example : examples) {
      String html = renderer.render(example.markdown());
      if (!html.equals(example.html())) {
        failures.add(
            "#"
                + example.number()
                + " ("
                + example.section()
                + ")\n"
                + example.markdown()
                + "expected:\n"
                + example.html()
                + "actual:\n"
                + html);
      }
    }
    assertThat(failures).as("%d of %d examples fail", failures.size(), examples.size()).isEmpty();
  }
}

package io.github.billet.render.body;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.billet.render.Fixtures;
import io.github.billet.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Renders every post of the real corpus and compares its visible text, block by block, with what
 * the reference site shows ({@code code.gouv.fr-rendered/.../body.txt}).
 *
 * <p>The corpus folder comes from the system property {@code billet.corpus}; the test is skipped
 * when it is absent. Lines of {@code body.txt} that come from front matter (the image alt text
 * shown atop the post, the description, the video or slides title) are not body text: they are
 * removed from the ends of the expected text before comparing.
 */
public class CorpusTest {

  private static final BodyRenderer RENDERER =
      BodyRenderer.builder().allowedIframeHosts("tube.numerique.gouv.fr").build();

  private static Path corpus() {
    return Corpus.root();
  }

  /** A source split into front matter and body. */
  record Source(String frontMatter, String body, int bodyStartLine) {
    static Source of(String text) {
      List<String> lines = text.replace("\r\n", "\n").lines().toList();
      if (!lines.isEmpty() && lines.get(0).trim().equals("---")) {
        for (int i = 1; i < lines.size(); i++) {
          if (lines.get(i).trim().equals("---")) {
            return new Source(
                String.join("\n", lines.subList(1, i)),
                String.join("\n", lines.subList(i + 1, lines.size())) + "\n",
                i + 2);
          }
        }
      }
      return new Source("", text, 1);
    }
  }

  @Test
  void everyPostRendersWithoutError() throws IOException {
    Path content = corpus().resolve("code.gouv.fr/content");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(content)) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(200);
    int warnings = 0;
    for (Path file : files) {
      Source source = Source.of(Files.readString(file, StandardCharsets.UTF_8));
      RenderedBody body =
          RENDERER.render(
              Fixtures.parse(RENDERER, source.body()),
              "/fr/blog/x/",
              content.relativize(file).toString(),
              source.bodyStartLine());
      assertThat(body.html()).doesNotContain("javascript:");
      warnings += body.problems().size();
    }
    assertThat(warnings).isLessThan(files.size());
  }

  @Test
  void visibleTextMatchesTheReferenceSite() throws IOException {
    Path root = corpus();
    Path rendered = root.resolve("code.gouv.fr-rendered");
    Path content = root.resolve("code.gouv.fr/content");
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(rendered)) {
      pages = walk.filter(p -> p.getFileName().toString().equals("source.txt")).sorted().toList();
    }
    Map<String, String> mismatches = new TreeMap<>();
    for (Path sourceTxt : pages) {
      Path folder = sourceTxt.getParent();
      String sourceName = Files.readString(sourceTxt).trim();
      Source source = Source.of(Files.readString(content.resolve(sourceName)));
      String pageUrl = "/" + rendered.relativize(folder).toString().replace('\\', '/') + "/";
      RenderedBody body =
          RENDERER.render(
              Fixtures.parse(RENDERER, source.body()), pageUrl, sourceName, source.bodyStartLine());
      List<String> actual = blocks(body.html());
      List<String> expected =
          withoutFrontMatterLines(
              Files.readAllLines(folder.resolve("body.txt"), StandardCharsets.UTF_8),
              source.frontMatter(),
              actual);
      if (!actual.equals(expected)) {
        mismatches.put(sourceName, firstDifference(expected, actual));
      }
    }
    assertThat(mismatches).as("%d of %d pages differ", mismatches.size(), pages.size()).isEmpty();
  }

  /** Drops leading and trailing expected lines that are front matter values, not body text. */
  static List<String> withoutFrontMatterLines(
      List<String> expected, String frontMatter, List<String> actual) throws IOException {
    Set<String> pageLines = new HashSet<>(LAYOUT_LINES);
    collectStrings(
        new YAMLMapper().readTree(frontMatter.isBlank() ? "{}" : frontMatter), pageLines);
    List<String> lines = new ArrayList<>();
    for (String line : expected) {
      String collapsed = collapse(line);
      if (!collapsed.isEmpty()) {
        lines.add(collapsed);
      }
    }
    while (!lines.isEmpty()
        && (actual.isEmpty() || !lines.get(0).equals(actual.get(0)))
        && pageLines.contains(lines.get(0))) {
      lines.remove(0);
    }
    while (!lines.isEmpty()
        && (actual.isEmpty() || !lines.get(lines.size() - 1).equals(actual.get(actual.size() - 1)))
        && pageLines.contains(lines.get(lines.size() - 1))) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /**
   * Text the reference layouts add around a body, not written in the post: the BlueHats gazette
   * layout shows a lead above every gazette, the webinar layout labels the slides block.
   */
  private static final Set<String> LAYOUT_LINES =
      Set.of("Un condensé des dernières actualités BlueHats.", "Support de présentation");

  private static void collectStrings(JsonNode node, Set<String> out) {
    if (node.isTextual()) {
      out.add(collapse(node.asText()));
      out.add(collapse(Jsoup.parseBodyFragment(node.asText()).text()));
    }
    node.elements().forEachRemaining(child -> collectStrings(child, out));
  }

  public static String collapse(String text) {
    return text.replaceAll("(?U)\\s+", " ").trim();
  }

  private static String firstDifference(List<String> expected, List<String> actual) {
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String e = i < expected.size() ? expected.get(i) : "<none>";
      String a = i < actual.size() ? actual.get(i) : "<none>";
      if (!e.equals(a)) {
        return "line " + (i + 1) + "\n  expected: " + e + "\n  actual:   " + a;
      }
    }
    return "";
  }

  /**
   * Extracts visible text blocks: paragraphs, headings, list items, table rows (cells joined by
   * {@code " | "}), captions, one a line, whitespace collapsed, heading anchors left out.
   */
  static List<String> blocks(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    // The reference text leaves out heading anchors and buttons (its share buttons; the posts'
    // raw <button> elements go with them; the renderer repairs a button holding a link into that
    // link, marked with the button's classes).
    doc.select("a.heading-anchor, button, a.fr-btn--secondary, script, style, template").remove();
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    walk(doc.body(), out, current);
    flush(out, current);
    return out;
  }

  private static final java.util.Set<String> BLOCKS =
      java.util.Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "figcaption",
          "blockquote",
          "div",
          "section",
          "figure",
          "ul",
          "ol",
          "pre",
          "table",
          "thead",
          "tbody",
          "dl",
          "dt",
          "dd",
          "hr",
          "center",
          "details",
          "summary",
          "nav",
          "iframe",
          "caption");

  private static void walk(Node node, List<String> out, StringBuilder current) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode) {
        current.append(((TextNode) child).getWholeText());
      } else if (child instanceof Element) {
        Element e = (Element) child;
        String tag = e.normalName();
        if (tag.equals("tr")) {
          flush(out, current);
          List<String> cells = new ArrayList<>();
          for (Element cell : e.children()) {
            cells.add(collapse(cell.wholeText()));
          }
          out.add(String.join(" | ", cells).trim());
        } else if (tag.equals("br")) {
          current.append(' ');
        } else if (BLOCKS.contains(tag)) {
          flush(out, current);
          walk(e, out, current);
          flush(out, current);
        } else {
          walk(e, out, current);
        }
      }
    }
  }

  private static void flush(List<String> out, StringBuilder current) {
    String text = collapse(current.toString());
    if (!text.isEmpty()) {
      out.add(text);
    }
    current.setLength(0);
  }
}

package io.github.billet.render.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.PostParseException;
import io.github.billet.core.PostParser;
import io.github.billet.render.body.BodyContext;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.body.CommonMarkSpecTest;
import io.github.billet.render.body.HtmlPolicy;
import io.github.billet.render.body.RenderedBody;
import io.github.billet.render.internal.markdown.FootnotesOn032;
import io.github.billet.render.internal.safety.HtmlSanitizer;
import io.github.billet.render.page.CorpusPagesTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The body renderer writes most documents itself ({@code BodyHtml.DirectHtml}) instead of through
 * commonmark's {@code HtmlRenderer}. Its HTML, warnings and table of contents must be exactly those
 * of the commonmark path, which stays the reference: this test renders the same documents both ways
 * and compares them, on fixtures for every node kind, on generated documents, on the CommonMark
 * spec examples (with Billet's extensions on) and on the real corpus.
 *
 * <p>{@code -Dbillet.direct.seed} and {@code -Dbillet.direct.documents} change the generated
 * documents (default seed 20261130, 3000 documents a policy).
 */
class DirectHtmlDifferentialTest {

  private static final BodyContext CONTEXT =
      new BodyContext("/fr/blog/mon-billet/", "fr/mon-billet.md", 10);

  private static final List<String> FIXTURES =
      List.of(
          "Du *texte* et du **gras**, du `code`, ~~barré~~ & <b>html</b> \"cité\".\n",
          "# Titre\n\n## Deux {#deux .grand}\n\n### Trois\n\n## Deux\n\n#### Saut\n",
          "## Titre {data-x=\"1\" onclick=\"x\" class=\"a\"}\n",
          "[lien](https://a.fr \"titre & co\") [relatif](../b/) [ancre](#x) [vide]()\n",
          "[lien](https://a.fr){.fr-link #l title=\"t\" href=\"/autre/\"} [js](javascript:alert(1))\n",
          "![une *image* `code` et\\\nsaut](/img/a.png \"titre\") ![x](data:image/png;base64,AA)\n",
          "![a](./photo.jpg){.x width=\"10\" srcset=\"a.png 1x, javascript:b 2x\"}\n",
          "![a](javascript:alert(1)) [é](https://a.fr/é?q=1&r=2#f g)\n",
          "- un\n- deux\n  - trois\n\n1. a\n2. b\n\n7) sept\n8) huit\n\n0. zéro\n",
          "- lâche\n\n- liste\n\n  avec paragraphes\n",
          "> citation\n> > imbriquée\n>\n> - liste\n",
          "```java extra \"info\"\n<code> & \"x\"\n```\n\n    indenté <b>\n\n```\nsans info\n```\n",
          "ligne  \ndure\\\nfin\ndouce\n\n---\n\n***\n",
          "| a | b | c |\n|:--|:-:|--:|\n| 1 | *2* | [3](/3) |\n| x |\n",
          ":::callout À retenir\nDu *Markdown* dedans.\n\nDeux paragraphes.\n:::\n",
          ":::quote /img/portrait.png\nUne phrase.\n:::\n\n:::quote\nSans image\n:::\n",
          ":::warning Attention\nTexte.\n:::\n\n:::success\nFait.\n:::\n\n:::info\nouvert\n",
          ":::info Dehors\n:::callout Dedans\nA\n:::\nB\n:::\nC\n",
          "::::callout Dehors\n:::info Dedans\nA\n::::\nB\n\n:::highlight x\n*C*\n:::\n",
          "## Q\n\n????accordionsgroup\n??? Un <b>\n*A*\n???\n??? Un <b>\n:::info T\nB\n:::\n????\n",
          "{% imageContent \"./photo.jpg\", \"Une photo\", [1000] %}\n\n{% imageContent ./x.png %}\n",
          "{% inconnu %}\n\nTexte {% inline %} ici.\n",
          "{% from \"c.njk\" import c %}\n{{ c({\n a: 1\n}) }} reste\n\nA {{ x }} {% if y %}b{% endif %}\n",
          "<div onclick=\"x\"><a href=\"javascript:x\">a</a></div>\n\nTexte <span>inline</span>"
              + " <a href=\"javascript:y\">b</a>.\n",
          "<iframe src=\"https://tube.numerique.gouv.fr/v\"></iframe>\n\n<script>x</script>\n",
          "[ref]: /cible \"Titre\"\n\nVoir [ref] et [autre][ref].\n",
          "Texte {.x} puis [l](/a){.y et [m](/b){} fin {a=\"b}\n",
          "Une note[^1].\n\n[^1]: La note.\n",
          // a warning, then a node the direct writer does not know: the warning is given once
          "Texte {% inline %} ici et une note[^1].\n\n[^1]: La note.\n",
          // headings inside containers, quotes, lists and footnotes get their ids too
          ":::callout Titre\n## Dans le bloc\n\n> ### Citée\n\n- ## En liste\n:::\n",
          "Note[^n].\n\n[^n]: ## Dans la note\n",
          "https://code.gouv.fr/ et www.example.org et a@b.fr\n",
          "&amp; &copy; &#233; &lt;b&gt; \\* \\_\n",
          "[lien avec `code` et ![img](/i.png)](/x)\n",
          "Titre\n=====\n\nSous-titre\n---\n",
          "");

  private static BodyHtml.Settings settings(HtmlPolicy policy) {
    return new BodyHtml.Settings(
        policy,
        true,
        List.of(StrikethroughExtension.create(), FootnotesOn032.create()),
        new HtmlSanitizer(Set.of("tube.numerique.gouv.fr")));
  }

  private static BodyRenderer renderer(HtmlPolicy policy) {
    return BodyRenderer.builder()
        .policy(policy)
        .allowedIframeHosts("tube.numerique.gouv.fr")
        .build();
  }

  private static Parser parser() {
    return Parser.builder()
        .extensions(renderer(HtmlPolicy.PASS).extensions())
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
        .build();
  }

  /** Renders both ways and compares; returns whether the direct writer could render it. */
  private static boolean assertSameBothWays(HtmlPolicy policy, Node document, String what) {
    BodyHtml.Settings settings = settings(policy);
    RenderedBody direct = BodyHtml.render(settings, document, CONTEXT, null);
    RenderedBody reference = BodyHtml.renderWithCommonmark(settings, document, CONTEXT);
    assertThat(direct.html()).as("HTML of %s (%s)", what, policy).isEqualTo(reference.html());
    assertThat(direct.problems()).as("problems of %s", what).isEqualTo(reference.problems());
    assertThat(direct.tableOfContents())
        .as("toc of %s", what)
        .isEqualTo(reference.tableOfContents());
    return isDirect(document);
  }

  /** Whether every node of the document is one the direct writer knows. */
  private static boolean isDirect(Node node) {
    if (node.getClass().getSimpleName().startsWith("Footnote")) {
      return false;
    }
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      if (!isDirect(c)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void theTestsSettingsAreThoseOfTheDefaultRenderer() {
    // The comparisons below build BodyHtml's settings themselves: they must be the public
    // renderer's, or the test would compare a configuration nobody uses.
    for (HtmlPolicy policy : HtmlPolicy.values()) {
      for (String markdown : FIXTURES) {
        Node document = parser().parse(markdown);
        assertThat(BodyHtml.render(settings(policy), document, CONTEXT, null))
            .isEqualTo(renderer(policy).render(document, CONTEXT));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(HtmlPolicy.class)
  void everyFixtureRendersTheSameBothWays(HtmlPolicy policy) {
    int direct = 0;
    for (String markdown : FIXTURES) {
      if (assertSameBothWays(policy, parser().parse(markdown), markdown)) {
        direct++;
      }
    }
    // Only the three footnote fixtures go through commonmark.
    assertThat(direct).isEqualTo(FIXTURES.size() - 3);
  }

  @ParameterizedTest
  @EnumSource(HtmlPolicy.class)
  void generatedDocumentsRenderTheSameBothWays(HtmlPolicy policy) {
    long seed = Long.getLong("billet.direct.seed", 20261130L) + policy.ordinal();
    int documents = Integer.getInteger("billet.direct.documents", 3000);
    Random random = new Random(seed);
    Parser parser = parser();
    int direct = 0;
    for (int i = 0; i < documents; i++) {
      String markdown = generate(random);
      if (assertSameBothWays(
          policy,
          parser.parse(markdown),
          "document " + i + " of seed " + seed + ":\n" + markdown)) {
        direct++;
      }
    }
    // Most generated documents have no footnote, so the direct writer is what is compared.
    assertThat(direct).isGreaterThan(documents / 2);
  }

  @Test
  void everyCommonMarkSpecExampleRendersTheSameBothWays() throws IOException {
    List<CommonMarkSpecTest.Example> examples =
        CommonMarkSpecTest.examples(CommonMarkSpecTest.specFolder());
    assertThat(examples).hasSize(652);
    Parser parser = parser();
    for (HtmlPolicy policy : HtmlPolicy.values()) {
      for (CommonMarkSpecTest.Example example : examples) {
        assertSameBothWays(
            policy,
            parser.parse(example.markdown()),
            "spec example " + example.number() + ":\n" + example.markdown());
      }
    }
  }

  @Test
  void everyRealPostRendersTheSameBothWays() throws IOException, PostParseException {
    Path content = CorpusPagesTest.content();
    PostParser posts =
        PostParser.builder().extensions(renderer(HtmlPolicy.PASS).extensions()).build();
    List<Path> files;
    try (Stream<Path> s = Files.walk(content)) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    int direct = 0;
    for (Path file : files) {
      Node document = posts.parse(file).body().document();
      if (assertSameBothWays(HtmlPolicy.PASS, document, file.toString())) {
        direct++;
      }
    }
    assertThat(files).hasSizeGreaterThan(200);
    assertThat(direct).isGreaterThan(files.size() * 9 / 10);
  }

  // ---------------------------------------------------------------- generated documents

  private static final String[] WORDS = {
    "texte",
    "été",
    "a&b",
    "<i>",
    "\"q\"",
    "l'état",
    "x > y",
    "{.c}",
    "{#id}",
    "{%",
    "%}",
    "~~",
    "*",
    "_",
    "`",
    "\\",
    "&amp;",
    "&#x27;",
    "https://code.gouv.fr/a?b=1&c",
    "www.a.fr",
    "[",
    "]",
    "!",
    "  ",
    "\t",
    "é\u0301",
    "😀",
    "{",
    "}",
    "=",
    ":::"
  };

  private static final String[] URLS = {
    "/a/", "../b/", "#x", "https://a.fr/é f", "javascript:alert(1)", "JaVaScRiPt&#58;x",
    "data:image/png;base64,AA", "data:text/html,x", "mailto:a@b.fr", "<a b>", "/c#d#e", "",
    "./img.png", "//evil.example/x", "vbscript:x", "/a?b=\"c\"&d=<e>"
  };

  private static String pick(Random r, String[] a) {
    return a[r.nextInt(a.length)];
  }

  private static String inline(Random r, int depth) {
    StringBuilder s = new StringBuilder();
    int n = 1 + r.nextInt(6);
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(depth > 2 ? 4 : 14);
      switch (k) {
        case 0, 1, 2, 3 -> s.append(pick(r, WORDS));
        case 4 -> s.append('*').append(inline(r, depth + 1)).append('*');
        case 5 -> s.append("**").append(inline(r, depth + 1)).append("**");
        case 6 -> s.append('`').append(pick(r, WORDS)).append('`');
        case 7 ->
            s.append('[')
                .append(inline(r, depth + 1))
                .append("](")
                .append(pick(r, URLS))
                .append(r.nextBoolean() ? "" : " \"t & " + pick(r, WORDS) + "\"")
                .append(')')
                .append(r.nextInt(3) == 0 ? attributes(r) : "");
        case 8 ->
            s.append("![")
                .append(inline(r, depth + 1))
                .append("](")
                .append(pick(r, URLS))
                .append(r.nextBoolean() ? "" : " \"t\"")
                .append(')')
                .append(r.nextInt(3) == 0 ? attributes(r) : "");
        case 9 -> s.append("~~").append(inline(r, depth + 1)).append("~~");
        case 10 -> s.append(r.nextBoolean() ? "  \n" : "\\\n").append(pick(r, WORDS));
        case 11 ->
            s.append(
                r.nextBoolean()
                    ? "<span class=\"x\">"
                    : "<a href=\"" + pick(r, URLS).replace("\"", "") + "\">");
        case 12 -> s.append(r.nextBoolean() ? "[ref]" : "[^1]");
        default -> s.append('\n').append(pick(r, WORDS));
      }
      s.append(' ');
    }
    return s.toString().replace("\n\n", "\n");
  }

  private static String attributes(Random r) {
    String[] items = {
      ".c",
      "#i",
      "title=\"t\"",
      "data-x=\"a&b\"",
      "onclick=\"x\"",
      "href=\"/h/\"",
      "src=\"javascript:x\"",
      "style=\"color:red\"",
      "style=\"url(x)\"",
      "srcset=\"a.png 1x\"",
      "9bad=\"x\"",
      "class=\"d\""
    };
    StringBuilder s = new StringBuilder("{");
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : " ").append(items[r.nextInt(items.length)]);
    }
    return s.append('}').toString();
  }

  private static String block(Random r, int depth) {
    int k = r.nextInt(depth > 1 ? 6 : 18);
    return switch (k) {
      case 0, 1, 2 -> inline(r, 0) + "\n";
      case 3 ->
          "#".repeat(1 + r.nextInt(6))
              + " "
              + inline(r, 2).replace('\n', ' ')
              + (r.nextInt(3) == 0 ? " " + attributes(r) : "")
              + "\n";
      case 4 -> (r.nextBoolean() ? "- " : (r.nextInt(9)) + ". ") + inline(r, 1) + "\n";
      case 5 -> "> " + inline(r, 1) + "\n";
      case 6 ->
          "```"
              + (r.nextBoolean() ? "" : pick(r, WORDS).replace("`", "") + " x")
              + "\n"
              + inline(r, 2)
              + "\n```\n";
      case 7 -> "    " + pick(r, WORDS) + " <code>\n";
      case 8 ->
          "| a | "
              + pick(r, WORDS)
              + " |\n|:--|--:|\n| "
              + inline(r, 2).replace('\n', ' ')
              + " | x |\n";
      case 9 ->
          ":::"
              + pick(r, new String[] {"callout", "quote", "info", "warning", "error", "success"})
              + (r.nextBoolean() ? "" : " " + pick(r, new String[] {"Titre", "/p.png", "[/q.png]"}))
              + "\n"
              + block(r, depth + 1)
              + "\n"
              + (r.nextInt(4) == 0 ? "" : ":::\n");
      case 10 ->
          r.nextBoolean()
              ? "{% imageContent \"" + pick(r, URLS).replace("\"", "") + "\", \"alt & co\" %}\n"
              : "{% autre x %}\n";
      case 11 -> "<div>\n" + inline(r, 2) + "\n</div>\n";
      case 12 -> "---\n";
      case 13 -> "[ref]: " + pick(r, URLS).replace(" ", "") + " \"r\"\n";
      case 14 -> "[^1]: note " + inline(r, 2) + "\n";
      case 15 -> "- " + inline(r, 1) + "\n- " + inline(r, 1) + "\n\n  " + inline(r, 1) + "\n";
      case 16 -> "> - " + inline(r, 1) + "\n> > " + inline(r, 1) + "\n";
      default -> "1. " + inline(r, 1) + "\n   - " + inline(r, 1) + "\n";
    };
  }

  private static String generate(Random r) {
    StringBuilder s = new StringBuilder();
    int n = 1 + r.nextInt(8);
    for (int i = 0; i < n; i++) {
      s.append(block(r, 0)).append(r.nextInt(4) == 0 ? "" : "\n");
    }
    return s.toString();
  }
}

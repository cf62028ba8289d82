package io.github.billet.render.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.render.body.BodyContext;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.body.HtmlPolicy;
import io.github.billet.render.body.RenderedBody;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Regression inputs of the body writer (commonmark's {@code HtmlRenderer} with Billet's node
 * renderers and attribute provider): fixtures for every node kind and generated documents, under
 * each policy. The fixtures' expected HTML, problems and tables of contents were written by the
 * second body writer Billet had until it was removed, which a differential test held equal to this
 * one on these same inputs, the CommonMark spec examples and the real corpus: a change here is a
 * change of output, to be made on purpose.
 */
class BodyWriterRegressionTest {

  private static final BodyContext CONTEXT =
      new BodyContext("/fr/blog/mon-billet/", "fr/mon-billet.md", 10);

  private static final String EXPECTED = "body-writer-regression.txt";

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

  /** The HTML, table of contents and problems of a rendering, as the expected file holds them. */
  static String describe(String markdown, RenderedBody body) {
    StringBuilder s = new StringBuilder();
    s.append("=== markdown\n").append(markdown).append("\n=== html\n").append(body.html());
    s.append("\n=== toc\n");
    body.tableOfContents().forEach(e -> s.append(e).append('\n'));
    s.append("=== problems\n");
    body.problems().forEach(p -> s.append(p).append('\n'));
    return s.toString();
  }

  static String fixtures() {
    StringBuilder s = new StringBuilder();
    Parser parser = parser();
    for (HtmlPolicy policy : HtmlPolicy.values()) {
      BodyRenderer renderer = renderer(policy);
      for (String markdown : FIXTURES) {
        s.append("##### ").append(policy).append('\n');
        s.append(describe(markdown, renderer.render(parser.parse(markdown), CONTEXT)));
      }
    }
    return s.toString();
  }

  @Test
  void everyFixtureRendersAsBefore() throws IOException {
    String expected;
    try (InputStream in = BodyWriterRegressionTest.class.getResourceAsStream(EXPECTED)) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(fixtures()).isEqualTo(expected);
  }

  /**
   * Generated documents render under each policy, and the renderer keeps nothing from one body to
   * the next: each document renders to the same description alone and after all the others.
   */
  @ParameterizedTest
  @EnumSource(HtmlPolicy.class)
  void generatedDocumentsRenderTheSameAloneAndInASeries(HtmlPolicy policy) {
    Random random = new Random(20261130L + policy.ordinal());
    Parser parser = parser();
    BodyRenderer series = renderer(policy);
    List<String> documents = new java.util.ArrayList<>();
    List<String> described = new java.util.ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      String markdown = generate(random);
      documents.add(markdown);
      described.add(describe(markdown, series.render(parser.parse(markdown), CONTEXT)));
    }
    for (int i = 0; i < documents.size(); i += 37) {
      String markdown = documents.get(i);
      String alone = describe(markdown, renderer(policy).render(parser.parse(markdown), CONTEXT));
      assertThat(alone).as("document %d:%n%s", i, markdown).isEqualTo(described.get(i));
    }
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

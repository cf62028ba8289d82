package io.github.billet.render.body;

import static io.github.billet.render.Fixtures.dom;
import static io.github.billet.render.Fixtures.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.render.site.BuildReport;
import io.github.billet.render.site.SiteBuild;
import io.github.billet.testing.SiteYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shortcodes registered by name, single and paired, as Eleventy's addShortcode does. */
class ShortcodeTest {

  /** Escapes its argument, as a renderer must. */
  private static final Shortcode DAILYMOTION =
      call ->
          "<iframe title=\"Dailymotion\" src=\""
              + ShortcodeCall.escape(
                  call.url("https://geo.dailymotion.com/player.html?video=" + call.string(0)))
              + "\"></iframe>";

  private static final Shortcode TRANSCRIPTION =
      call ->
          "<details class=\"fr-transcription\"><summary>"
              + ShortcodeCall.escape(call.arguments().isEmpty() ? "Transcription" : call.string(0))
              + "</summary>\n"
              + call.innerHtml().orElse("")
              + "</details>";

  private static final BodyRenderer RENDERER =
      BodyRenderer.builder()
          // Frames from the player's host are the site's choice, as in its configuration.
          .allowedIframeHosts("geo.dailymotion.com")
          .shortcode("dailymotion", DAILYMOTION)
          .pairedShortcode("transcription", TRANSCRIPTION)
          .build();

  @Test
  void singleShortcodeGetsItsArguments() {
    RenderedBody body = render(RENDERER, "Avant.\n\n{% dailymotion x7tgad0 %}\n\nAprès.\n");
    Element iframe = dom(body).selectFirst("iframe");
    assertThat(iframe.attr("src"))
        .isEqualTo("https://geo.dailymotion.com/player.html?video=x7tgad0");
    assertThat(body.problems()).isEmpty();
  }

  @Test
  void argumentsAreTheAuthorsAndTheRendererEscapesThem() {
    RenderedBody body = render(RENDERER, "{% dailymotion \"\\\"><script>alert(1)</script>\" %}\n");
    Document doc = dom(body);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.selectFirst("iframe").attr("src"))
        .endsWith("%22%3E%3Cscript%3Ealert(1)%3C/script%3E");
  }

  @Test
  void pairedShortcodeGetsItsInnerMarkdownRendered() {
    RenderedBody body =
        render(
            RENDERER,
            "{% transcription \"Lire <la> transcription\" %}\nUn *texte*.\n\n- point\n"
                + "{% endtranscription %}\n\nFin.\n");
    Document doc = dom(body);
    Element details = doc.selectFirst("details.fr-transcription");
    assertThat(details.selectFirst("summary").text()).isEqualTo("Lire <la> transcription");
    assertThat(details.selectFirst("p em").text()).isEqualTo("texte");
    assertThat(details.select("li").eachText()).containsExactly("point");
    assertThat(doc.body().children().last().text()).isEqualTo("Fin.");
    assertThat(body.problems()).isEmpty();
  }

  @Test
  void pairedShortcodeIsTheSameWhenCommonmarkRendersTheBody() {
    String pair = "{% transcription %}\nUn *texte*.\n\n## Titre\n\n- a\n{% endtranscription %}\n";
    RenderedBody direct = render(RENDERER, pair);
    // A footnote is a node only commonmark's renderer writes: the whole body goes through it.
    RenderedBody commonmark = render(RENDERER, pair + "\nNote[^1].\n\n[^1]: La note.\n");
    assertThat(commonmark.html()).startsWith(direct.html());
    assertThat(dom(direct).select("details h2").eachAttr("id")).containsExactly("titre");
  }

  @Test
  void unclosedPairIsWarnedAboutWhereItOpens() {
    RenderedBody body = render(RENDERER, "Avant.\n\n{% transcription %}\nTexte.\n");
    assertThat(dom(body).selectFirst("details p").text()).isEqualTo("Texte.");
    assertThat(body.problems())
        .extracting(Problem::code, Problem::line, Problem::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("shortcode.unclosed", 12, 1));
  }

  @Test
  void unknownShortcodeKeepsItsWarningNamingTheKnownOnes() {
    RenderedBody body = render(RENDERER, "{% youtube \"abc\" %}\n");
    assertThat(dom(body).text()).isEqualTo("{% youtube \"abc\" %}");
    Problem problem = body.problems().get(0);
    assertThat(problem.code()).isEqualTo("shortcode.unknown");
    assertThat(problem.hint()).contains("dailymotion", "imageContent", "transcription");
  }

  @Test
  void aFailingRendererIsReportedAtItsLineWithTheFramesOfTheRenderersCode() {
    BodyRenderer renderer =
        BodyRenderer.builder().shortcode("casse", ShortcodeTest::failing).build();
    // Fixtures.render: the body starts on line 10 of fr/mon-billet.md.
    RenderedBody failed = render(renderer, "Un paragraphe.\n\n{% casse 1 %}\n");
    Problem problem = failed.problems().get(0);
    assertThat(problem.code()).isEqualTo("shortcode.failed");
    assertThat(problem.file()).isEqualTo("fr/mon-billet.md");
    assertThat(problem.line()).isEqualTo(12);
    assertThat(problem.message())
        .contains("java.lang.ArithmeticException: / by zero")
        .contains("ShortcodeTest.failing(ShortcodeTest.java:");
    assertThat(problem.hint()).contains("not of the post nor of Billet");
  }

  private static String failing(ShortcodeCall call) {
    return "<p>" + (1 / (call.arguments().size() - 1)) + "</p>";
  }

  @Test
  void aFailingRendererIsReportedAndTheShortcodeShownAsWritten() {
    BodyRenderer renderer =
        BodyRenderer.builder()
            .shortcode(
                "casse",
                call -> {
                  throw new IllegalStateException("boom");
                })
            .build();
    RenderedBody failed = render(renderer, "{% casse %}\n");
    assertThat(dom(failed).text()).isEqualTo("{% casse %}");
    assertThat(failed.problems().get(0).code()).isEqualTo("shortcode.failed");
    assertThat(failed.problems().get(0).message()).contains("IllegalStateException", "boom");

    RenderedBody missing = render(RENDERER, "{% dailymotion %}\n");
    assertThat(dom(missing).text()).isEqualTo("{% dailymotion %}");
    assertThat(missing.problems().get(0).code()).isEqualTo("shortcode.invalid");
    assertThat(missing.problems().get(0).message()).contains("dailymotion expects at least 1");
  }

  @Test
  void imageContentIsBuiltInAndCanBeReplaced() {
    String text = "{% imageContent \"./photo.jpg\", \"Une photo\" %}\n";
    assertThat(dom(render(text)).selectFirst("figure.fr-content-media img").attr("src"))
        .isEqualTo("/fr/blog/mon-billet/photo.jpg");
    BodyRenderer mine =
        BodyRenderer.builder()
            .shortcode(
                "imageContent", call -> "<img src=\"" + call.url(call.string(0)) + "\" alt=\"\">")
            .build();
    Document doc = dom(render(mine, text));
    assertThat(doc.select("figure")).isEmpty();
    assertThat(doc.selectFirst("img").attr("src")).isEqualTo("/fr/blog/mon-billet/photo.jpg");
  }

  @Test
  void urlHelperBlocksScriptUrls() {
    BodyRenderer renderer =
        BodyRenderer.builder()
            // PASS: the helper itself blocks the URL, not the sanitizer after it.
            .policy(HtmlPolicy.PASS)
            .shortcode("lien", call -> "<a href=\"" + call.url(call.string(0)) + "\">x</a>")
            .build();
    RenderedBody body = render(renderer, "{% lien \"javascript:alert(1)\" %}\n");
    assertThat(dom(body).selectFirst("a").attr("href")).isEqualTo("about:invalid#unsafe-url");
    assertThat(body.problems()).extracting(Problem::code).containsExactly("url.unsafe");
  }

  @Test
  void namesThatCannotBeShortcodesAreRefused() {
    assertThatThrownBy(() -> BodyRenderer.builder().shortcode("if", DAILYMOTION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Nunjucks");
    assertThatThrownBy(() -> SiteBuild.builder().pairedShortcode("a b", TRANSCRIPTION))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSiteBuildRendersTheShortcodesItWasGiven(@TempDir Path dir) throws Exception {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("fr/blog/posts"));
    Files.writeString(
        content.resolve("fr/blog/posts/video.md"),
        "---\ntitle: Une vidéo\ndate: 2024-03-26\n---\n\nNous publions une vidéo sur les"
            + " logiciels libres dans l'administration.\n\n{% dailymotion x7tgad0 %}\n\n"
            + "{% transcription %}\nLe texte de la vidéo.\n{% endtranscription %}\n");
    SiteConfig config = SiteYaml.of("fr").posts("fr/blog/posts/**", "/fr/blog/{slug}/").parse();
    BuildReport report =
        SiteBuild.builder()
            .config(config)
            .allowedIframeHosts(List.of("geo.dailymotion.com"))
            .shortcode("dailymotion", DAILYMOTION)
            .pairedShortcode("transcription", TRANSCRIPTION)
            .build()
            .run(content, dir.resolve("site"));
    assertThat(report.problems()).extracting(Problem::code).doesNotContain("shortcode.unknown");
    String page = Files.readString(dir.resolve("site/fr/blog/video/index.html"));
    assertThat(page).contains("player.html?video=x7tgad0", "<details class=\"fr-transcription\">");
    assertThat(page).contains("<p>Le texte de la vidéo.</p>");
  }
}

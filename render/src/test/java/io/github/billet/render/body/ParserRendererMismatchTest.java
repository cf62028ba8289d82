package io.github.billet.render.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Post;
import io.github.billet.core.PostParser;
import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.core.markdown.BilletMarkdown;
import io.github.billet.render.site.BuildReport;
import io.github.billet.render.site.SiteBuild;
import io.github.billet.testing.SiteYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parser and a renderer configured apart (shortcodes registered on one only, the dialect turned
 * off on one) give a problem that says which side lacks what, never silence nor a Billet failure
 * (issue 22, item 4).
 */
class ParserRendererMismatchTest {

  /** Front matter on lines 1 to 4; the body starts on line 5. */
  private static final String POST =
      """
      ---
      title: Vidéo
      date: 2024-03-26
      ---
      {% transcription %}
      Le texte de la vidéo.
      {% endtranscription %}
      """;

  private static final Shortcode DETAILS =
      call ->
          "<details><summary>Transcription</summary>" + call.innerHtml().orElse("") + "</details>";

  private static RenderedBody render(PostParser parser, BodyRenderer renderer) {
    Post post = parser.parse("fr/video.md", POST);
    return renderer.render(
        post.body(), new BodyContext("/fr/blog/video/", post.source(), post.body().startLine()));
  }

  @Test
  void aPairedShortcodeRegisteredOnTheRendererOnlyNamesTheParserAsTheCause() {
    BodyRenderer renderer =
        BodyRenderer.builder().pairedShortcode("transcription", DETAILS).build();
    RenderedBody body = render(PostParser.builder().build(), renderer);

    assertThat(body.problems())
        .extracting(Problem::code, Problem::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("shortcode.unknown", 5),
            org.assertj.core.groups.Tuple.tuple("shortcode.unknown", 7));
    Problem opening = body.problems().get(0);
    assertThat(opening.message())
        .contains(
            "'transcription'", "paired shortcode", "not on the parser", "{% endtranscription %}");
    assertThat(opening.hint()).contains("pairedShortcode", "extensions(body.extensions())");
    assertThat(body.problems().get(1).message())
        .contains("'endtranscription' closes the paired shortcode 'transcription'");
    // The same renderer with a parser given its extensions pairs them.
    RenderedBody paired =
        render(PostParser.builder().extensions(renderer.extensions()).build(), renderer);
    assertThat(paired.problems()).isEmpty();
    assertThat(paired.html()).contains("<details><summary>Transcription</summary>");
  }

  @Test
  void aShortcodePairedByTheParserButUnknownToTheRendererIsNotABilletFailure() {
    PostParser parser =
        PostParser.builder()
            .extensions(List.of(BilletMarkdown.extension(Set.of("transcription"))))
            .build();
    RenderedBody single =
        render(parser, BodyRenderer.builder().shortcode("transcription", DETAILS).build());
    RenderedBody none = render(parser, BodyRenderer.builder().build());

    for (RenderedBody body : List.of(single, none)) {
      assertThat(body.problems()).extracting(Problem::code).containsExactly("shortcode.unknown");
      assertThat(body.problems().get(0).line()).isEqualTo(5);
      assertThat(body.problems().get(0).message()).contains("paired on the parser");
      assertThat(body.problems().get(0).hint()).contains("pairedShortcode(\"transcription\"");
      // Shown as written, its text kept.
      assertThat(body.html()).contains("{% transcription %}", "Le texte de la vidéo.");
    }
    assertThat(single.problems().get(0).message()).contains("as a single shortcode");
    assertThat(none.problems().get(0).message()).contains("not registered on the renderer");
  }

  @Test
  void aSiteBuildKeepsAParserBuiltWithoutTheDialect(@TempDir Path dir) throws Exception {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("fr/blog/posts"));
    Files.writeString(
        content.resolve("fr/blog/posts/notes.md"),
        "---\ntitle: Notes\ndate: 2024-03-26\n---\n:::callout Bon à savoir\nLe texte.\n:::\n");
    SiteConfig config = SiteYaml.of("fr").posts("fr/blog/posts/**", "/fr/blog/{slug}/").parse();
    BuildReport report =
        SiteBuild.builder()
            .config(config)
            .parser(PostParser.builder().billetSyntax(false).build())
            .pairedShortcode("transcription", DETAILS)
            .build()
            .run(content, dir.resolve("site"));

    assertThat(report.committed()).as(report.problems().toString()).isTrue();
    String page = Files.readString(dir.resolve("site/fr/blog/notes/index.html"));
    assertThat(page).doesNotContain("fr-callout").contains(":::callout Bon à savoir");
    assertThat(report.problems())
        .filteredOn(p -> p.code().equals("markdown.not-parsed"))
        .extracting(Problem::file, Problem::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("fr/blog/posts/notes.md", 5));
  }
}

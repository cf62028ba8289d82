package io.github.billet.render.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Post;
import io.github.billet.core.PostParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/** What a user does to {@code MarkdownBody.document()} never reaches the rendered HTML. */
class DocumentCopyTest {

  @Test
  void unlinkingTheDocumentOfAPostLeavesLaterRendersUnchanged() {
    Post post =
        PostParser.builder()
            .build()
            .parse(
                "fr/blog/x.md",
                "---\ntitle: T\nlang: fr\n---\n# Un\n\nPremier *paragraphe*.\n\n## Deux\n\nFin.\n");
    BodyRenderer renderer = BodyRenderer.builder().build();
    String before =
        renderer
            .render(post.body(), new BodyContext("/fr/x/", post.source(), post.body().startLine()))
            .html();

    Node mine = post.body().document();
    while (mine.getFirstChild() != null) {
      mine.getFirstChild().unlink();
    }

    assertThat(
            renderer
                .render(
                    post.body(), new BodyContext("/fr/x/", post.source(), post.body().startLine()))
                .html())
        .isEqualTo(before)
        .contains("Premier", "Fin.");
    assertThat(post.body().document()).isNotSameAs(mine);
    assertThat(post.body().document().getFirstChild()).isNotNull();
  }

  @Test
  void aCorpusPostRendersTheSameAfterItsDocumentIsEmptied() throws IOException {
    Path file = anyCorpusPost();
    Post post = PostParser.builder().build().parse(file);
    BodyRenderer renderer = BodyRenderer.builder().build();
    String before =
        renderer
            .render(post.body(), new BodyContext("/fr/x/", post.source(), post.body().startLine()))
            .html();

    Node mine = post.body().document();
    mine.getFirstChild().unlink();

    assertThat(
            renderer
                .render(
                    post.body(), new BodyContext("/fr/x/", post.source(), post.body().startLine()))
                .html())
        .isEqualTo(before);
  }

  private static Path anyCorpusPost() throws IOException {
    try (var files = Files.walk(Path.of("../../shared/corpus/code.gouv.fr/content/en"))) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
    }
  }
}

package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MarkdownBody#headings()} and the copies {@link MarkdownBody#document()} hands out. */
class MarkdownBodyHeadingsTest {

  private static final String TEXT =
      "---\ntitle: T\nlang: fr\n---\nIntro.\n\n## Le `code` et *plus*\n\nTexte.\n\n### Trois\n"
          + "\nSetext\n------\n";

  @Test
  void headingsGiveLevelPlainTextAndFileLine() {
    Post post = PostParser.builder().build().parse("fr/x.md", TEXT);

    assertThat(post.body().headings())
        .containsExactly(
            new MarkdownBody.Heading(2, "Le code et plus", 7),
            new MarkdownBody.Heading(3, "Trois", 11),
            new MarkdownBody.Heading(2, "Setext", 13));
  }

  @Test
  void headingsAreImmutable() {
    List<MarkdownBody.Heading> headings =
        PostParser.builder().build().parse("fr/x.md", TEXT).body().headings();
    assertThatThrownBy(() -> headings.clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void documentIsAFreshCopyEachCall() {
    MarkdownBody body = PostParser.builder().build().parse("fr/x.md", TEXT).body();
    var first = body.document();
    first.getFirstChild().unlink();

    var second = body.document();
    assertThat(second).isNotSameAs(first);
    assertThat(second.getFirstChild()).isInstanceOf(org.commonmark.node.Paragraph.class);
    assertThat(body.headings()).hasSize(3);
  }
}

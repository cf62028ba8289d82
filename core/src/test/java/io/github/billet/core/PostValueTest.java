package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.billet.testing.Corpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Post is a value: built by a builder, copied by toBuilder, compared without I/O. */
class PostValueTest {

  private final PostParser parser = PostParser.builder().build();

  @Test
  void toBuilderCopiesEveryFieldOfACorpusPost() throws Exception {
    Path file =
        Corpus.root()
            .resolve("published/guide-osor-sur-open-source-dans-administration-publique.md");
    Post post = parser.parse(file);

    Post copy = post.toBuilder().build();
    assertThat(copy).isEqualTo(post).hasSameHashCodeAs(post).isNotSameAs(post);
    assertThat(copy.tags()).containsExactly("Europe", "Documentation");

    Post renamed = post.toBuilder().title("Autre titre").language(Language.ENGLISH).build();
    assertThat(renamed.title()).isEqualTo("Autre titre");
    assertThat(renamed.language()).contains(Language.ENGLISH);
    assertThat(renamed).isNotEqualTo(post);
    assertThat(renamed.description()).isEqualTo(post.description());
    assertThat(renamed.body()).isSameAs(post.body());
    // The original is unchanged.
    assertThat(post.title())
        .isEqualTo("L'Europe publie un guide sur l'Open Source dans l'administration publique");
  }

  @Test
  void aBuiltPostNeedsOnlyASourceABodyAndATitleOrSlug() {
    MarkdownBody body = parser.parse("a.md", "Un corps.\n").body();
    Post post = Post.builder().source("fr/a.md").slug("a").title("Titre").body(body).build();
    assertThat(post.title()).isEqualTo("Titre");
    assertThat(post.language()).isEmpty();
    assertThat(post.isPublished()).isFalse();
    assertThat(post.permalink().isPublished()).isTrue();
    assertThat(post.tags()).isEmpty();

    assertThatThrownBy(() -> Post.builder().source("fr/a.md").title("T").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("body");
    assertThatThrownBy(() -> Post.builder().source(" ").body(body).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTitleIsNeverEmpty() {
    // Front matter title.
    assertThat(parser.parse("fr/a.md", "---\ntitle: Là\n---\n# Titre\n").title()).isEqualTo("Là");
    // First heading, with a warning.
    Post fromHeading = parser.parse("fr/a.md", "---\ndate: 2024-01-01\n---\n# Le titre\n");
    assertThat(fromHeading.title()).isEqualTo("Le titre");
    assertThat(fromHeading.problems()).extracting(Problem::code).contains("title.from-heading");
    // Neither: the slug, the name the file gives, and the existing problem for a published post.
    Post untitled =
        parser.parse("fr/blog/posts/2024-01-02-mon-billet.md", "---\ndate: 2024-01-01\n---\nx\n");
    assertThat(untitled.title()).isEqualTo("mon-billet");
    assertThat(untitled.problems()).extracting(Problem::code).containsExactly("title.missing");
    // A blank title given to the builder falls back the same way.
    MarkdownBody body = untitled.body();
    assertThat(Post.builder().source("x/b.md").slug("b").title("  ").body(body).build().title())
        .isEqualTo("b");
  }

  @Test
  void equalsNeverReadsAFileAgainNorThrows() {
    String text = "---\ntitle: A\n---\nUn texte *court*.\n";
    Post a = parser.parse("a.md", text);
    Post b = parser.parse("a.md", text);
    Post other = parser.parse("a.md", text.replace("court", "longs"));
    AtomicInteger reads = new AtomicInteger();
    a.body()
        .releaseText(
            () -> {
              reads.incrementAndGet();
              throw new java.io.UncheckedIOException(new java.io.IOException("file gone"));
            });

    assertThat(a).isEqualTo(b);
    assertThat(b).isEqualTo(a);
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
    assertThat(a).isNotEqualTo(other);
    assertThat(a.equals(null)).isFalse();
    assertThat(List.of(a, b)).containsOnly(b);
    assertThat(Optional.of(a)).contains(b);
    assertThat(reads).hasValue(0);
  }
}

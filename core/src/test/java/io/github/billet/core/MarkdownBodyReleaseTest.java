package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.billet.core.internal.shared.DocumentRelease;
import io.github.billet.core.internal.shared.SharedDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.commonmark.node.Heading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bodies let go to save memory: read again from their file, and refused when the file changed. */
class MarkdownBodyReleaseTest {

  private static final String POST =
      "---\r\ntitle: Élan\r\n---\r\n# Élan\r\n\r\nUn texte *court*.\r\n";

  @Test
  void aReleasedTextIsReadAgainAndMustBeTheSame() throws Exception {
    PostParser parser = PostParser.builder().build();
    Post post = parser.parse("a.md", POST);
    MarkdownBody body = post.body();
    String text = body.markdown();
    AtomicInteger reads = new AtomicInteger();
    body.releaseText(
        () -> {
          reads.incrementAndGet();
          return new String(text.toCharArray());
        });
    // Read again from the source, equal to what was parsed.
    assertThat(body.markdown()).isEqualTo(text);
    assertThat(body.length()).isEqualTo(text.length());
    assertThat(body).isEqualTo(parser.parse("a.md", POST).body());
    assertThat(body.hashCode()).isEqualTo(parser.parse("a.md", POST).body().hashCode());

    assertThat(reads).hasValue(1);
    // Kept softly once read again; read once more after the collector dropped it.
    forget(body);
    assertThat(body.markdown()).isEqualTo(text);
    assertThat(reads).hasValue(2);

    // The file now holds another text of the same length: refused, not silently used.
    MarkdownBody dropped = new MarkdownBody(text, 4, body.document());
    dropped.releaseText(() -> text.replace("court", "longs"));
    forget(dropped);
    assertThatThrownBy(dropped::markdown)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("changed");
  }

  @Test
  void aLoaderThatLetsDocumentsGoGivesTheSameTreeAgain(@TempDir Path dir) throws IOException {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("fr"));
    Files.writeString(content.resolve("fr/a.md"), POST, StandardCharsets.UTF_8);
    AtomicInteger seen = new AtomicInteger();
    ContentTree tree =
        DocumentRelease.afterParsed(ContentLoader.builder(), 0, 0.125)
            .onParsed(
                p -> {
                  // The document is there while onParsed runs.
                  assertThat(p.body().document().getFirstChild()).isInstanceOf(Heading.class);
                  seen.incrementAndGet();
                })
            .build()
            .load(content);
    assertThat(seen).hasValue(1);
    Post post = tree.posts().get(0);
    // Dropped at once (documentMemory 0): parsed again, same tree shape.
    assertThat(post.body().document()).isNotSameAs(post.body().document());
    assertThat(post.body().document().getFirstChild()).isInstanceOf(Heading.class);
    assertThat(post.body().markdown()).isEqualTo("# Élan\n\nUn texte *court*.\n");
  }

  @Test
  void thePublicLoaderBuilderHasNoMemorySettingsAndKeepsEveryDocument(@TempDir Path dir)
      throws IOException {
    assertThat(java.util.Arrays.stream(ContentLoader.Builder.class.getMethods()))
        .extracting(java.lang.reflect.Method::getName)
        .doesNotContain("keepDocuments", "documentMemory", "textMemory", "releaseDocuments");
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("fr"));
    Files.writeString(content.resolve("fr/a.md"), POST, StandardCharsets.UTF_8);
    Post post = ContentLoader.builder().build().load(content).posts().get(0);
    // Kept: the shared tree is the same instance each time, never parsed again.
    assertThat(SharedDocument.of(post.body())).isSameAs(SharedDocument.of(post.body()));
  }

  @Test
  void documentMemoryIsAShareOfTheHeap() {
    assertThatThrownBy(() -> DocumentRelease.afterParsed(ContentLoader.builder(), 1.5, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DocumentRelease.afterParsed(ContentLoader.builder(), Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DocumentRelease.afterParsed(ContentLoader.builder(), 0, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Clears the soft copy as the collector would when memory runs short. */
  private static void forget(MarkdownBody body) {
    try {
      java.lang.reflect.Field f = MarkdownBody.class.getDeclaredField("releasedText");
      f.setAccessible(true);
      java.lang.ref.SoftReference<?> soft = (java.lang.ref.SoftReference<?>) f.get(body);
      if (soft != null) {
        soft.clear();
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}

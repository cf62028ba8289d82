package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content folder is a trust boundary: posts, folders and files whose real path leaves it are
 * refused with a located problem; links that stay inside are followed. Percent-encoded dot segments
 * in a URL are refused like plain ones.
 */
class ContentTrustBoundaryTest {

  private static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static ContentTree load(Path root) {
    return ContentLoader.builder().build().load(root);
  }

  @Test
  void aPostThatLinksOutsideTheContentFolderIsRefused(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("content");
    write(root, "fr/blog/bon.md", "---\ntitle: Bon\ndate: 2024-01-01\n---\nBon.\n");
    write(dir, "outside/passwd.md", "---\ntitle: Secret\ndate: 2024-01-01\n---\nroot:x:0:0\n");
    Files.createSymbolicLink(root.resolve("fr/blog/passwd.md"), dir.resolve("outside/passwd.md"));
    ContentTree tree = load(root);
    assertThat(tree.posts()).extracting(Post::source).containsExactly("fr/blog/bon.md");
    assertThat(tree.problems())
        .extracting(Problem::file, Problem::code, Problem::severity)
        .containsExactly(tuple("fr/blog/passwd.md", "tree.outside-root", Severity.ERROR));
  }

  @Test
  void aFolderThatLinksOutsideIsRefusedWithEverythingInIt(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("content");
    write(root, "fr/blog/bon.md", "---\ntitle: Bon\ndate: 2024-01-01\n---\nBon.\n");
    write(dir, "elsewhere/x.md", "---\ntitle: X\ndate: 2024-01-01\n---\nX.\n");
    write(dir, "elsewhere/photo.png", "png");
    Files.createSymbolicLink(root.resolve("fr/ailleurs"), dir.resolve("elsewhere"));
    ContentTree tree = load(root);
    assertThat(tree.posts()).extracting(Post::source).containsExactly("fr/blog/bon.md");
    assertThat(tree.otherFiles()).isEmpty();
    assertThat(tree.problems())
        .extracting(Problem::file, Problem::code)
        .containsExactly(tuple("fr/ailleurs", "tree.outside-root"));
  }

  @Test
  void aFileThatLinksOutsideIsNotListed(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("content");
    write(root, "fr/blog/a/index.md", "---\ntitle: A\ndate: 2024-01-01\n---\nA.\n");
    write(root, "fr/blog/a/ici.png", "png");
    write(dir, "secret.png", "secret");
    Files.createSymbolicLink(root.resolve("fr/blog/a/secret.png"), dir.resolve("secret.png"));
    ContentTree tree = load(root);
    assertThat(tree.otherFiles()).containsExactly("fr/blog/a/ici.png");
    assertThat(tree.problems())
        .extracting(Problem::file, Problem::code)
        .containsExactly(tuple("fr/blog/a/secret.png", "tree.outside-root"));
  }

  @Test
  void linksThatStayInsideTheContentFolderAreFollowed(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("content");
    write(root, "shared/commun.md", "---\ntitle: Commun\ndate: 2024-01-01\n---\nCommun.\n");
    write(root, "shared/image.png", "png");
    Files.createDirectories(root.resolve("fr"));
    Files.createSymbolicLink(root.resolve("fr/partage"), root.resolve("shared"));
    Files.createSymbolicLink(root.resolve("fr/lien.md"), root.resolve("shared/commun.md"));
    ContentTree tree = load(root);
    assertThat(tree.problems()).isEmpty();
    assertThat(tree.posts())
        .extracting(Post::source)
        .containsExactlyInAnyOrder("fr/lien.md", "fr/partage/commun.md", "shared/commun.md");
    assertThat(tree.otherFiles())
        .containsExactlyInAnyOrder("fr/partage/image.png", "shared/image.png");
  }

  @Test
  void aContentFolderReachedThroughALinkIsItsOwnRoot(@TempDir Path dir) throws Exception {
    Path real = dir.resolve("real");
    write(real, "fr/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nA.\n");
    Path root = Files.createSymbolicLink(dir.resolve("content"), real);
    ContentTree tree = load(root);
    assertThat(tree.problems()).isEmpty();
    assertThat(tree.posts()).extracting(Post::source).containsExactly("fr/a.md");
  }

  @Test
  void percentEncodedDotSegmentsAreInvalidUrls(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("content");
    String[] permalinks = {
      "/fr/%2e%2e/%2e%2e/x/", "/fr/%2E%2E/x/", "/fr/%2e./x/", "/fr/.%2E/x/", "/fr/%2e/x/"
    };
    for (int i = 0; i < permalinks.length; i++) {
      write(
          root,
          "fr/p" + i + ".md",
          "---\ntitle: P\ndate: 2024-01-01\npermalink: " + permalinks[i] + "\n---\nP.\n");
    }
    write(root, "fr/ok.md", "---\ntitle: Ok\ndate: 2024-01-01\npermalink: /fr/a%2ez/\n---\nOk.\n");
    ContentTree tree = load(root);
    assertThat(tree.problems())
        .extracting(Problem::file, Problem::line, Problem::code)
        .containsExactly(
            tuple("fr/p0.md", 4, "url.invalid"),
            tuple("fr/p1.md", 4, "url.invalid"),
            tuple("fr/p2.md", 4, "url.invalid"),
            tuple("fr/p3.md", 4, "url.invalid"),
            tuple("fr/p4.md", 4, "url.invalid"));
    assertThat(tree.posts())
        .filteredOn(p -> p.url().isPresent())
        .extracting(p -> p.url().get())
        .containsExactly("/fr/a%2ez/");
  }
}

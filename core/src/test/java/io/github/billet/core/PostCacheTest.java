package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A loader with a cache parses only the files that changed since its previous load. */
class PostCacheTest {

  private static void write(Path root, String relative, String text, long second)
      throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(second)));
  }

  private static Map<String, Post> bySource(ContentTree tree) {
    return tree.posts().stream().collect(Collectors.toMap(Post::source, Function.identity()));
  }

  @Test
  void unchangedFilesComeFromTheCacheAndTheOthersAreParsed(@TempDir Path root) throws IOException {
    write(root, "fr/a.md", "---\ntitle: A\n---\nTexte A.\n", 1000);
    write(root, "fr/b.md", "---\ntitle: B\n---\nTexte B.\n", 1000);
    write(root, "fr/c.md", "---\ntitle: [C\n---\nCassé.\n", 1000);
    Map<String, AtomicInteger> parsed = new ConcurrentHashMap<>();
    PostCache cache = new PostCache();
    ContentLoader loader =
        ContentLoader.builder()
            .cache(cache)
            .onParsed(
                p -> parsed.computeIfAbsent(p.source(), k -> new AtomicInteger()).incrementAndGet())
            .build();

    ContentTree first = loader.load(root);
    assertThat(cache.size()).isEqualTo(3);
    assertThat(first.errors()).singleElement().extracting(Problem::file).isEqualTo("fr/c.md");

    write(root, "fr/b.md", "---\ntitle: B2\n---\nTexte B modifié.\n", 2000);
    Files.delete(root.resolve("fr/c.md"));
    ContentTree second = loader.load(root);

    assertThat(bySource(second).get("fr/a.md")).isSameAs(bySource(first).get("fr/a.md"));
    assertThat(bySource(second).get("fr/b.md").title()).isEqualTo("B2");
    assertThat(parsed.get("fr/a.md")).hasValue(1);
    assertThat(parsed.get("fr/b.md")).hasValue(2);
    assertThat(second.errors()).isEmpty();
    assertThat(cache.size()).isEqualTo(2);

    // Same size and time but another file (replaced, not edited in place): parsed again.
    Path a = root.resolve("fr/a.md");
    Files.move(a, root.resolve("fr/a.old"));
    write(root, "fr/a.md", "---\ntitle: Z\n---\nTexte Z.\n", 1000);
    assertThat(bySource(loader.load(root)).get("fr/a.md").title()).isEqualTo("Z");
  }
}

package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz targets for core. Without {@code JAZZER_FUZZ=1} they run in regression mode over the
 * committed inputs in {@code src/test/resources/io/github/billet/core/CoreFuzzTestInputs/}; with
 * it, each explores for its {@code maxDuration} (see CONTRIBUTING.md's Fuzzing section).
 *
 * <p>A finding is any exception other than the documented {@link PostParseException}, or a result
 * that breaks the model's invariants.
 */
class CoreFuzzTest {

  private static final PostParser PARSER = PostParser.builder().maxFileSize(200_000).build();
  private static final FolderDefaults BLOG =
      FolderDefaults.none()
          .withLanguage(Language.FRENCH)
          .withTags(List.of("posts"))
          .withUrlPatterns(List.of("/{lang}/{slugify(slugOverride)}/", "/{lang}/blog/{slug}/"));

  /** The whole-file parser, from raw bytes: never anything but a documented problem. */
  @FuzzTest(maxDuration = "10m")
  void wholeFile(byte[] data) {
    try {
      Post post = PARSER.parse("fr/blog/posts/fuzz.md", data, BLOG);
      checkInvariants(post);
    } catch (PostParseException e) {
      checkProblem(e.problem());
    }
  }

  /** Front matter typing: arbitrary YAML between fences, then a fixed body. */
  @FuzzTest(maxDuration = "10m")
  void frontMatter(FuzzedDataProvider data) {
    String yaml = data.consumeRemainingAsString();
    String text = "---\n" + yaml + "\n---\nBody.\n";
    try {
      Post post = PARSER.parse("fr/blog/posts/fm.md", text, BLOG);
      checkInvariants(post);
      for (String key : post.frontMatter().asMap().keySet()) {
        post.frontMatter().getString(key);
        post.frontMatter().getStrings(key);
        post.frontMatter().getBoolean(key, false);
        post.frontMatter().getLong(key, 0);
        post.frontMatter().getMap(key);
      }
    } catch (PostParseException e) {
      checkProblem(e.problem());
    }
  }

  /** Slugs are lower-case ASCII letters, digits and single inner dashes. */
  @FuzzTest(maxDuration = "10m")
  void slugify(FuzzedDataProvider data) {
    String slug = Slugs.slugify(data.consumeRemainingAsString());
    assertThat(slug).matches("([a-z0-9]+(-[a-z0-9]+)*)?");
  }

  private static void checkInvariants(Post post) {
    assertThat(post.source()).isEqualTo(post.source().strip());
    post.url().ifPresent(url -> assertThat(url).startsWith("/").doesNotContain("//"));
    assertThat(post.tags()).doesNotHaveDuplicates().doesNotContain("posts");
    assertThat(post.body().startLine()).isPositive();
    for (Problem p : post.problems()) {
      checkProblem(p);
    }
  }

  private static void checkProblem(Problem p) {
    assertThat(p.code()).isNotBlank();
    assertThat(p.message()).isNotBlank();
    assertThat(p.line()).isNotNegative();
    assertThat(p.column()).isNotNegative();
    assertThat(p.toString().getBytes(StandardCharsets.UTF_8)).isNotEmpty();
  }
}

package io.github.billet.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that stops keeps the content's own problems and reports the posts it read, whatever
 * stopped it (issue 20, item 7).
 */
class FailedBuildReportTest {

  private static final String CONFIG =
      """
      baseUrl: https://example.gouv.fr
      languages: [fr]
      rules:
        - match: "fr/**"
          lang: fr
      """;

  /** Two good posts and one with a broken front matter (a content error). */
  private static Path content(Path dir) throws IOException {
    Path root = dir.resolve("content");
    Files.createDirectories(root.resolve("fr"));
    Files.writeString(root.resolve("fr/a.md"), "---\ntitle: A\ndate: 2024-01-01\n---\nA.\n");
    Files.writeString(root.resolve("fr/b.md"), "---\ntitle: B\ndate: 2024-01-02\n---\nB.\n");
    Files.writeString(root.resolve("fr/casse.md"), "---\ntitle: [a\n---\nCassé.\n");
    return root;
  }

  private static SiteBuild.Builder builder() throws Exception {
    return SiteBuild.builder().config(SiteConfig.parse("site.yaml", CONFIG));
  }

  /** Fails the build with the given error when it reaches a stage. */
  private static BuildListener failingAt(String stage, Error error) {
    return (s, done, total) -> {
      if (s.equals(stage)) {
        throw error;
      }
    };
  }

  private static void keepsTheContent(BuildReport report) {
    assertThat(report.committed()).isFalse();
    assertThat(report.postsPerLanguage()).as(report.problems().toString()).containsEntry("fr", 2);
    assertThat(report.problems())
        .extracting(Problem::file)
        .as(report.problems().toString())
        .contains("fr/casse.md");
  }

  @Test
  void anInternalFailureKeepsTheContentsProblemsAndCounts(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    BuildReport report =
        builder()
            .listener(failingAt("listings", new StackOverflowError("injected")))
            .build()
            .run(content, dir.resolve("site"));
    keepsTheContent(report);
    assertThat(report.problems()).extracting(Problem::code).contains("internal.failure");
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void runningOutOfMemorySuggestsALargerHeap(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    BuildReport report =
        builder()
            .listener(failingAt("render", new OutOfMemoryError("Java heap space")))
            .build()
            .run(content, dir.resolve("site"));
    keepsTheContent(report);
    assertThat(report.problems())
        .filteredOn(p -> p.code().equals("build.out-of-memory"))
        .singleElement()
        .satisfies(p -> assertThat(p.hint()).contains("-Xmx"));
    assertThat(report.problems()).extracting(Problem::code).doesNotContain("internal.failure");
  }

  @Test
  void tooManyPagesStillCountsThePostsRead(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    BuildReport report = builder().maxPages(1).build().run(content, dir.resolve("site"));
    keepsTheContent(report);
    assertThat(report.problems()).extracting(Problem::code).contains("build.too-many-pages");
  }

  @Test
  void aFailedSessionBuildKeepsTheContentsProblems(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    SiteBuild build =
        builder().listener(failingAt("feeds", new StackOverflowError("injected"))).build();
    try (BuildSession session = build.session(content, dir.resolve("site"))) {
      keepsTheContent(session.build());
    }
  }

  @Test
  void aBaseUrlWithoutHostIsRefusedByTheBuilder() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> SiteBuild.builder().baseUrl("https://"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no host");
  }
}

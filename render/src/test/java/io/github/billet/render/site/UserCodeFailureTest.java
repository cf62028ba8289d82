package io.github.billet.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.render.page.DsfrLayout;
import io.github.billet.render.page.HomePage;
import io.github.billet.render.page.PageContent;
import io.github.billet.render.page.PageLayout;
import io.github.billet.render.page.PostPage;
import io.github.billet.testing.SiteYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User code that throws during a site build (a layout, a shortcode renderer, a listener) is
 * reported as the user's failure, with its class, message and first frames, and the build goes on
 * (issue 22, item 5).
 */
class UserCodeFailureTest {

  private static final SiteConfig CONFIG =
      SiteYaml.of("fr").posts("fr/blog/posts/**", "/fr/blog/{slug}/").parse();

  private static Path content(Path dir) throws IOException {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("fr/blog/posts"));
    Files.writeString(
        content.resolve("fr/blog/posts/bon.md"),
        "---\ntitle: Un billet sans histoire\ndate: 2024-03-25\n---\n\nTout va bien.\n");
    Files.writeString(
        content.resolve("fr/blog/posts/casse.md"),
        "---\ntitle: Le billet qui casse\ndate: 2024-03-26\n---\n\nPremier paragraphe.\n\n"
            + "{% casse \"x\" %}\n");
    return content;
  }

  /** The report's first problem of a code; fails, listing the problems, when there is none. */
  private static Problem firstOf(BuildReport report, String code) {
    return report.problems().stream()
        .filter(p -> p.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(report.problems().toString()));
  }

  /** The DSFR layout, except that it throws for one post. */
  private static final class FailingLayout implements PageLayout {
    private final PageLayout dsfr = DsfrLayout.builder().build();

    @Override
    public String render(PageContent content) {
      return dsfr.render(content);
    }

    @Override
    public String post(PostPage page) {
      if (page.post().source().endsWith("casse.md")) {
        return failHere(page);
      }
      return dsfr.post(page);
    }

    private String failHere(PostPage page) {
      throw new IllegalStateException("no template for " + page.post().source());
    }
  }

  @Test
  void aLayoutThatThrowsFailsItsPageOnlyAndIsNamed(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    Path site = dir.resolve("site");
    BuildReport report =
        SiteBuild.builder()
            .config(CONFIG)
            .layout(new FailingLayout())
            .shortcode("casse", call -> "<p>ok</p>")
            .build()
            .run(content, site);

    assertThat(report.committed()).as(report.problems().toString()).isTrue();
    assertThat(report.problems()).extracting(Problem::code).doesNotContain("internal.failure");
    Problem failed = firstOf(report, "layout.failed");
    assertThat(failed.isError()).isTrue();
    assertThat(failed.file()).isEqualTo("fr/blog/posts/casse.md");
    assertThat(failed.message())
        .contains(FailingLayout.class.getName())
        .contains("java.lang.IllegalStateException: no template for fr/blog/posts/casse.md")
        .contains("FailingLayout.failHere(UserCodeFailureTest.java:")
        .contains("FailingLayout.post(UserCodeFailureTest.java:")
        .contains("/fr/blog/casse/");
    assertThat(failed.hint()).contains("layout", "not of the post nor of Billet");
    // The other pages are written; the failing one is left out.
    assertThat(site.resolve("fr/blog/bon/index.html")).exists();
    assertThat(site.resolve("fr/blog/casse/index.html")).doesNotExist();
    assertThat(site.resolve("fr/blog/index.html")).exists();
  }

  @Test
  void aHomePageWhoseLayoutThrowsIsNamedByTheFileItWouldBeWrittenTo(@TempDir Path dir)
      throws Exception {
    PageLayout dsfr = DsfrLayout.builder().build();
    PageLayout failingHome =
        new PageLayout() {
          @Override
          public String render(PageContent content) {
            return dsfr.render(content);
          }

          @Override
          public String home(HomePage page) {
            throw new IllegalStateException("no home template");
          }
        };
    Path site = dir.resolve("site");
    BuildReport report =
        SiteBuild.builder()
            .config(CONFIG)
            .layout(failingHome)
            .shortcode("casse", call -> "<p>ok</p>")
            .build()
            .run(content(dir), site);

    Problem failed = firstOf(report, "layout.failed");
    // The home page has no source file: the problem names its output file, not its URL.
    assertThat(failed.file()).isEqualTo("fr/index.html");
    assertThat(failed.message()).contains("home()", "no home template", "/fr/");
    assertThat(site.resolve("fr/index.html")).doesNotExist();
    assertThat(site.resolve("fr/blog/bon/index.html")).exists();
  }

  @Test
  void aShortcodeThatThrowsIsReportedAtItsLine(@TempDir Path dir) throws Exception {
    Path content = content(dir);
    Path site = dir.resolve("site");
    BuildReport report =
        SiteBuild.builder()
            .config(CONFIG)
            .shortcode(
                "casse",
                call -> {
                  throw new UnsupportedOperationException("casse is not ready");
                })
            .build()
            .run(content, site);

    assertThat(report.committed()).isTrue();
    Problem failed = firstOf(report, "shortcode.failed");
    assertThat(failed.file()).isEqualTo("fr/blog/posts/casse.md");
    // Front matter on lines 1 to 4, a blank line, the paragraph, a blank line: the shortcode.
    assertThat(failed.line()).isEqualTo(8);
    assertThat(failed.message())
        .contains("java.lang.UnsupportedOperationException: casse is not ready")
        .contains("UserCodeFailureTest.lambda$");
    assertThat(Files.readString(site.resolve("fr/blog/casse/index.html")))
        .contains("{% casse \"x\" %}");
  }

  @Test
  void aListenerThatThrowsIsReportedOncePerStageAndTheBuildGoesOn(@TempDir Path dir)
      throws Exception {
    Path content = content(dir);
    Path site = dir.resolve("site");
    AtomicInteger calls = new AtomicInteger();
    BuildReport report =
        SiteBuild.builder()
            .config(CONFIG)
            .shortcode("casse", call -> "<p>ok</p>")
            .listener(
                (stage, done, total) -> {
                  if (stage.equals("render")) {
                    calls.incrementAndGet();
                    throw new IllegalArgumentException("progress bar closed");
                  }
                })
            .build()
            .run(content, site);

    assertThat(report.committed()).as(report.problems().toString()).isTrue();
    assertThat(site.resolve("fr/blog/casse/index.html")).exists();
    assertThat(calls.get()).isGreaterThan(1);
    assertThat(report.problems())
        .filteredOn(p -> p.code().equals("listener.failed"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.isError()).isFalse();
              assertThat(p.message())
                  .contains("java.lang.IllegalArgumentException: progress bar closed")
                  .contains("'render'")
                  .contains("UserCodeFailureTest.lambda$");
            });
    assertThat(report.problems()).extracting(Problem::code).doesNotContain("internal.failure");
  }
}

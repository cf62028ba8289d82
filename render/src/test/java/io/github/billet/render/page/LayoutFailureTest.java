package io.github.billet.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.PostParser;
import io.github.billet.core.Problem;
import org.junit.jupiter.api.Test;

/** A layout that throws fails its page with a {@code layout.failed} error, not the caller. */
class LayoutFailureTest {

  private static final Post POST =
      PostParser.builder()
          .build()
          .parse(
              "fr/blog/posts/bonjour.md",
              "---\ntitle: Bonjour\ndate: 2024-03-26\nlang: fr\npermalink: /fr/blog/bonjour/\n---\n"
                  + "Un texte.\n");

  /** Throws from every page method, through a helper of its own. */
  private static final class BrokenLayout implements PageLayout {
    @Override
    public String render(PageContent content) {
      return broken(content.title());
    }

    private static String broken(String title) {
      throw new NullPointerException("no header fragment for " + title);
    }
  }

  @Test
  void aPostPageWhoseLayoutThrowsHasNoHtmlAndALayoutFailedError() {
    Page page = PageRenderer.builder().layout(new BrokenLayout()).build().renderPost(POST);

    assertThat(page.url()).isEqualTo("/fr/blog/bonjour/");
    assertThat(page.html()).isEmpty();
    Problem failed = page.problems().get(page.problems().size() - 1);
    assertThat(failed.code()).isEqualTo("layout.failed");
    assertThat(failed.isError()).isTrue();
    assertThat(failed.file()).isEqualTo("fr/blog/posts/bonjour.md");
    assertThat(failed.message())
        .contains(BrokenLayout.class.getName())
        .contains("java.lang.NullPointerException: no header fragment for Bonjour")
        .contains("BrokenLayout.broken(LayoutFailureTest.java:")
        .contains("BrokenLayout.render(LayoutFailureTest.java:")
        .contains("post()");
  }

  @Test
  void listingAndNotFoundPagesWhoseLayoutThrowsAreReportedToo() {
    PageRenderer renderer = PageRenderer.builder().layout(new BrokenLayout()).build();
    Page listing = renderer.renderBlogIndex(Language.FRENCH, java.util.List.of(POST)).get(0);
    assertThat(listing.html()).isEmpty();
    assertThat(listing.problems()).extracting(Problem::code).containsExactly("layout.failed");
    assertThat(listing.problems().get(0).message()).contains("listing()");
    // A page without a source is named by the file it would be written to, not by its URL.
    assertThat(listing.url()).isEqualTo("/fr/blog/");
    assertThat(listing.problems().get(0).file()).isEqualTo("fr/blog/index.html");

    Page notFound = renderer.renderNotFound(Language.FRENCH);
    assertThat(notFound.html()).isEmpty();
    assertThat(notFound.problems()).extracting(Problem::code).containsExactly("layout.failed");
    assertThat(notFound.url()).isEqualTo("/fr/404.html");
    assertThat(notFound.problems().get(0).file()).isEqualTo("fr/404.html");
  }

  @Test
  void aLayoutThatWorksGivesItsPageWithoutAProblem() {
    Page page = PageRenderer.builder().build().renderPost(POST);
    assertThat(page.html()).contains("<h1", "Bonjour");
    assertThat(page.problems()).extracting(Problem::code).doesNotContain("layout.failed");
  }
}

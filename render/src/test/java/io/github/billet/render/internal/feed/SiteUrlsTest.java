package io.github.billet.render.internal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Feed content: URL attributes made absolute by scanning the rendered HTML, nothing else moved. */
class SiteUrlsTest {

  private final SiteUrls urls = new SiteUrls("https://example.gouv.fr");
  private static final String PAGE = "https://example.gouv.fr/fr/blog/a/";

  @Test
  void siteRelativeAndRelativeUrlsBecomeAbsolute() {
    assertThat(
            urls.html("<p><a href=\"/en/blog/b/\">b</a> <img src=\"./c.png\" alt=\"\"></p>", PAGE))
        .isEqualTo(
            "<p><a href=\"https://example.gouv.fr/en/blog/b/\">b</a>"
                + " <img src=\"https://example.gouv.fr/fr/blog/a/c.png\" alt=\"\"></p>");
  }

  @Test
  void characterReferencesInAQueryStayReferences() {
    assertThat(urls.html("<a href=\"/x?a=1&amp;b=2\">x</a>", PAGE))
        .isEqualTo("<a href=\"https://example.gouv.fr/x?a=1&amp;b=2\">x</a>");
  }

  @Test
  void fragmentsPointIntoThePageAndQuotesAreNormalized() {
    assertThat(urls.html("<a href='#top'>up</a>", PAGE))
        .isEqualTo("<a href=\"https://example.gouv.fr/fr/blog/a/#top\">up</a>");
  }

  @Test
  void absoluteUrlsTextAndOtherAttributesAreLeftByteForByte() {
    String html =
        "<p title=\"href=/x\">see href=\"/y\" &amp; <a class=\"k\" href=\"https://other.org/z\">z</a></p>";
    assertThat(urls.html(html, PAGE)).isSameAs(html);
  }

  @Test
  void srcsetCandidatesAreEachMadeAbsolute() {
    assertThat(
            urls.html("<img src=\"https://cdn.fr/a.png\" srcset=\"./a.png 1x, /b.png 2x\">", PAGE))
        .isEqualTo(
            "<img src=\"https://cdn.fr/a.png\" srcset=\"https://example.gouv.fr/fr/blog/a/a.png 1x,"
                + " https://example.gouv.fr/b.png 2x\">");
  }
}

package io.github.billet.i18n.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteUrlsTest {

  private final SiteUrls urls = new SiteUrls("https://Example.gouv.fr/");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "EMPTY",
      value = {
        "/fr/blog/a/ | /fr/blog/a/",
        "/fr/blog/a | /fr/blog/a/",
        "/fr/blog/a/index.html | /fr/blog/a/",
        "/fr/blog/a/index.htm | /fr/blog/a/",
        "/fr/blog/a.html | /fr/blog/a/",
        "/fr/blog/a/?x=1#top | /fr/blog/a/",
        "/fr/blog/a/#top | /fr/blog/a/",
        "https://example.gouv.fr/fr/blog/a/ | /fr/blog/a/",
        "HTTPS://EXAMPLE.GOUV.FR/fr/blog/a | /fr/blog/a/",
        "http://example.gouv.fr/fr/blog/a/ | /fr/blog/a/",
        "https://example.gouv.fr | /",
        "https://example.gouv.fr#top | /",
        "https://example.gouv.fr/ | /",
        "https://example.gouv.fr?q=1 | /",
        "../b/ | /fr/blog/b/",
        "../../../en/blog/b/ | /en/blog/b/",
        "b | /fr/blog/a/b/",
        "./ | /fr/blog/a/",
        "' /fr/blog/a/ ' | /fr/blog/a/",
        "https://example.gouv.fr.evil.org/fr/ | EMPTY",
        "https://other.org/fr/blog/a/ | EMPTY",
        "//example.gouv.fr/fr/ | EMPTY",
        "mailto:contact@example.gouv.fr | EMPTY",
        "tel:+33100000000 | EMPTY",
        "#section | EMPTY",
        "'' | EMPTY",
        "/img/x.png | EMPTY",
        "../x.PDF | EMPTY",
        "https://example.gouv.fr/files/doc.pdf | EMPTY",
        "'../a b/' | EMPTY",
        "/fr/blog/../../x/ | /x/",
        "/fr/blog/./a/. | /fr/blog/a/",
        "/fr/%2E%2e/en/blog/b/ | /en/blog/b/",
        "https://example.gouv.fr/../../fr/ | /fr/",
        "../../../../../x/ | /x/",
        "..html | /fr/blog/a/",
        "/fr/blog/...html | /fr/",
      })
  void pageResolvesLinksFromThePage(String href, String expected) {
    assertThat(urls.page(href, "/fr/blog/a/").orElse(null)).as(href).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"https://example.gouv.fr/fr/, /fr/", "/fr/, /fr/", "fr/, /fr/blog/a/fr/"})
  void withoutBaseUrlAbsoluteLinksAreExternal(String href, String expected) {
    SiteUrls none = new SiteUrls("");
    String got = none.page(href, "/fr/blog/a").orElse("EMPTY");
    assertThat(got).isEqualTo(href.startsWith("https") ? "EMPTY" : expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "EMPTY",
      value = {
        "'' | /",
        "/ | /",
        "fr/blog | /fr/blog/",
        "/fr/blog/index.html | /fr/blog/",
        "/index.html | /",
        "/fr/blog/page.HTML | /fr/blog/page/",
        "/fr/blog/a/#x | /fr/blog/a/",
        "/fr/blog/a?x | /fr/blog/a/",
        "/feed/feed.xml | EMPTY",
        "/.well-known/ | /.well-known/",
        "/fr/.hidden | /fr/.hidden/",
      })
  void normalize(String path, String expected) {
    assertThat(SiteUrls.normalize(path).orElse(null)).as(path).isEqualTo(expected);
  }
}

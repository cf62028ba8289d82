package io.github.billet.i18n.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteUrlsFileTest {

  private final SiteUrls urls = new SiteUrls("https://example.gouv.fr");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "EMPTY",
      value = {
        "/docs/a.pdf | /docs/a.pdf",
        "/docs/a.pdf?v=2#page=3 | /docs/a.pdf",
        "https://example.gouv.fr/docs/a.pdf | /docs/a.pdf",
        "http://example.gouv.fr/img/x.png | /img/x.png",
        "/docs/d%C3%A9penses.csv | /docs/dépenses.csv",
        "/docs/a+b.pdf | /docs/a+b.pdf",
        "/docs/../img/x.png | /img/x.png",
        "/docs/bad%zz.pdf | EMPTY",
        "/fr/blog/a/ | EMPTY",
        "/fr/blog/a.html | EMPTY",
        "./a.pdf | EMPTY",
        "a.pdf | EMPTY",
        "//cdn.example/a.pdf | EMPTY",
        "https://elsewhere.example/a.pdf | EMPTY",
        "mailto:a@b.fr | EMPTY",
      })
  void aLinkToAFileOfTheSiteGivesItsDecodedPath(String href, String expected) {
    assertThat(urls.file(href)).isEqualTo(Optional.ofNullable(expected));
  }
}

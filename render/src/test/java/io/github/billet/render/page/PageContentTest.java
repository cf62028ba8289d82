package io.github.billet.render.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.billet.core.Language;
import io.github.billet.i18n.Alternate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A page's content is checked as its head is, and its HTML besides. */
class PageContentTest {

  private static PageContent content(String heading, List<Alternate> alternates, String html) {
    return new PageContent(
        PageKind.LISTING,
        Language.FRENCH,
        "/fr/blog/",
        "https://code.gouv.fr/fr/blog/",
        "Blog",
        heading,
        "code.gouv.fr",
        Optional.empty(),
        Optional.empty(),
        "",
        alternates,
        Optional.empty(),
        SiteFrame.empty(),
        html);
  }

  @Test
  void aMissingPartIsNamed() {
    assertThatThrownBy(() -> content(null, List.of(), "<h1>Blog</h1>"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("heading");
    assertThatThrownBy(() -> content("Blog", List.of(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mainHtml");
  }

  @Test
  void theAlternatesAreCopied() {
    List<Alternate> alternates = new ArrayList<>();
    alternates.add(new Alternate("en", "/en/blog/", Optional.of("https://code.gouv.fr/en/blog/")));
    PageContent content = content("Blog", alternates, "<h1>Blog</h1>");
    alternates.clear();
    assertThat(content.alternates()).hasSize(1);
  }
}

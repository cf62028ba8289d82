package io.github.billet.render.page;

import io.github.billet.i18n.Labels;
import java.util.Objects;

/**
 * The "page not found" page of a language.
 *
 * <pre>{@code
 * String main = "<h1>" + Html.text(page.head().heading()) + "</h1><a href=\""
 *     + Html.attribute(page.homeUrl()) + "\">" + Html.text(page.homeText()) + "</a>";
 * }</pre>
 *
 * @param head the document's metadata
 * @param labels the site's labels (the texts of the page: {@code Label.NOT_FOUND_*})
 * @param homeUrl the safe URL of the language's home page
 */
public record NotFoundPage(PageHead head, Labels labels, String homeUrl) {

  /** Checks the components. */
  public NotFoundPage {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(homeUrl, "homeUrl");
  }

  /**
   * Returns the text of the link to the home page.
   *
   * @return such as "Page d'accueil"
   */
  public String homeText() {
    return labels.get(head.language(), io.github.billet.i18n.Label.NOT_FOUND_HOME);
  }
}

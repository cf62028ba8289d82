package io.github.billet.render.page;

import io.github.billet.core.Language;
import java.util.Objects;

/**
 * A link from a post page to the same content in another language of the site: the post's
 * translation when it has one, else where the site's translation index sends readers.
 *
 * <pre>{@code
 * for (Translation t : page.translations()) {
 *   html.append("<a href=\"").append(Html.attribute(t.url())).append("\" hreflang=\"")
 *       .append(t.language().code()).append("\">").append(Html.text(t.text())).append("</a>");
 * }
 * }</pre>
 *
 * @param language the other language
 * @param url the target's safe URL
 * @param text the link's text in the other language, such as "Read in English"
 */
public record Translation(Language language, String url, String text) {

  /** Checks the components. */
  public Translation {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(text, "text");
  }

  /**
   * Returns this translation as a plain link.
   *
   * @return the link, its URL and text
   */
  public PageLink link() {
    return new PageLink(url, text);
  }
}

package io.github.billet.render.page;

import java.util.Objects;
import java.util.Optional;

/**
 * A link of the site's frame (a quick link of the header, a link of the footer), resolved for one
 * page's language.
 *
 * <pre>{@code
 * String a = "<a class=\"fr-btn " + link.icon().map(Html::attribute).orElse("") + "\" href=\""
 *     + Html.attribute(link.url()) + "\">" + Html.text(link.text()) + "</a>";
 * }</pre>
 *
 * @param text the link's text, plain
 * @param url the safe URL
 * @param icon a DSFR icon class such as {@code fr-icon-mail-line}, empty for none
 */
public record FrameLink(String text, String url, Optional<String> icon) {

  /** Checks the components. */
  public FrameLink {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(icon, "icon");
  }
}

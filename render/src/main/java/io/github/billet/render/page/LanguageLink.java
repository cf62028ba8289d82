package io.github.billet.render.page;

import io.github.billet.core.Language;
import java.util.Objects;

/**
 * One entry of the language switcher (the DSFR translate component): where the page's reader goes
 * for a language. For a post, its translation when it has one, else that language's home page;
 * never a listing that would pretend to be the page.
 *
 * <pre>{@code
 * String a = "<a hreflang=\"" + l.language().code() + "\" href=\"" + Html.attribute(l.url())
 *     + "\"" + (l.current() ? " aria-current=\"true\"" : "") + ">" + Html.text(l.name()) + "</a>";
 * }</pre>
 *
 * @param language the language
 * @param name the language's name in itself, such as "Français"
 * @param url the safe URL
 * @param current true for the page's own language
 */
public record LanguageLink(Language language, String name, String url, boolean current) {

  /** Checks the components. */
  public LanguageLink {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
  }
}

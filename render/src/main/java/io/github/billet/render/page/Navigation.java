package io.github.billet.render.page;

import java.util.List;

/**
 * The site's navigation menu in one language: the top entries, each with its sub-menu. The site
 * build makes it once per language from the posts' {@code eleventyNavigation} front matter, as
 * Eleventy's navigation plugin does, and gives each page its copy with the current entry marked.
 *
 * <pre>{@code
 * Navigation menu = page.head().frame().navigation();
 * boolean hasMenu = !menu.items().isEmpty();
 * }</pre>
 *
 * @param items the top entries, in order
 */
public record Navigation(List<NavItem> items) {

  private static final Navigation EMPTY = new Navigation(List.of());

  /** Copies the components. */
  public Navigation {
    items = List.copyOf(items);
  }

  /**
   * Returns the menu without entries.
   *
   * @return an empty menu
   */
  public static Navigation empty() {
    return EMPTY;
  }

  /**
   * Returns this menu with the entries leading to a page marked current.
   *
   * @param pageUrl the page's site-relative URL
   * @return the marked copy
   */
  public Navigation at(String pageUrl) {
    if (items.isEmpty()) {
      return this;
    }
    return new Navigation(items.stream().map(i -> i.at(pageUrl)).toList());
  }
}

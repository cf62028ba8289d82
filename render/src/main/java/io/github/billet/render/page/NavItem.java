package io.github.billet.render.page;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the site's navigation menu, from a page's {@code eleventyNavigation} front matter:
 * its text, its URL (none for the heading of a sub-menu) and its sub-entries in order.
 *
 * <pre>{@code
 * for (NavItem item : page.head().frame().navigation().items()) {
 *   html.append(item.url().isPresent()
 *       ? "<a href=\"" + Html.attribute(item.url().get()) + "\">" + Html.text(item.label()) + "</a>"
 *       : Html.text(item.label()));
 * }
 * }</pre>
 *
 * @param label the text shown ({@code title}, else {@code key})
 * @param url the safe URL the entry leads to; empty for a sub-menu heading
 * @param children the sub-entries, sorted by {@code order}
 * @param current true when the entry leads to the page being shown
 */
public record NavItem(String label, Optional<String> url, List<NavItem> children, boolean current) {

  /** Checks and copies the components. */
  public NavItem {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(url, "url");
    children = List.copyOf(children);
  }

  /**
   * Tells whether this entry or one below it is the page being shown: a menu marks the button of
   * such a sub-menu ({@code aria-current="true"}).
   *
   * @return true on the current page's branch
   */
  public boolean inCurrentBranch() {
    if (current) {
      return true;
    }
    for (NavItem child : children) {
      if (child.inCurrentBranch()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns this entry with its {@link #current()} flags set for a page.
   *
   * @param pageUrl the shown page's site-relative URL
   * @return a copy where the entries leading to that URL are current, the others not
   */
  public NavItem at(String pageUrl) {
    List<NavItem> marked = children.stream().map(c -> c.at(pageUrl)).toList();
    return new NavItem(label, url, marked, url.isPresent() && url.get().equals(pageUrl));
  }
}

package io.github.billet.render.page;

import io.github.billet.render.internal.html.Markup;

/**
 * Escapes plain text for a page layout of your own: every string of a page model is plain text
 * except the rendered body, and a layout escapes it for where it goes.
 *
 * <pre>{@code
 * String h1 = "<h1>" + Html.text(page.title()) + "</h1>";
 * String link = "<a href=\"" + Html.attribute(tag.url()) + "\">" + Html.text(tag.text()) + "</a>";
 * }</pre>
 */
public final class Html {

  private Html() {}

  /**
   * Escapes text for an element's content.
   *
   * @param text plain text
   * @return the text with {@code <}, {@code >} and {@code &} escaped
   */
  public static String text(String text) {
    return Markup.text(text);
  }

  /**
   * Escapes text for a double-quoted attribute value.
   *
   * @param value plain text
   * @return the value with quotes, {@code <}, {@code >} and {@code &} escaped
   */
  public static String attribute(String value) {
    return Markup.attribute(value);
  }

  /**
   * Writes a list of links in a {@code <nav>} with an accessible name, without any class: for a
   * layout of plain HTML (breadcrumb, pagination, a section's posts).
   *
   * <pre>{@code
   * String nav = Html.nav("Pagination", List.of(new PageLink("/fr/blog/page-2/", "2")));
   * }</pre>
   *
   * @param label the navigation's accessible name, plain text
   * @param links the links
   * @return the navigation, one link a line; empty when there is no link
   */
  public static String nav(String label, java.util.List<PageLink> links) {
    if (links.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder("<nav aria-label=\"").append(attribute(label));
    s.append("\"><ul>\n");
    for (PageLink link : links) {
      s.append("<li><a href=\"").append(attribute(link.url())).append("\">");
      s.append(text(link.text())).append("</a></li>\n");
    }
    return s.append("</ul></nav>\n").toString();
  }

  /**
   * Writes the site's menu as nested lists in a {@code <nav>} with an accessible name, without any
   * class: each entry a link ({@code aria-current="page"} on the page being shown) or, for the
   * heading of a sub-menu, its text.
   *
   * <pre>{@code
   * String menu = Html.menu("Main menu", page.head().frame().navigation().items());
   * }</pre>
   *
   * @param label the navigation's accessible name, plain text
   * @param items the menu's entries
   * @return the navigation; empty when there is no entry
   */
  public static String menu(String label, java.util.List<NavItem> items) {
    if (items.isEmpty()) {
      return "";
    }
    return "<nav aria-label=\"" + attribute(label) + "\">" + list(items) + "</nav>\n";
  }

  private static String list(java.util.List<NavItem> items) {
    StringBuilder s = new StringBuilder("<ul>");
    for (NavItem item : items) {
      String label = text(item.label());
      s.append("<li>");
      if (item.url().isPresent()) {
        s.append("<a href=\"").append(attribute(item.url().get()));
        s.append(item.current() ? "\" aria-current=\"page\">" : "\">");
        s.append(label).append("</a>");
      } else {
        s.append(label);
      }
      s.append(item.children().isEmpty() ? "" : list(item.children())).append("</li>");
    }
    return s.append("</ul>").toString();
  }
}

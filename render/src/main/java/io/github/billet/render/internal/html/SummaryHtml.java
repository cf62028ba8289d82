package io.github.billet.render.internal.html;

import io.github.billet.render.body.TocEntry;
import java.util.List;

/** Writes a table of contents as a DSFR summary ({@code fr-summary}). */
public final class SummaryHtml {

  private SummaryHtml() {}

  /**
   * Writes the summary; level-3 entries nest under the level-2 entry before them.
   *
   * @param entries the entries in document order
   * @param title the localized title, such as "Sommaire"
   * @return the {@code <nav>} element, or an empty string when there is no entry
   */
  public static String render(List<TocEntry> entries, String title) {
    if (entries.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    s.append(
        "<nav class=\"fr-summary\" role=\"navigation\" aria-labelledby=\"fr-summary-title\">\n");
    s.append("<h2 class=\"fr-summary__title\" id=\"fr-summary-title\">")
        .append(Markup.text(title))
        .append("</h2>\n");
    s.append("<ol class=\"fr-summary__list\">\n");
    boolean inSubList = false;
    boolean itemOpen = false;
    for (TocEntry entry : entries) {
      boolean sub = entry.level() > 2;
      if (sub && itemOpen && !inSubList) {
        s.append("\n<ol class=\"fr-summary__list\">\n");
        inSubList = true;
      } else if (!sub && inSubList) {
        s.append("</ol>\n</li>\n");
        inSubList = false;
        itemOpen = false;
      } else if (itemOpen && !inSubList) {
        s.append("</li>\n");
        itemOpen = false;
      }
      s.append("<li><a class=\"fr-summary__link\" href=\"#")
          .append(Markup.attribute(entry.id()))
          .append("\">")
          .append(Markup.text(entry.text()))
          .append("</a>");
      if (inSubList) {
        s.append("</li>\n");
      } else {
        itemOpen = true;
      }
    }
    if (inSubList) {
      s.append("</ol>\n</li>\n");
    } else if (itemOpen) {
      s.append("</li>\n");
    }
    s.append("</ol>\n</nav>\n");
    return s.toString();
  }
}

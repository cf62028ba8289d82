package io.github.billet.render.internal.page;

import io.github.billet.core.Language;
import io.github.billet.i18n.Label;
import io.github.billet.i18n.Labels;
import io.github.billet.render.internal.html.Markup;
import io.github.billet.render.internal.html.Pieces;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the main content of pages (post article, listing cards, pagination, 404) with DSFR class
 * names. Every value from front matter is escaped here for its context; URLs pass {@link
 * Markup#safeUrl(String, boolean)}.
 */
public final class PageHtml {

  private PageHtml() {}

  /**
   * A link to another page, already safe.
   *
   * @param url the safe URL
   * @param text the plain text
   */
  public record Link(String url, String text) {}

  /**
   * Writes "Publié le 26 mars 2024" with the date in a {@code <time datetime>} element.
   *
   * @param labels the labels
   * @param language the page language
   * @param date the date
   * @return the HTML
   */
  public static String publishedOn(Labels labels, Language language, LocalDate date) {
    String shown = labels.publishedOn(language, date);
    String dateText = labels.dates().format(date, language);
    String time = "<time datetime=\"" + date + "\">";
    int at = shown.indexOf(dateText);
    if (at < 0) {
      return time + Markup.text(shown) + "</time>";
    }
    return Markup.text(shown.substring(0, at))
        + time
        + Markup.text(dateText)
        + "</time>"
        + Markup.text(shown.substring(at + dateText.length()));
  }

  /**
   * Writes a DSFR tag group of links.
   *
   * @param tags the links, text and URL
   * @param small true for small tags (cards)
   * @param label the group's accessible name, empty for none
   * @return the HTML, empty when there is no tag
   */
  public static String tagGroup(List<Link> tags, boolean small, String label) {
    List<String> items = new ArrayList<>(tags.size());
    for (Link tag : tags) {
      items.add(tagItem(tag, small));
    }
    return tagGroupOf(items, label);
  }

  /**
   * Writes one item of a tag group: a list item holding the tag's link.
   *
   * @param tag the link, text and URL
   * @param small true for a small tag (cards)
   * @return the HTML of the list item, line break included
   */
  public static String tagItem(Link tag, boolean small) {
    return "<li><a class=\"fr-tag"
        + (small ? " fr-tag--sm" : "")
        + "\" href=\""
        + Markup.attribute(tag.url())
        + "\">"
        + Markup.text(tag.text())
        + "</a></li>\n";
  }

  /**
   * Writes a DSFR tag group of items written by {@link #tagItem(Link, boolean)}.
   *
   * @param items the list items
   * @param label the group's accessible name, empty for none
   * @return the HTML, empty when there is no item
   */
  public static String tagGroupOf(List<String> items, String label) {
    if (items.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder(64 * items.size() + 64);
    s.append("<ul class=\"fr-tags-group\"");
    if (!label.isEmpty()) {
      s.append(" aria-label=\"").append(Markup.attribute(label)).append('"');
    }
    s.append(">\n");
    for (String item : items) {
      s.append(item);
    }
    s.append("</ul>\n");
    return s.toString();
  }

  /**
   * Writes the cover image atop a post.
   *
   * @param src the safe image URL
   * @param alt the image's alternative text
   * @return the figure
   */
  public static String coverFigure(String src, String alt) {
    StringBuilder s = new StringBuilder(256);
    s.append("<figure class=\"fr-content-media\">\n<img class=\"fr-responsive-img\" src=\"")
        .append(Markup.attribute(src))
        .append("\" alt=\"")
        .append(Markup.attribute(alt))
        .append("\">\n");
    // No caption repeating the alternative text: screen readers would read it twice.
    s.append("</figure>\n");
    return s.toString();
  }

  /**
   * Writes the previous/next links at the foot of a post.
   *
   * @param labels the labels
   * @param language the page language
   * @param previous the older post's link
   * @param next the newer post's link
   * @return the navigation, empty when neither is present
   */
  public static String neighbours(
      Labels labels, Language language, Optional<Link> previous, Optional<Link> next) {
    if (previous.isEmpty() && next.isEmpty()) {
      return "";
    }
    String previousLabel = labels.get(language, Label.PREVIOUS_POST);
    String nextLabel = labels.get(language, Label.NEXT_POST);
    StringBuilder s = new StringBuilder(512);
    s.append("<nav class=\"fr-mt-6w\" aria-label=\"")
        .append(Markup.attribute(previousLabel + " / " + nextLabel))
        .append("\">\n<ul class=\"fr-grid-row fr-grid-row--gutters\">\n");
    if (previous.isPresent()) {
      neighbour(
          s, previousLabel, previous.get(), "prev", "fr-icon-arrow-left-line fr-link--icon-left");
    }
    if (next.isPresent()) {
      neighbour(s, nextLabel, next.get(), "next", "fr-icon-arrow-right-line fr-link--icon-right");
    }
    s.append("</ul>\n</nav>\n");
    return s.toString();
  }

  private static void neighbour(
      StringBuilder s, String label, Link link, String rel, String iconClasses) {
    s.append("<li class=\"fr-col-12 fr-col-md-6\">\n<p class=\"fr-text--sm fr-mb-1v\">")
        .append(Markup.text(label))
        .append("</p>\n<a class=\"fr-link ")
        .append(iconClasses)
        .append("\" href=\"")
        .append(Markup.attribute(link.url()))
        .append("\" rel=\"")
        .append(rel)
        .append("\">")
        .append(Markup.text(link.text()))
        .append("</a>\n</li>\n");
  }

  /**
   * Writes the link to a post's version in another language.
   *
   * @param url the safe URL
   * @param target the target language
   * @param text the link text, in the target language
   * @return the paragraph
   */
  public static String languageSwitch(String url, Language target, String text) {
    String code = Markup.attribute(target.code());
    return new Pieces(9)
        .add(
            "<p class=\"fr-mb-2w\"><a class=\"fr-link fr-icon-translate-2 fr-link--icon-left\""
                + " href=\"")
        .add(Markup.attribute(url))
        .add("\" hreflang=\"")
        .add(code)
        .add("\" lang=\"")
        .add(code)
        .add("\">")
        .add(Markup.text(text))
        .add("</a></p>\n")
        .join();
  }

  /**
   * One card of a listing.
   *
   * @param url the post's safe URL
   * @param title the post title
   * @param description the description, may be empty
   * @param tags the tag links
   * @param dateHtml the date line, HTML, may be empty
   * @param imageSrc the safe image URL, empty for none
   * @param imageAlt the image's alternative text
   */
  public record Card(
      String url,
      String title,
      String description,
      List<Link> tags,
      String dateHtml,
      String imageSrc,
      String imageAlt) {}

  /**
   * Writes a DSFR card.
   *
   * @param card the card
   * @return the HTML
   */
  public static String card(Card card) {
    StringBuilder s = new StringBuilder(1024);
    s.append("<div class=\"fr-card\">\n<div class=\"fr-card__body\">\n")
        .append("<div class=\"fr-card__content\">\n<h2 class=\"fr-card__title\"><a href=\"")
        .append(Markup.attribute(card.url()))
        .append("\">")
        .append(Markup.text(card.title()))
        .append("</a></h2>\n");
    if (!card.description().isBlank()) {
      s.append("<p class=\"fr-card__desc\">")
          .append(Markup.text(card.description()))
          .append("</p>\n");
    }
    if (!card.tags().isEmpty()) {
      s.append("<div class=\"fr-card__start\">\n")
          .append(tagGroup(card.tags(), true, ""))
          .append("</div>\n");
    }
    if (!card.dateHtml().isEmpty()) {
      // The detail is a flex box: a bare "Publié le " before <time> would be an item of its own,
      // its trailing space dropped. One span keeps the line a single item.
      s.append("<div class=\"fr-card__end\">\n<p class=\"fr-card__detail\"><span>")
          .append(card.dateHtml())
          .append("</span></p>\n</div>\n");
    }
    s.append("</div>\n</div>\n");
    if (!card.imageSrc().isEmpty()) {
      s.append("<div class=\"fr-card__header\">\n<div class=\"fr-card__img\">\n")
          .append("<img class=\"fr-responsive-img\" src=\"")
          .append(Markup.attribute(card.imageSrc()))
          .append("\" alt=\"")
          .append(Markup.attribute(card.imageAlt()))
          .append("\">\n</div>\n</div>\n");
    }
    s.append("</div>\n");
    return s.toString();
  }

  /**
   * Writes the DSFR pagination of a listing.
   *
   * @param labels the labels
   * @param language the page language
   * @param page the current page, 1-based
   * @param pageUrls the URL of every page, safe
   * @return the navigation, empty for a single page
   */
  public static String pagination(
      Labels labels, Language language, int page, List<String> pageUrls) {
    int pages = pageUrls.size();
    if (pages < 2) {
      return "";
    }
    StringBuilder s = new StringBuilder(1024);
    s.append("<nav class=\"fr-pagination\" aria-label=\"")
        .append(Markup.attribute(labels.get(language, Label.PAGINATION)))
        .append("\">\n<ul class=\"fr-pagination__list\">\n");
    edge(
        s,
        "fr-pagination__link--first",
        labels.get(language, Label.FIRST_PAGE),
        page > 1 ? pageUrls.get(0) : null);
    edge(
        s,
        "fr-pagination__link--prev fr-pagination__link--lg-label",
        labels.get(language, Label.PREVIOUS_PAGE),
        page > 1 ? pageUrls.get(page - 2) : null);
    int from = Math.max(1, page - 2);
    int to = Math.min(pages, page + 2);
    if (from > 1) {
      number(s, labels, language, 1, page, pageUrls.get(0));
      if (from > 2) {
        s.append("<li><span class=\"fr-pagination__link fr-displayed-lg\">…</span></li>\n");
      }
    }
    for (int n = from; n <= to; n++) {
      number(s, labels, language, n, page, pageUrls.get(n - 1));
    }
    if (to < pages) {
      if (to < pages - 1) {
        s.append("<li><span class=\"fr-pagination__link fr-displayed-lg\">…</span></li>\n");
      }
      number(s, labels, language, pages, page, pageUrls.get(pages - 1));
    }
    edge(
        s,
        "fr-pagination__link--next fr-pagination__link--lg-label",
        labels.get(language, Label.NEXT_PAGE),
        page < pages ? pageUrls.get(page) : null);
    edge(
        s,
        "fr-pagination__link--last",
        labels.get(language, Label.LAST_PAGE),
        page < pages ? pageUrls.get(pages - 1) : null);
    s.append("</ul>\n</nav>\n");
    return s.toString();
  }

  private static void edge(StringBuilder s, String classes, String text, String url) {
    s.append("<li><a class=\"fr-pagination__link ").append(classes).append('"');
    if (url == null) {
      s.append(" aria-disabled=\"true\" role=\"link\"");
    } else {
      s.append(" href=\"").append(Markup.attribute(url)).append('"');
    }
    s.append('>').append(Markup.text(text)).append("</a></li>\n");
  }

  private static void number(
      StringBuilder s, Labels labels, Language language, int n, int current, String url) {
    s.append("<li><a class=\"fr-pagination__link\"");
    if (n == current) {
      s.append(" aria-current=\"page\"");
    } else {
      s.append(" href=\"").append(Markup.attribute(url)).append('"');
    }
    s.append(" title=\"")
        .append(Markup.attribute(labels.get(language, Label.PAGE, Map.of("page", n))))
        .append("\">")
        .append(n)
        .append("</a></li>\n");
  }
}

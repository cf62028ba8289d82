package io.github.billet.render.page;

import io.github.billet.core.Language;
import io.github.billet.i18n.Label;
import io.github.billet.i18n.Labels;
import io.github.billet.render.internal.html.Markup;
import io.github.billet.render.internal.html.MediaEmbeds;
import io.github.billet.render.internal.html.Pieces;
import io.github.billet.render.internal.html.SummaryHtml;
import io.github.billet.render.internal.page.Breadcrumbs;
import io.github.billet.render.internal.page.PageHtml;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The DSFR markup of pages, piece by piece, as {@link DsfrLayout} writes it: a layout of your own
 * can reuse a piece (a card, a tag group, the link to a translation) or a whole main content, and
 * write the rest its own way. Every method escapes what it writes; the result is safe HTML.
 *
 * <pre>{@code
 * PageLayout layout = new PageLayout() {
 *   public String render(PageContent c) { return myFrame(c); }
 *   public String post(PostPage page) {
 *     return render(page.head().content("<article>" + DsfrParts.tagGroup(page.tags(), false, "")
 *         + page.body().html() + "</article>"));
 *   }
 * };
 * }</pre>
 */
public final class DsfrParts {

  private DsfrParts() {}

  /**
   * Writes a DSFR tag group ({@code fr-tags-group}) of links.
   *
   * @param tags the links
   * @param small true for small tags, as on cards
   * @param label the group's accessible name, empty for none
   * @return the list, empty when there is no tag
   */
  public static String tagGroup(List<PageLink> tags, boolean small, String label) {
    return PageHtml.tagGroup(links(tags), small, label);
  }

  /**
   * Writes a DSFR card ({@code fr-card}) for a post in a listing.
   *
   * @param card the post's card
   * @param labels the labels (the date line)
   * @param language the listing's language
   * @return the card
   */
  public static String card(PostCard card, Labels labels, Language language) {
    return PageHtml.card(
        new PageHtml.Card(
            card.url(),
            card.title(),
            card.description().orElse(""),
            links(card.tags()),
            card.date().isPresent() ? publishedOn(labels, language, card.date().get()) : "",
            card.cover().isPresent() ? card.cover().get().url() : "",
            card.cover().isPresent() ? card.cover().get().alt() : ""));
  }

  /**
   * Writes the link to the page in another language ({@code fr-icon-translate-2}).
   *
   * @param translation the other language's link
   * @return a paragraph holding the link
   */
  public static String translationLink(Translation translation) {
    return PageHtml.languageSwitch(translation.url(), translation.language(), translation.text());
  }

  /**
   * Writes "Publié le 26 mars 2024" with the date in a {@code <time datetime>} element.
   *
   * @param labels the labels
   * @param language the language
   * @param date the date
   * @return the HTML
   */
  public static String publishedOn(Labels labels, Language language, LocalDate date) {
    return PageHtml.publishedOn(labels, language, date);
  }

  /**
   * Writes the DSFR pagination ({@code fr-pagination}) of a listing page.
   *
   * @param page the listing page
   * @return the navigation, empty for a single page
   */
  public static String pagination(ListingPage page) {
    return PageHtml.pagination(page.labels(), page.head().language(), page.page(), page.pageUrls());
  }

  /**
   * Writes the main content of a post page: breadcrumb, language links, heading, lead, tags, date,
   * cover, table of contents, body, video and slides, previous and next.
   *
   * @param page the post page
   * @return the main content
   */
  public static String article(PostPage page) {
    Labels labels = page.labels();
    Language language = page.head().language();
    // The pieces are joined once, the body copied once (see Pieces).
    Pieces main = new Pieces(24);
    main.add(
            "<div class=\"fr-container fr-my-6w\">\n"
                + "<div class=\"fr-grid-row fr-grid-row--center\">\n"
                + "<div class=\"fr-col-12 fr-col-md-10 fr-col-lg-8\">\n")
        .add(breadcrumb(page))
        .add("<article>\n");
    for (Translation translation : page.translations()) {
      main.add(translationLink(translation));
    }
    main.add("<h1>").add(Markup.text(page.title())).add("</h1>\n");
    if (page.description().isPresent()) {
      main.add("<p class=\"fr-text--lead\">")
          .add(Markup.text(page.description().get()))
          .add("</p>\n");
    }
    main.add(tagGroup(page.tags(), false, labels.get(language, Label.TAGS)));
    if (page.date().isPresent()) {
      main.add("<p class=\"fr-text--sm\">")
          .add(publishedOn(labels, language, page.date().get()))
          .add("</p>\n");
    }
    Optional<Cover> cover = page.cover();
    if (cover.isPresent() && !cover.get().hidden()) {
      main.add(PageHtml.coverFigure(cover.get().url(), cover.get().alt()));
    }
    main.add(
        SummaryHtml.render(page.tableOfContents(), labels.get(language, Label.TABLE_OF_CONTENTS)));
    String bodyHtml = page.body().html();
    main.add(bodyHtml);
    if (!bodyHtml.endsWith("\n")) {
      main.add("\n");
    }
    for (Media media : page.media()) {
      MediaEmbeds.Embed embed = new MediaEmbeds.Embed(media.src(), media.title());
      main.add(
          media.kind() == Media.Kind.VIDEO
              ? MediaEmbeds.videoHtml(embed, labels.get(language, Label.VIDEO))
              : MediaEmbeds.slidesHtml(embed, labels.get(language, Label.SLIDES)));
    }
    main.add("</article>\n")
        .add(PageHtml.neighbours(labels, language, link(page.previous()), link(page.next())))
        .add("</div>\n</div>\n</div>\n");
    return main.join();
  }

  /**
   * Writes the main content of a listing page: heading, "page N of M", the cards, pagination.
   *
   * @param page the listing page
   * @return the main content
   */
  public static String listing(ListingPage page) {
    Labels labels = page.labels();
    Language language = page.head().language();
    StringBuilder main = new StringBuilder(8192);
    main.append("<div class=\"fr-container fr-my-6w\">\n<h1>")
        .append(Markup.text(page.head().heading()))
        .append("</h1>\n");
    if (page.pages() > 1) {
      main.append("<p class=\"fr-text--sm\">").append(Markup.text(page.pageOf())).append("</p>\n");
    }
    if (page.cards().isEmpty()) {
      main.append("<p>").append(Markup.text(labels.get(language, Label.NO_POSTS))).append("</p>\n");
    } else {
      main.append("<ul class=\"fr-grid-row fr-grid-row--gutters fr-raw-list\">\n");
      for (PostCard card : page.cards()) {
        main.append("<li class=\"fr-col-12 fr-col-md-6 fr-col-lg-4\">\n")
            .append(card(card, labels, language))
            .append("</li>\n");
      }
      main.append("</ul>\n");
    }
    main.append(pagination(page));
    main.append("</div>\n");
    return main.toString();
  }

  /**
   * Writes the main content of the "page not found" page.
   *
   * @param page the page
   * @return the main content
   */
  public static String notFound(NotFoundPage page) {
    Labels labels = page.labels();
    Language language = page.head().language();
    StringBuilder main = new StringBuilder(2048);
    main.append("<div class=\"fr-container\">\n")
        .append("<div class=\"fr-my-7w fr-mt-md-12w fr-mb-md-10w fr-grid-row fr-grid-row--gutters")
        .append(" fr-grid-row--middle fr-grid-row--center\">\n")
        .append("<div class=\"fr-py-0 fr-col-12 fr-col-md-6\">\n<h1>")
        .append(Markup.text(page.head().heading()))
        .append("</h1>\n<p class=\"fr-text--sm fr-mb-3w\">")
        .append(Markup.text(labels.get(language, Label.NOT_FOUND_CODE)))
        .append("</p>\n<p class=\"fr-text--lead fr-mb-3w\">")
        .append(Markup.text(labels.get(language, Label.NOT_FOUND_TEXT)))
        .append("</p>\n<p class=\"fr-text--sm fr-mb-5w\">")
        .append(Markup.text(labels.get(language, Label.NOT_FOUND_HINT)))
        .append(
            "</p>\n<ul class=\"fr-btns-group fr-btns-group--inline-md\">\n<li><a class=\"fr-btn\"")
        .append(" href=\"")
        .append(Markup.attribute(page.homeUrl()))
        .append("\">")
        .append(Markup.text(page.homeText()))
        .append("</a></li>\n</ul>\n</div>\n</div>\n</div>\n");
    return main.toString();
  }

  /**
   * Writes the main content of a home page: heading, the intro body, then each section's newest
   * posts as cards with a link to the section's listing.
   *
   * @param page the home page
   * @return the main content
   */
  public static String home(HomePage page) {
    Labels labels = page.labels();
    Language language = page.head().language();
    StringBuilder main = new StringBuilder(8192);
    main.append("<div class=\"fr-container fr-my-6w\">\n<h1>")
        .append(Markup.text(page.head().heading()))
        .append("</h1>\n");
    page.intro()
        .ifPresent(
            body ->
                main.append("<div class=\"fr-mb-6w\">\n").append(body.html()).append("</div>\n"));
    for (HomePage.SectionPosts section : page.sections()) {
      main.append("<section class=\"fr-mb-6w\">\n<h2>")
          .append(Markup.text(section.title()))
          .append("</h2>\n");
      if (section.latest().isEmpty()) {
        main.append("<p>")
            .append(Markup.text(labels.get(language, Label.NO_POSTS)))
            .append("</p>\n");
      } else {
        main.append("<ul class=\"fr-grid-row fr-grid-row--gutters fr-raw-list\">\n");
        for (PostCard card : section.latest()) {
          main.append("<li class=\"fr-col-12 fr-col-md-6 fr-col-lg-4\">\n")
              .append(card(card, labels, language))
              .append("</li>\n");
        }
        main.append("</ul>\n");
      }
      main.append(
              "<p class=\"fr-mt-3w\"><a class=\"fr-link fr-icon-arrow-right-line fr-link--icon-right\"")
          .append(" href=\"")
          .append(Markup.attribute(section.url()))
          .append("\">")
          .append(Markup.text(labels.get(language, Label.ALL_POSTS) + " – " + section.title()))
          .append("</a></p>\n</section>\n");
    }
    main.append("<p><a class=\"fr-link\" href=\"")
        .append(Markup.attribute(page.siteMap().url()))
        .append("\">")
        .append(Markup.text(page.siteMap().text()))
        .append("</a></p>\n</div>\n");
    return main.toString();
  }

  /**
   * Writes the main content of a site map page: the home page, each section and its posts, then the
   * other pages, as nested lists of links.
   *
   * @param page the site map page
   * @return the main content
   */
  public static String siteMap(SiteMapPage page) {
    Labels labels = page.labels();
    Language language = page.head().language();
    StringBuilder main = new StringBuilder(16384);
    main.append("<div class=\"fr-container fr-my-6w\">\n<h1>")
        .append(Markup.text(page.head().heading()))
        .append("</h1>\n<ul>\n<li>");
    siteMapLink(main, page.home());
    main.append("</li>\n");
    for (SiteMapPage.SectionLinks section : page.sections()) {
      main.append("<li>");
      siteMapLink(main, section.section());
      siteMapList(main, section.posts());
      main.append("</li>\n");
    }
    if (!page.others().isEmpty()) {
      main.append("<li>").append(Markup.text(labels.get(language, Label.OTHER_PAGES)));
      siteMapList(main, page.others());
      main.append("</li>\n");
    }
    main.append("</ul>\n</div>\n");
    return main.toString();
  }

  private static void siteMapList(StringBuilder main, List<PageLink> links) {
    if (links.isEmpty()) {
      return;
    }
    main.append("\n<ul>\n");
    for (PageLink link : links) {
      main.append("<li>");
      siteMapLink(main, link);
      main.append("</li>\n");
    }
    main.append("</ul>\n");
  }

  private static void siteMapLink(StringBuilder main, PageLink link) {
    main.append("<a href=\"")
        .append(Markup.attribute(link.url()))
        .append("\">")
        .append(Markup.text(link.text()))
        .append("</a>");
  }

  private static String breadcrumb(PostPage page) {
    List<PageLink> links = page.breadcrumb();
    if (links.isEmpty()) {
      return "";
    }
    Labels labels = page.labels();
    Language language = page.head().language();
    PageLink home = links.get(0);
    return Breadcrumbs.html(
        home.url(),
        home.text(),
        links(links.subList(1, links.size())),
        page.title(),
        labels.get(language, Label.BREADCRUMB),
        labels.get(language, Label.SHOW_BREADCRUMB));
  }

  private static List<PageHtml.Link> links(List<PageLink> links) {
    List<PageHtml.Link> out = new ArrayList<>(links.size());
    for (PageLink link : links) {
      out.add(new PageHtml.Link(link.url(), link.text()));
    }
    return out;
  }

  private static Optional<PageHtml.Link> link(Optional<PageLink> link) {
    return link.map(l -> new PageHtml.Link(l.url(), l.text()));
  }
}

package io.github.billet.examples;

import static io.github.billet.i18n.Label.MAIN_MENU;
import static io.github.billet.render.page.Html.attribute;
import static io.github.billet.render.page.Html.text;

import io.github.billet.core.Language;
import io.github.billet.i18n.Label;
import io.github.billet.i18n.Labels;
import io.github.billet.render.page.ListingPage;
import io.github.billet.render.page.NavItem;
import io.github.billet.render.page.NotFoundPage;
import io.github.billet.render.page.PageContent;
import io.github.billet.render.page.PageLayout;
import io.github.billet.render.page.PageLink;
import io.github.billet.render.page.PostCard;
import io.github.billet.render.page.PostPage;
import io.github.billet.render.page.Translation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A layout without the DSFR: plain semantic HTML (header, main, article, nav, footer), no class
 * name, for a site that is not a French State site. Every page kind of the site build goes through
 * it: posts, blog index, tag pages, the 404 page.
 *
 * <pre>{@code
 * SiteBuild.builder().config(site).layout(new PlainLayout(Labels.defaults())).build()
 *     .run(Path.of("content"), Path.of("_site"));
 * }</pre>
 *
 * @param labels the labels of the texts it adds (home link, navigation names, dates)
 */
public record PlainLayout(Labels labels) implements PageLayout {

  private static final String FRAME =
      """
      <!DOCTYPE html>
      <html lang="%s"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>
      %s</head><body><header>%s</header><main>
      %s</main><footer><p>%s</p></footer></body></html>
      """;
  private static final String FRAMED = "<iframe src=\"%s\" title=\"%s\"></iframe>\n";
  private static final String CARD = "<li><h2><a href=\"%s\">%s</a></h2>\n";
  private static final String TIME = "<p><time datetime=\"%s\">%s</time></p>\n";
  private static final String META = "<meta name=\"description\" content=\"%s\">\n";
  private static final String ALTERNATE = "<link rel=\"alternate\" hreflang=\"%s\" href=\"%s\">\n";
  private static final String NAV = "<nav aria-label=\"%s\">%s</nav>\n";
  private static final String A = "<a href=\"%s%s%s</a>";
  private static final String H1P = "<h1>%s</h1>\n<p>%s</p>\n<p>%s</p>\n";
  private static final String IMG = "<img src=\"%s\" alt=\"%s\">\n";

  @Override
  public String render(PageContent c) {
    StringBuilder head = new StringBuilder();
    c.description().ifPresent(d -> head.append(META.formatted(attribute(d))));
    head.append("<link rel=\"canonical\" href=\"%s\">\n".formatted(attribute(c.canonicalUrl())));
    for (Alternate a : c.alternates()) {
      head.append(ALTERNATE.formatted(attribute(a.hreflang()), attribute(a.href())));
    }
    String lang = c.language().code();
    String site = c.siteTitle().isBlank() ? labels.get(c.language(), Label.HOME) : c.siteTitle();
    StringBuilder header = new StringBuilder("<a href=\"/" + lang + "/\">" + text(site) + "</a>");
    menu(header, c.frame().navigation().items().stream(), label(c.language(), MAIN_MENU));
    return FRAME.formatted(lang, text(c.title()), head, header, c.mainHtml(), text(site));
  }

  private static String ul(List<NavItem> items) {
    StringBuilder s = new StringBuilder("<ul>");
    for (NavItem i : items) {
      String t = text(i.label());
      String end = i.current() ? "\" aria-current=\"page\">" : "\">";
      s.append("<li>").append(i.url().map(u -> A.formatted(attribute(u), end, t)).orElse(t));
      s.append(i.children().isEmpty() ? "" : ul(i.children())).append("</li>");
    }
    return s.append("</ul>").toString();
  }

  @Override
  public String post(PostPage p) {
    Language lang = p.head().language();
    StringBuilder a = new StringBuilder("<article>\n");
    links(a, p.breadcrumb().stream(), label(lang, Label.BREADCRUMB));
    links(a, p.translations().stream().map(Translation::link), label(lang, Label.SELECT_LANGUAGE));
    a.append("<h1>").append(text(p.title())).append("</h1>\n");
    p.description().ifPresent(d -> a.append("<p><em>").append(text(d)).append("</em></p>\n"));
    a.append(time(p.date(), lang));
    links(a, p.tags().stream(), label(lang, Label.TAGS));
    p.cover()
        .filter(c -> !c.hidden())
        .map(c -> IMG.formatted(attribute(c.url()), attribute(c.alt())))
        .ifPresent(a::append);
    Stream<PageLink> toc =
        p.tableOfContents().stream().map(e -> new PageLink("#" + e.id(), e.text()));
    links(a, toc, label(lang, Label.TABLE_OF_CONTENTS));
    a.append(p.body().html()).append('\n');
    p.media().forEach(m -> a.append(FRAMED.formatted(attribute(m.src()), attribute(m.title()))));
    a.append("</article>\n");
    Stream<PageLink> around = Stream.concat(p.previous().stream(), p.next().stream());
    links(a, around, label(lang, Label.PREVIOUS_POST) + " / " + label(lang, Label.NEXT_POST));
    return render(p.head().content(a.toString()));
  }

  @Override
  public String listing(ListingPage l) {
    Language lang = l.head().language();
    StringBuilder m = new StringBuilder("<h1>").append(text(l.head().heading())).append("</h1>\n");
    m.append(l.pages() > 1 ? "<p>" + text(l.pageOf()) + "</p>\n" : "");
    m.append(l.cards().isEmpty() ? "<p>" + text(label(lang, Label.NO_POSTS)) + "</p>\n" : "");
    m.append("<ol>\n");
    for (PostCard card : l.cards()) {
      m.append(CARD.formatted(attribute(card.url()), text(card.title())));
      card.description().ifPresent(d -> m.append("<p>").append(text(d)).append("</p>\n"));
      m.append(time(card.date(), lang)).append("</li>\n");
    }
    m.append("</ol>\n");
    List<String> urls = l.pages() > 1 ? l.pageUrls() : List.of();
    Stream<PageLink> pages = urls.stream().map(u -> new PageLink(u, "" + (urls.indexOf(u) + 1)));
    links(m, pages, label(lang, Label.PAGINATION));
    return render(l.head().content(m.toString()));
  }

  @Override
  public String notFound(NotFoundPage n) {
    String home = "<a href=\"" + attribute(n.homeUrl()) + "\">" + text(n.homeText()) + "</a>";
    String hint = text(label(n.head().language(), Label.NOT_FOUND_TEXT));
    return render(n.head().content(H1P.formatted(text(n.head().heading()), hint, home)));
  }

  private String label(Language language, Label label) {
    return labels.get(language, label);
  }

  private String time(Optional<LocalDate> date, Language lang) {
    return date.map(d -> TIME.formatted(d, text(labels.publishedOn(lang, d)))).orElse("");
  }

  private static void links(StringBuilder s, Stream<PageLink> links, String label) {
    menu(s, links.map(l -> new NavItem(l.text(), Optional.of(l.url()), List.of(), false)), label);
  }

  private static void menu(StringBuilder s, Stream<NavItem> items, String label) {
    List<NavItem> list = items.toList();
    s.append(list.isEmpty() ? "" : NAV.formatted(attribute(label), ul(list)));
  }
}

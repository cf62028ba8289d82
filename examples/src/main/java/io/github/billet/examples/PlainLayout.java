package io.github.billet.examples;

import static io.github.billet.i18n.Label.MAIN_MENU;
import static io.github.billet.render.page.Html.attribute;
import static io.github.billet.render.page.Html.menu;
import static io.github.billet.render.page.Html.nav;
import static io.github.billet.render.page.Html.text;

import io.github.billet.core.Language;
import io.github.billet.i18n.Alternate;
import io.github.billet.i18n.Label;
import io.github.billet.i18n.Labels;
import io.github.billet.render.page.HomePage;
import io.github.billet.render.page.ListingPage;
import io.github.billet.render.page.NotFoundPage;
import io.github.billet.render.page.PageContent;
import io.github.billet.render.page.PageLayout;
import io.github.billet.render.page.PageLink;
import io.github.billet.render.page.PostCard;
import io.github.billet.render.page.PostPage;
import io.github.billet.render.page.SiteMapPage;
import io.github.billet.render.page.Translation;
import java.util.List;
import java.util.stream.Stream;

/**
 * A layout without the DSFR: plain semantic HTML (header, main, article, nav, footer), no class
 * name, for a site that is not a French State site. Every page kind of the site build goes through
 * it: posts, section listings, tag pages, home, site map and 404 pages, each with the site's menu.
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
      %s</head><body><header><a href="%s">%s</a>%s</header><main>
      %s</main><footer><p>%s</p></footer></body></html>
      """;
  private static final String FRAMED = "<iframe src=\"%s\" title=\"%s\"></iframe>\n";
  private static final String CARD = "<li><h2><a href=\"%s\">%s</a></h2>\n";
  private static final String TIME = "<p><time datetime=\"%s\">%s</time></p>\n";
  private static final String META = "<meta name=\"description\" content=\"%s\">\n";
  private static final String ALTERNATE = "<link rel=\"alternate\" hreflang=\"%s\" href=\"%s\">\n";
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
    String nav = menu(label(c.language(), MAIN_MENU), c.frame().navigation().items());
    return FRAME.formatted(
        lang, text(c.title()), head, "/" + lang + "/", text(site), nav, c.mainHtml(), text(site));
  }

  @Override
  public String post(PostPage p) {
    Language lang = p.head().language();
    StringBuilder a = new StringBuilder("<article>\n");
    a.append(nav(label(lang, Label.BREADCRUMB), p.breadcrumb()));
    links(a, p.translations().stream().map(Translation::link), label(lang, Label.SELECT_LANGUAGE));
    a.append("<h1>").append(text(p.title())).append("</h1>\n");
    p.description().ifPresent(d -> a.append("<p><em>").append(text(d)).append("</em></p>\n"));
    p.date().ifPresent(d -> a.append(TIME.formatted(d, text(labels.publishedOn(lang, d)))));
    a.append(nav(label(lang, Label.TAGS), p.tags()));
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
      card.date().ifPresent(d -> m.append(TIME.formatted(d, text(labels.publishedOn(lang, d)))));
      m.append("</li>\n");
    }
    m.append("</ol>\n");
    m.append(nav(label(lang, Label.PAGINATION), l.pages() > 1 ? l.pageLinks() : List.of()));
    return render(l.head().content(m.toString()));
  }

  @Override
  public String home(HomePage h) {
    StringBuilder m = new StringBuilder("<h1>").append(text(h.head().heading())).append("</h1>\n");
    h.intro().ifPresent(body -> m.append(body.html()).append('\n'));
    for (HomePage.SectionPosts s : h.sections()) {
      Stream<PageLink> latest = s.latest().stream().map(c -> new PageLink(c.url(), c.title()));
      links(m, Stream.concat(Stream.of(new PageLink(s.url(), s.title())), latest), s.title());
    }
    return render(h.head().content(m + nav(h.siteMap().text(), List.of(h.siteMap()))));
  }

  @Override
  public String siteMap(SiteMapPage p) {
    StringBuilder m = new StringBuilder("<h1>").append(text(p.head().heading())).append("</h1>\n");
    for (SiteMapPage.SectionLinks s : p.sections()) {
      links(m, Stream.concat(Stream.of(s.section()), s.posts().stream()), s.section().text());
    }
    links(m, p.others().stream(), label(p.head().language(), Label.OTHER_PAGES));
    return render(p.head().content(m.toString()));
  }

  @Override
  public String notFound(NotFoundPage n) {
    String hint = label(n.head().language(), Label.NOT_FOUND_TEXT);
    String home = "<a href=\"" + attribute(n.homeUrl()) + "\">" + text(n.homeText()) + "</a>";
    String h1 = "<h1>" + text(n.head().heading()) + "</h1>\n";
    return render(n.head().content(h1 + "<p>" + text(hint) + "</p>\n<p>" + home + "</p>\n"));
  }

  private String label(Language language, Label label) {
    return labels.get(language, label);
  }

  private static void links(StringBuilder s, Stream<PageLink> stream, String label) {
    s.append(nav(label, stream.toList()));
  }
}

package io.github.billet.examples;

import static io.github.billet.render.page.Html.attribute;
import static io.github.billet.render.page.Html.text;

import io.github.billet.core.Language;
import io.github.billet.i18n.Alternate;
import io.github.billet.i18n.Label;
import io.github.billet.i18n.Labels;
import io.github.billet.render.page.ListingPage;
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
import java.util.stream.IntStream;
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
 */
public final class PlainLayout implements PageLayout {

  private static final String FRAME =
      """
      <!DOCTYPE html>
      <html lang="%s"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>
      %s</head><body><header><a href="%s">%s</a></header>
      <main>
      %s</main><footer><p>%s</p></footer></body></html>
      """;
  private static final String FRAMED = "<iframe src=\"%s\" title=\"%s\"></iframe>\n";
  private static final String CARD = "<li><h2><a href=\"%s\">%s</a></h2>\n";
  private static final String TIME = "<p><time datetime=\"%s\">%s</time></p>\n";
  private static final String META = "<meta name=\"description\" content=\"%s\">\n";
  private static final String ALTERNATE = "<link rel=\"alternate\" hreflang=\"%s\" href=\"%s\">\n";
  private static final String IMG = "<img src=\"%s\" alt=\"%s\">\n";

  private final Labels labels;

  /**
   * Makes the layout.
   *
   * @param labels the labels of the texts it adds (home link, navigation names, dates)
   */
  public PlainLayout(Labels labels) {
    this.labels = labels;
  }

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
    return FRAME.formatted(
        lang, text(c.title()), head, "/" + lang + "/", text(site), c.mainHtml(), text(site));
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
    Stream<PageLink> pages =
        IntStream.rangeClosed(1, l.pages())
            .mapToObj(n -> new PageLink(l.pageUrls().get(n - 1), "" + n));
    links(m, l.pages() > 1 ? pages : Stream.of(), label(lang, Label.PAGINATION));
    return render(l.head().content(m.toString()));
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

  private String time(Optional<LocalDate> date, Language lang) {
    return date.map(d -> TIME.formatted(d, text(labels.publishedOn(lang, d)))).orElse("");
  }

  private static void links(StringBuilder s, Stream<PageLink> stream, String label) {
    List<PageLink> links = stream.toList();
    if (!links.isEmpty()) {
      s.append("<nav aria-label=\"").append(attribute(label)).append("\"><ul>\n");
      for (PageLink link : links) {
        s.append("<li><a href=\"").append(attribute(link.url())).append("\">");
        s.append(text(link.text())).append("</a></li>\n");
      }
      s.append("</ul></nav>\n");
    }
  }
}

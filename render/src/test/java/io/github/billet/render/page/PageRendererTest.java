package io.github.billet.render.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.SiteConfig;
import io.github.billet.render.Blog;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.testing.NuChecker;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PageRendererTest {

  private static PageFixtures f;
  private static NuChecker checker;

  @BeforeAll
  static void setUp() {
    f = new PageFixtures();
    checker = new NuChecker();
  }

  private static Document dom(Page page) {
    return Jsoup.parse(page.html());
  }

  private static void assertValid(Page page) {
    assertThat(checker.errors(page.html())).as(page.url()).isEmpty();
  }

  @Test
  void frenchPostPage() {
    Page page = f.postPage(PageFixtures.FR_SOURCE);
    assertThat(page.url()).isEqualTo("/fr/blog/guide-osor/");
    assertValid(page);
    Document doc = dom(page);
    assertThat(page.html()).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">");
    assertThat(doc.title()).isEqualTo("L'Europe publie un guide sur l'Open Source - Mon blog");
    assertThat(doc.select("meta[name=description]").attr("content"))
        .isEqualTo("Entretien avec l'Observatoire Open Source européen");
    assertThat(doc.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://blog.example.org/fr/blog/guide-osor/");
    assertThat(meta(doc, "og:title")).isEqualTo("L'Europe publie un guide sur l'Open Source");
    assertThat(meta(doc, "og:type")).isEqualTo("article");
    assertThat(meta(doc, "og:url")).isEqualTo("https://blog.example.org/fr/blog/guide-osor/");
    assertThat(meta(doc, "og:image"))
        .isEqualTo("https://blog.example.org/fr/blog/guide-osor/osor-handbook.png");
    assertThat(meta(doc, "og:locale")).isEqualTo("fr_FR");
    assertThat(meta(doc, "og:locale:alternate")).isEqualTo("en_US");
    Elements alternates = doc.select("link[rel=alternate][hreflang]");
    assertThat(alternates.eachAttr("hreflang")).containsExactly("en", "fr", "x-default");
    assertThat(alternates.eachAttr("href"))
        .containsExactly(
            "https://blog.example.org/en/blog/osor-handbook/",
            "https://blog.example.org/fr/blog/guide-osor/",
            "https://blog.example.org/fr/blog/guide-osor/");
    assertThat(doc.select("main h1").text())
        .isEqualTo("L'Europe publie un guide sur l'Open Source");
    Elements tags = doc.select("main ul.fr-tags-group a.fr-tag");
    assertThat(tags.eachText()).containsExactly("Europe", "Données ouvertes");
    assertThat(tags.eachAttr("href"))
        .containsExactly("/fr/blog/tags/europe/", "/fr/blog/tags/donnees-ouvertes/");
    Element time = doc.selectFirst("main time");
    assertThat(time.attr("datetime")).isEqualTo("2024-03-26");
    assertThat(time.parent().text()).isEqualTo("Publié le 26 mars 2024");
    // image.hide: the cover is for cards and social previews only
    assertThat(doc.select("main figure.fr-content-media")).isEmpty();
    assertThat(doc.select("nav.fr-summary")).isEmpty();
    Element switcher = doc.selectFirst("main a[hreflang]");
    assertThat(switcher.attr("href")).isEqualTo("/en/blog/osor-handbook/");
    assertThat(switcher.attr("hreflang")).isEqualTo("en");
    assertThat(switcher.attr("lang")).isEqualTo("en");
    assertThat(switcher.text()).isEqualTo("Read in English");
    assertThat(doc.select(".fr-skiplinks a").eachAttr("href"))
        .containsExactly("#main-content", "#footer");
    assertThat(doc.getElementById("main-content").tagName()).isEqualTo("main");
    assertThat(doc.select("header.fr-header")).hasSize(1);
    assertThat(doc.select("footer#footer")).hasSize(1);
    assertThat(doc.select("main h2#contexte").text()).startsWith("Contexte");
    assertThat(doc.select("script")).isEmpty();
    assertThat(page.problems()).isEmpty();
  }

  @Test
  void englishPostPageShowsItsCover() {
    Page page = f.postPage(PageFixtures.EN_SOURCE);
    assertValid(page);
    Document doc = dom(page);
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(meta(doc, "og:locale")).isEqualTo("en_US");
    assertThat(doc.selectFirst("main time").parent().text())
        .isEqualTo("Published on 26 March 2024");
    Element img = doc.selectFirst("main figure.fr-content-media img");
    assertThat(img.attr("src")).isEqualTo("/en/blog/osor-handbook/osor-handbook.png");
    assertThat(img.attr("alt")).isEqualTo("The OSOR Handbook");
    assertThat(doc.select("main figure figcaption"))
        .as("no caption repeating the alt text")
        .isEmpty();
    Element switcher = doc.selectFirst("main a[hreflang]");
    assertThat(switcher.attr("href")).isEqualTo("/fr/blog/guide-osor/");
    assertThat(switcher.attr("lang")).isEqualTo("fr");
    assertThat(switcher.text()).isEqualTo("Lire en français");
    assertThat(doc.select("main a.fr-tag").eachAttr("href"))
        .containsExactly("/en/blog/tags/europe/");
  }

  @Test
  void oneRendererShowsTheSameTagAndDateInEachLanguage() {
    // The renderer reuses a tag's list item and a date's line per language: alternate languages
    // on one renderer (both posts share the tag Europe and the date 2024-03-26).
    for (int round = 0; round < 2; round++) {
      Document fr = dom(f.postPage(PageFixtures.FR_SOURCE));
      assertThat(fr.select("main a.fr-tag").eachAttr("href"))
          .containsExactly("/fr/blog/tags/europe/", "/fr/blog/tags/donnees-ouvertes/");
      assertThat(fr.selectFirst("main time").parent().text()).isEqualTo("Publié le 26 mars 2024");
      Document en = dom(f.postPage(PageFixtures.EN_SOURCE));
      assertThat(en.select("main a.fr-tag").eachAttr("href"))
          .containsExactly("/en/blog/tags/europe/");
      assertThat(en.selectFirst("main time").parent().text())
          .isEqualTo("Published on 26 March 2024");
    }
  }

  @Test
  void untranslatedPostWithTableOfContents() {
    Page page = f.postPage(PageFixtures.SOLO_SOURCE);
    assertValid(page);
    Document doc = dom(page);
    assertThat(doc.select("link[rel=alternate]")).isEmpty();
    assertThat(doc.select("meta[property=og:locale:alternate]")).isEmpty();
    // No translation: the article links to none, and the header's language switcher leads to the
    // other language's home, never to a listing that would pretend to be the page.
    assertThat(doc.select("main a[hreflang]")).isEmpty();
    assertThat(doc.select("header .fr-translate a.fr-translate__language"))
        .extracting(a -> a.attr("hreflang") + " " + a.attr("href") + " " + a.attr("aria-current"))
        .containsExactly("fr /fr/blog/solo/ true", "en /en/ ");
    Element toc = doc.selectFirst("main nav.fr-summary");
    assertThat(toc.selectFirst("h2").text()).isEqualTo("Sommaire");
    assertThat(toc.select("a").eachAttr("href"))
        .containsExactly("#premiere-partie", "#detail", "#seconde-partie");
    // the collection marker "posts" is never shown
    assertThat(doc.select("main a.fr-tag").eachText()).containsExactly("Données ouvertes");
    assertThat(doc.select("meta[name=description]")).isEmpty();
  }

  @Test
  void neighboursAreTheNextOlderAndNewerPostsOfTheSameLanguage() {
    Document doc = dom(f.postPage(PageFixtures.FR_SOURCE));
    assertThat(doc.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/fr/blog/billet-11/");
    assertThat(doc.selectFirst("a[rel=prev]").text()).isEqualTo("Billet numéro 11");
    assertThat(doc.selectFirst("a[rel=next]").attr("href")).isEqualTo("/fr/blog/solo/");
    // the English post is alone in its language
    assertThat(dom(f.postPage(PageFixtures.EN_SOURCE)).select("a[rel=prev], a[rel=next]"))
        .isEmpty();
    Document newest = dom(f.postPage(PageFixtures.SOLO_SOURCE));
    assertThat(newest.select("a[rel=next]")).isEmpty();
    assertThat(newest.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/fr/blog/guide-osor/");
  }

  @Test
  void timelineOrdersByDateThenUrl() {
    PostTimeline timeline = PostTimeline.of(f.blogPosts());
    List<String> urls =
        timeline.posts(Language.FRENCH).stream().map(p -> p.url().orElseThrow()).toList();
    assertThat(urls).hasSize(13);
    assertThat(urls.subList(0, 3))
        .containsExactly("/fr/blog/solo/", "/fr/blog/guide-osor/", "/fr/blog/billet-11/");
    assertThat(timeline.posts(Language.ENGLISH)).hasSize(1);
    assertThat(timeline.posts(Language.of("de"))).isEmpty();
    Post unknown =
        f.post(PageFixtures.SOLO_SOURCE).withLanguage(io.github.billet.core.Language.of("de"));
    assertThat(timeline.neighbours(unknown)).isEqualTo(Neighbours.none());
    assertThat(PostTimeline.of(List.of()).neighbours(f.post(PageFixtures.SOLO_SOURCE)))
        .isEqualTo(Neighbours.none());
  }

  @Test
  void blogIndexIsPaginatedNewestFirst() {
    List<Page> pages = f.renderer.renderBlogIndex(Language.FRENCH, f.blogPosts(Language.FRENCH));
    assertThat(pages).extracting(Page::url).containsExactly("/fr/blog/", "/fr/blog/page-2/");
    pages.forEach(PageRendererTest::assertValid);
    Document first = dom(pages.get(0));
    assertThat(first.selectFirst("main h1").text()).isEqualTo("Blog");
    Elements cards = first.select("main .fr-card");
    assertThat(cards).hasSize(10);
    assertThat(cards.get(0).selectFirst(".fr-card__title a").attr("href"))
        .isEqualTo("/fr/blog/solo/");
    Element osor = cards.get(1);
    assertThat(osor.selectFirst(".fr-card__title a").text())
        .isEqualTo("L'Europe publie un guide sur l'Open Source");
    assertThat(osor.selectFirst(".fr-card__desc").text())
        .isEqualTo("Entretien avec l'Observatoire Open Source européen");
    assertThat(osor.select(".fr-tags-group a.fr-tag").eachText())
        .containsExactly("Europe", "Données ouvertes");
    assertThat(osor.selectFirst(".fr-card__detail time").attr("datetime")).isEqualTo("2024-03-26");
    // hidden atop the post, the cover still shows on the card
    assertThat(osor.selectFirst(".fr-card__img img").attr("src"))
        .isEqualTo("/fr/blog/guide-osor/osor-handbook.png");
    assertThat(first.select("main a.fr-tag").eachText()).doesNotContain("posts");
    Element current = first.selectFirst(".fr-pagination a[aria-current=page]");
    assertThat(current.text()).isEqualTo("1");
    assertThat(current.hasAttr("href")).isFalse();
    assertThat(first.select(".fr-pagination__link--next").attr("href"))
        .isEqualTo("/fr/blog/page-2/");
    assertThat(first.select("main p.fr-text--sm").first().text()).isEqualTo("Page 1 sur 2");
    assertThat(first.title()).isEqualTo("Blog - Page 1 sur 2 - Mon blog");

    Document second = dom(pages.get(1));
    assertThat(second.select("main .fr-card")).hasSize(3);
    assertThat(second.selectFirst(".fr-pagination a[aria-current=page]").text()).isEqualTo("2");
    assertThat(second.select(".fr-pagination__link--prev").attr("href")).isEqualTo("/fr/blog/");
    assertThat(second.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://blog.example.org/fr/blog/page-2/");
  }

  @Test
  void theFirstPageOfEachBlogIndexNamesTheOtherLanguagesIndexes() {
    Document fr =
        dom(f.renderer.renderBlogIndex(Language.FRENCH, f.blogPosts(Language.FRENCH)).get(0));
    Document en =
        dom(f.renderer.renderBlogIndex(Language.ENGLISH, f.blogPosts(Language.ENGLISH)).get(0));
    for (Document doc : List.of(fr, en)) {
      Elements alternates = doc.select("head link[rel=alternate][hreflang]");
      assertThat(alternates.eachAttr("hreflang")).containsExactly("en", "fr", "x-default");
      assertThat(alternates.eachAttr("href"))
          .containsExactly(
              "https://blog.example.org/en/blog/",
              "https://blog.example.org/fr/blog/",
              "https://blog.example.org/fr/blog/");
    }
    assertThat(fr.select("meta[property=og:locale:alternate]").eachAttr("content"))
        .containsExactly("en_US");
    // Later pages and tag pages have no counterpart of the same content in the other language.
    List<Page> pages = f.renderer.renderBlogIndex(Language.FRENCH, f.blogPosts(Language.FRENCH));
    assertThat(dom(pages.get(1)).select("link[rel=alternate][hreflang]")).isEmpty();
    TagIndex tags = TagIndex.of(f.blogPosts());
    Tag tag = tags.tags(Language.FRENCH).get(0);
    Page tagPage =
        f.renderer.renderTagPages(Language.FRENCH, tag, tags.posts(Language.FRENCH, tag)).get(0);
    assertThat(dom(tagPage).select("link[rel=alternate][hreflang]")).isEmpty();
    // A site in one language has nothing to name.
    PageRenderer french =
        PageRenderer.builder()
            .site(
                SiteConfig.builder()
                    .baseUrl("https://blog.example.org")
                    .language(Language.FRENCH)
                    .build())
            .build();
    Page single = french.renderBlogIndex(Language.FRENCH, f.blogPosts(Language.FRENCH)).get(0);
    assertThat(dom(single).select("link[rel=alternate][hreflang]")).isEmpty();
    assertValid(single);
  }

  @Test
  void listingOrderDoesNotDependOnInputOrder() {
    List<Post> posts = new java.util.ArrayList<>(f.blogPosts(Language.FRENCH));
    List<Page> sorted = f.renderer.renderBlogIndex(Language.FRENCH, posts);
    java.util.Collections.reverse(posts);
    assertThat(f.renderer.renderBlogIndex(Language.FRENCH, posts)).isEqualTo(sorted);
  }

  @Test
  void paginationShowsAWindowOfPageNumbers() {
    PageRenderer one = PageRenderer.builder().site(f.blog.site).pageSize(1).build();
    List<Page> pages = one.renderBlogIndex(Language.FRENCH, f.blogPosts(Language.FRENCH));
    assertThat(pages).hasSize(13);
    assertThat(pages.get(12).url()).isEqualTo("/fr/blog/page-13/");
    Document middle = dom(pages.get(6));
    assertThat(middle.select(".fr-pagination a.fr-pagination__link:not([class*=--])").eachText())
        .containsExactly("1", "5", "6", "7", "8", "9", "13");
    assertThat(middle.select(".fr-pagination span").eachText()).containsExactly("…", "…");
    assertValid(pages.get(6));
    assertValid(pages.get(12));
  }

  @Test
  void emptyListingSaysSo() {
    List<Page> pages = f.renderer.renderBlogIndex(Language.ENGLISH, List.of());
    assertThat(pages).hasSize(1);
    assertValid(pages.get(0));
    assertThat(dom(pages.get(0)).select("main p").text()).isEqualTo("No posts yet.");
  }

  @Test
  void tagPages() {
    TagIndex tags = TagIndex.of(f.blogPosts());
    assertThat(tags.languages()).containsExactly(Language.ENGLISH, Language.FRENCH);
    assertThat(tags.tags(Language.FRENCH))
        .extracting(Tag::slug)
        .containsExactly("donnees-ouvertes", "europe", "serie");
    Tag open = Tag.of("Données ouvertes");
    assertThat(tags.posts(Language.FRENCH, open))
        .extracting(p -> p.url().orElseThrow())
        .containsExactly("/fr/blog/solo/", "/fr/blog/guide-osor/");
    assertThat(tags.posts(Language.ENGLISH, open)).isEmpty();
    assertThat(tags.posts(Language.FRENCH, Tag.of("Série"))).hasSize(11);
    List<Page> pages =
        f.renderer.renderTagPages(Language.FRENCH, open, tags.posts(Language.FRENCH, open));
    assertThat(pages).extracting(Page::url).containsExactly("/fr/blog/tags/donnees-ouvertes/");
    assertValid(pages.get(0));
    Document doc = dom(pages.get(0));
    assertThat(doc.selectFirst("main h1").text())
        .isEqualTo("Articles avec le tag « Données ouvertes »");
    assertThat(doc.select("main .fr-card")).hasSize(2);
    List<Page> serie =
        f.renderer.renderTagPages(
            Language.FRENCH, Tag.of("Série"), tags.posts(Language.FRENCH, Tag.of("Série")));
    assertThat(serie)
        .extracting(Page::url)
        .containsExactly("/fr/blog/tags/serie/", "/fr/blog/tags/serie/page-2/");
    assertValid(serie.get(1));
  }

  @Test
  void tagNameIsTheSpellingMostPostsUse() {
    Blog blog = new Blog(BodyRenderer.builder().build());
    blog.add(
        "fr/blog/posts/a.md", Blog.post("title: A\ndate: 2024-01-01\ntags: [open source]", ""));
    blog.add(
        "fr/blog/posts/b.md", Blog.post("title: B\ndate: 2024-01-02\ntags: [Open Source]", ""));
    blog.add(
        "fr/blog/posts/c.md", Blog.post("title: C\ndate: 2024-01-03\ntags: [Open Source]", ""));
    blog.add("fr/blog/posts/d.md", Blog.post("title: D\ndate: 2024-01-04\ntags: ['!!!']", ""));
    TagIndex tags = TagIndex.of(blog.pair().posts());
    assertThat(tags.tags(Language.FRENCH)).containsExactly(new Tag("Open Source", "open-source"));
    assertThatThrownBy(() -> Tag.of("!!!")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void notFoundPage() {
    Page fr = f.renderer.renderNotFound(Language.FRENCH);
    Page en = f.renderer.renderNotFound(Language.ENGLISH);
    assertThat(fr.url()).isEqualTo("/fr/404.html");
    assertValid(fr);
    assertValid(en);
    Document doc = dom(fr);
    assertThat(doc.selectFirst("main h1").text()).isEqualTo("Page non trouvée");
    assertThat(doc.select("main").text()).contains("Erreur 404");
    assertThat(doc.selectFirst("main a.fr-btn").attr("href")).isEqualTo("/fr/");
    assertThat(dom(en).selectFirst("html").attr("lang")).isEqualTo("en");
  }

  @Test
  void renderingIsDeterministic() {
    PageFixtures other = new PageFixtures();
    assertThat(other.postPage(PageFixtures.FR_SOURCE).html())
        .isEqualTo(f.postPage(PageFixtures.FR_SOURCE).html());
    assertThat(other.renderer.renderBlogIndex(Language.FRENCH, other.blogPosts(Language.FRENCH)))
        .isEqualTo(f.renderer.renderBlogIndex(Language.FRENCH, f.blogPosts(Language.FRENCH)));
  }

  @Test
  void unpublishedPostHasNoPage() {
    Blog blog = new Blog(BodyRenderer.builder().build());
    blog.add("fr/blog/posts/x.md", Blog.post("title: X\ndate: 2024-01-01\npermalink: false", ""));
    var corpus = blog.pair();
    Post post = corpus.posts().get(0);
    assertThatThrownBy(() -> f.renderer.renderPost(post, corpus.index(), Neighbours.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not published");
  }

  @Test
  void builderChecksItsPatterns() {
    assertThatThrownBy(() -> PageRenderer.builder().pageSize(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PageRenderer.builder().blogIndexPattern("/blog/"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PageRenderer.builder().tagPagePattern("//evil/{tag}/"))
        .isInstanceOf(IllegalArgumentException.class);
    PageRenderer custom =
        PageRenderer.builder()
            .site(f.blog.site)
            .blogIndexPattern("/{lang}/articles/")
            .tagPagePattern("/{lang}/sujets/{tag}/")
            .notFoundPattern("/404.html")
            .homeUrlPattern("/")
            .build();
    assertThat(custom.blogIndexUrl(Language.FRENCH)).isEqualTo("/fr/articles/");
    assertThat(custom.tagUrl(Language.ENGLISH, Tag.of("Open data")))
        .isEqualTo("/en/sujets/open-data/");
    assertThat(custom.renderNotFound(Language.FRENCH).url()).isEqualTo("/404.html");
    assertThat(PageRenderer.pageUrl("/fr/x", 3)).isEqualTo("/fr/x/page-3/");
  }

  @Test
  void checkerFindsErrors() {
    assertThat(checker.errors("<!DOCTYPE html><html lang=\"fr\"><head></head><body><p>x</body>"))
        .isNotEmpty();
  }

  static String meta(Document doc, String property) {
    return doc.select("meta[property=" + property + "]").attr("content");
  }
}

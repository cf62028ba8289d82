package io.github.billet.render.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.i18n.Alternate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The typed page models a layout receives, and the layout's fallbacks. */
class PageModelsTest {

  private static PageFixtures f;

  @BeforeAll
  static void setUp() {
    f = new PageFixtures();
  }

  /** A layout that keeps every model it is given and writes a marker per kind. */
  private static final class Recording implements PageLayout {
    final List<Object> models = new CopyOnWriteArrayList<>();

    @Override
    public String render(PageContent content) {
      return "frame:" + content.kind();
    }

    @Override
    public String post(PostPage page) {
      models.add(page);
      return "post:" + page.title();
    }

    @Override
    public String listing(ListingPage page) {
      models.add(page);
      return "listing:" + page.page() + "/" + page.pages();
    }

    @Override
    public String notFound(NotFoundPage page) {
      models.add(page);
      return "404:" + page.homeUrl();
    }
  }

  private static PageRenderer renderer(PageLayout layout) {
    return PageRenderer.builder()
        .site(f.blog.site)
        .bodyRenderer(f.body)
        .layout(layout)
        .pageSize(5)
        .build();
  }

  @Test
  void aPostPageModelHoldsEverythingThePageShows() {
    Recording layout = new Recording();
    Post post = f.post(PageFixtures.FR_SOURCE);
    Page page =
        renderer(layout)
            .renderPost(post, f.corpus.index(), PostTimeline.of(f.blogPosts()).neighbours(post));

    assertThat(page.html()).isEqualTo("post:L'Europe publie un guide sur l'Open Source");
    PostPage model = (PostPage) layout.models.get(0);
    assertThat(model.post()).isSameAs(post);
    assertThat(model.head().kind()).isEqualTo(PageKind.POST);
    assertThat(model.head().language()).isEqualTo(Language.FRENCH);
    assertThat(model.head().canonicalUrl())
        .isEqualTo("https://blog.example.org/fr/blog/guide-osor/");
    assertThat(model.description()).contains("Entretien avec l'Observatoire Open Source européen");
    assertThat(model.date()).contains(LocalDate.of(2024, 3, 26));
    assertThat(model.dateLabel()).contains("Publié le 26 mars 2024");
    assertThat(model.tags())
        .containsExactly(
            new PageLink("/fr/blog/tags/europe/", "Europe"),
            new PageLink("/fr/blog/tags/donnees-ouvertes/", "Données ouvertes"));
    assertThat(model.cover()).isPresent();
    assertThat(model.cover().get().url()).isEqualTo("/fr/blog/guide-osor/osor-handbook.png");
    assertThat(model.cover().get().hidden()).isTrue();
    assertThat(model.body().html()).contains("Le guide de l'OSOR aide les administrations.");
    assertThat(model.translations()).hasSize(1);
    assertThat(model.translations().get(0).url()).isEqualTo("/en/blog/osor-handbook/");
    assertThat(model.translations().get(0).language()).isEqualTo(Language.ENGLISH);
    assertThat(model.head().alternates())
        .extracting(Alternate::hreflang, Alternate::sitePath, Alternate::absoluteUrl)
        .containsExactly(
            tuple(
                "en",
                "/en/blog/osor-handbook/",
                Optional.of("https://blog.example.org/en/blog/osor-handbook/")),
            tuple(
                "fr",
                "/fr/blog/guide-osor/",
                Optional.of("https://blog.example.org/fr/blog/guide-osor/")),
            tuple(
                "x-default",
                "/fr/blog/guide-osor/",
                Optional.of("https://blog.example.org/fr/blog/guide-osor/")));
    assertThat(model.previous().isPresent() || model.next().isPresent()).isTrue();
    // No toc: true, no showBreadcrumb, no video: the model says so with empty values.
    assertThat(model.tableOfContents()).isEmpty();
    assertThat(model.breadcrumb()).isEmpty();
    assertThat(model.media()).isEmpty();
  }

  @Test
  void theTableOfContentsIsInTheModelOnlyWhenAskedFor() {
    Recording layout = new Recording();
    Post post = f.post(PageFixtures.SOLO_SOURCE);
    renderer(layout).renderPost(post);
    PostPage model = (PostPage) layout.models.get(0);
    assertThat(model.tableOfContents())
        .extracting(e -> e.text())
        .containsExactly("Première partie", "Détail", "Seconde partie");
    // Rendered on its own: no translation index, no neighbour.
    assertThat(model.translations()).isEmpty();
    assertThat(model.head().alternates()).isEmpty();
    assertThat(model.previous()).isEmpty();
    assertThat(model.next()).isEmpty();
  }

  @Test
  void listingAndTagModelsHoldTheCardsAndThePagination() {
    Recording layout = new Recording();
    PageRenderer renderer = renderer(layout);
    List<Page> pages = renderer.renderBlogIndex(Language.FRENCH, f.blogPosts(Language.FRENCH));

    assertThat(pages)
        .extracting(Page::html)
        .containsExactly("listing:1/3", "listing:2/3", "listing:3/3");
    ListingPage first = (ListingPage) layout.models.get(0);
    assertThat(first.head().kind()).isEqualTo(PageKind.LISTING);
    assertThat(first.tag()).isEmpty();
    assertThat(first.pageUrls())
        .containsExactly("/fr/blog/", "/fr/blog/page-2/", "/fr/blog/page-3/");
    assertThat(first.pageOf()).isEqualTo("Page 1 sur 3");
    assertThat(first.cards()).hasSize(5);
    PostCard newest = first.cards().get(0);
    assertThat(newest.title()).isEqualTo("Un billet seul");
    assertThat(newest.url()).isEqualTo(newest.post().url().orElseThrow());
    assertThat(newest.date()).contains(LocalDate.of(2024, 5, 2));

    layout.models.clear();
    renderer.renderTagPages(Language.FRENCH, Tag.of("Série"), f.blogPosts(Language.FRENCH));
    ListingPage tagged = (ListingPage) layout.models.get(0);
    assertThat(tagged.head().kind()).isEqualTo(PageKind.TAG);
    assertThat(tagged.tag()).contains(Tag.of("Série"));
    assertThat(tagged.head().url()).isEqualTo("/fr/blog/tags/serie/");
  }

  @Test
  void theNotFoundModelLinksTheHomePage() {
    Recording layout = new Recording();
    assertThat(renderer(layout).renderNotFound(Language.ENGLISH).html()).isEqualTo("404:/en/");
    NotFoundPage model = (NotFoundPage) layout.models.get(0);
    assertThat(model.head().url()).isEqualTo("/en/404.html");
    assertThat(model.homeText()).isNotBlank();
  }

  @Test
  void aFrameOnlyLayoutGetsTheDsfrContentInItsFrame() {
    PageLayout frame = c -> "<frame>" + c.mainHtml() + "</frame>";
    Post post = f.post(PageFixtures.SOLO_SOURCE);
    Page page = renderer(frame).renderPost(post);
    assertThat(page.html()).startsWith("<frame><div class=\"fr-container fr-my-6w\">");
    assertThat(page.html()).contains("<h1>Un billet seul</h1>").endsWith("</frame>");
    String notFound = renderer(frame).renderNotFound(Language.FRENCH).html();
    assertThat(notFound).contains("fr-btns-group").startsWith("<frame>");
  }

  @Test
  void dsfrPartsEscapeWhatTheyWrite() {
    String tags =
        DsfrParts.tagGroup(List.of(new PageLink("/t/\"x\"/", "<b>&</b>")), true, "Tags \"x\"");
    assertThat(tags)
        .startsWith("<ul class=\"fr-tags-group\" aria-label=\"Tags ")
        .contains("class=\"fr-tag fr-tag--sm\"", ">&lt;b&gt;&amp;&lt;/b&gt;</a></li>")
        .doesNotContain("\"x\"")
        .doesNotContain("<b>");
    Post post = f.post(PageFixtures.SOLO_SOURCE);
    PostCard card =
        new PostCard(
            post,
            "/a/",
            "<i>T</i>",
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Optional.empty());
    assertThat(DsfrParts.card(card, io.github.billet.i18n.Labels.defaults(), Language.FRENCH))
        .contains("<a href=\"/a/\">&lt;i&gt;T&lt;/i&gt;</a>")
        .doesNotContain("<i>");
  }
}

package io.github.billet.render.internal.page;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.i18n.Labels;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.body.RenderedBody;
import io.github.billet.render.page.HomePage;
import io.github.billet.render.page.ListingPage;
import io.github.billet.render.page.Navigation;
import io.github.billet.render.page.Page;
import io.github.billet.render.page.PageKind;
import io.github.billet.render.page.PageLayout;
import io.github.billet.render.page.PageRenderer;
import io.github.billet.render.page.SiteMapPage;
import io.github.billet.render.page.Tag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The pages of a site build: a {@link PageRenderer} with the renderer's default URLs, and the
 * listings rendered one page at a time (a build holds only the pages it is writing), each post's
 * card made once for all of them, with what each page is made of for a session's next build.
 * Thread-safe; one per build, as the cards are kept for the posts of that build.
 *
 * <pre>{@code
 * SitePages pages =
 *     new SitePages(config, labels, bodyRenderer, layout, 10, contentFolder, tagPages, path -> true);
 * SitePages.Listing blog = pages.sectionListing(Language.FRENCH, "/{lang}/blog/", "Blog", posts, 10);
 * Page first = blog.page(1);
 * }</pre>
 */
public final class SitePages {

  private final PageRenderer renderer;
  private final Labels labels;
  private final PageLayout layout;
  private final PageModels models;
  private final CardCache cards;

  /**
   * Makes the pages of one build, with the renderer's default URL patterns.
   *
   * @param site the site (title, base URL, languages)
   * @param labels the labels
   * @param bodyRenderer the body renderer
   * @param layout the layout
   * @param pageSize posts a listing page shows
   * @param contentFolder the content folder to check covers in
   * @param tagPages where tag chips link
   * @param pageExists tells whether a site path has a page (for breadcrumbs)
   */
  public SitePages(
      SiteConfig site,
      Labels labels,
      BodyRenderer bodyRenderer,
      PageLayout layout,
      int pageSize,
      Path contentFolder,
      PageRenderer.TagPages tagPages,
      Predicate<String> pageExists) {
    this.renderer =
        PageRenderer.builder()
            .site(site)
            .labels(labels)
            .bodyRenderer(bodyRenderer)
            .layout(layout)
            .pageSize(pageSize)
            .contentFolder(contentFolder)
            .tagPages(tagPages)
            .pageExists(pageExists)
            .build();
    this.labels = labels;
    this.layout = layout;
    this.models =
        new PageModels(
            site, labels, bodyRenderer, PageUrls.DEFAULT, contentFolder, tagPages, pageExists);
    this.cards = new CardCache(models);
  }

  private SitePages(SitePages p, PageRenderer renderer, PageModels models) {
    this.renderer = renderer;
    this.labels = p.labels;
    this.layout = p.layout;
    this.models = models;
    this.cards = new CardCache(models);
  }

  /**
   * Returns these pages with the site's menus and, when the build writes them, its feed links.
   *
   * @param menus each language's menu
   * @param feeds true when the build writes each language's feeds
   * @return the copy
   */
  public SitePages withMenus(Map<Language, Navigation> menus, boolean feeds) {
    return new SitePages(
        this,
        renderer.withNavigation(menus, feeds),
        models.withMenus(FrameModels.byCode(menus), feeds));
  }

  /** The warnings of the site's frame configuration (footer texts not kept as HTML). */
  public List<Problem> frameProblems() {
    return models.frames().problems();
  }

  /** What the frame of every page depends on (menus, feeds), for a session's page keys. */
  public Object frameKey() {
    return models.frames().key();
  }

  /** The renderer of posts, "page not found" pages and URLs. */
  public PageRenderer renderer() {
    return renderer;
  }

  /** Renders the "page not found" page of a language, as the renderer does. */
  public Page renderNotFound(Language language) {
    return renderer.renderNotFound(language);
  }

  /**
   * An object compared by identity: a post's body stands for everything its file gave the post, as
   * a session reuses the post of an unchanged file.
   *
   * @param object the object
   */
  public record Same(Object object) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Same other && other.object == object;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(object);
    }
  }

  /**
   * The listing of a site section in one language, to render page by page, with the alternates of
   * its first page in every site language.
   *
   * @param language the language of the pages
   * @param urlPattern the section's URL, ending with {@code /}, {@code {lang}} for the language
   * @param heading the section's title in that language
   * @param posts the section's posts in that language
   * @param pageSize posts a page, at least 1
   * @return the listing
   */
  public Listing sectionListing(
      Language language, String urlPattern, String heading, List<Post> posts, int pageSize) {
    return new Listing(
        new PagedListing(
            PageKind.LISTING,
            language,
            urlPattern.replace("{lang}", language.code()),
            heading,
            Optional.empty(),
            posts,
            models.alternates(urlPattern),
            pageSize));
  }

  /**
   * The pages of one tag of a site section in one language, to render page by page.
   *
   * @param language the language of the pages
   * @param url the tag's first page's URL, ending with {@code /}
   * @param tag the tag
   * @param posts the section's posts in that language carrying the tag
   * @param pageSize posts a page, at least 1
   * @return the listing
   */
  public Listing sectionTagListing(
      Language language, String url, Tag tag, List<Post> posts, int pageSize) {
    return new Listing(
        new PagedListing(
            PageKind.TAG,
            language,
            url,
            labels.postsTagged(language, tag.name()),
            Optional.of(tag),
            posts,
            List.of(),
            pageSize));
  }

  /**
   * Renders a language's home page through the layout's {@link PageLayout#home(HomePage)}: the body
   * of the language's index page when there is one (its title is the page's heading), then the
   * newest posts of each section.
   *
   * @param language the language
   * @param index the language's index page ({@code content/<lang>/index.md}), if any
   * @param body its body rendered ahead, if any (else it is rendered here)
   * @param sections the sections' listings in that language
   * @param latest how many of each section's newest posts to show
   * @return the page, at {@link PageRenderer#homeUrl(Language)}
   */
  public Page renderHome(
      Language language,
      Optional<Post> index,
      Optional<RenderedBody> body,
      List<Listing> sections,
      int latest) {
    List<Problem> problems = new ArrayList<>();
    Optional<RenderedBody> intro =
        index.isEmpty()
            ? Optional.empty()
            : Optional.of(body.orElseGet(() -> renderer.renderBody(index.get())));
    HomePage model =
        new SitePageModels(models, labels, PageUrls.DEFAULT)
            .home(language, index, intro, paged(sections), latest, cards, problems);
    return LayoutCall.home(layout, model, renderer.homeUrl(language), problems);
  }

  /**
   * Renders a language's site map page through the layout's {@link
   * PageLayout#siteMap(SiteMapPage)}: the home page, each section with all its posts, then the
   * other pages by title.
   *
   * @param language the language
   * @param sections the sections' listings in that language
   * @param others the language's published pages in no section
   * @return the page, at {@link PageRenderer#siteMapUrl(Language)}
   */
  public Page renderSiteMap(Language language, List<Listing> sections, List<Post> others) {
    SiteMapPage model =
        new SitePageModels(models, labels, PageUrls.DEFAULT)
            .siteMap(language, paged(sections), others);
    return LayoutCall.siteMap(layout, model, renderer.siteMapUrl(language));
  }

  private static List<PagedListing> paged(List<Listing> listings) {
    List<PagedListing> out = new ArrayList<>(listings.size());
    for (Listing listing : listings) {
      out.add(listing.listing);
    }
    return out;
  }

  /**
   * A paginated listing whose pages can be rendered one at a time, so that a site build holds only
   * the pages it is writing. Thread-safe.
   */
  public final class Listing {
    private final PagedListing listing;

    private Listing(PagedListing listing) {
      this.listing = listing;
    }

    /** The number of pages, at least one. */
    public int pages() {
      return listing.pages();
    }

    /** The URL of page {@code n} (1-based), as its {@link Page#url()}. */
    public String url(int n) {
      return listing.url(n);
    }

    /**
     * What page {@code n} is made of, for a session to tell whether it changed: equal keys give
     * equal pages within one session (same renderer settings).
     */
    public List<Object> key(int n) {
      List<Object> key = new ArrayList<>(listing.identity(n));
      key.add(frameKey());
      for (Post post : listing.slice(n)) {
        key.add(new Same(post.body()));
        key.add(post.url());
        key.add(post.language());
      }
      return key;
    }

    /** Renders page {@code n} (1-based) through the layout. */
    public Page page(int n) {
      List<Problem> problems = new ArrayList<>();
      ListingPage model = listing.model(n, models, labels, cards, problems);
      return LayoutCall.listing(layout, model, listing.url(n), problems);
    }
  }
}

package io.github.billet.render.internal.page;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.i18n.Alternate;
import io.github.billet.i18n.Label;
import io.github.billet.i18n.Labels;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.page.ListingPage;
import io.github.billet.render.page.Navigation;
import io.github.billet.render.page.Page;
import io.github.billet.render.page.PageKind;
import io.github.billet.render.page.PageLayout;
import io.github.billet.render.page.PageRenderer;
import io.github.billet.render.page.Tag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages of a site build: a {@link PageRenderer} with the renderer's default URLs, and the
 * listings rendered one page at a time (a build holds only the pages it is writing), each post's
 * card made once for all of them, with what each page is made of for a session's next build.
 * Thread-safe; one per build, as the cards are kept for the posts of that build.
 *
 * <pre>{@code
 * SitePages pages = new SitePages(config, labels, bodyRenderer, layout, 10, contentFolder);
 * SitePages.Listing index = pages.blogIndexListing(Language.FRENCH, timeline.posts(Language.FRENCH));
 * Page first = index.page(1);
 * }</pre>
 */
public final class SitePages {

  private final PageRenderer renderer;
  private final Labels labels;
  private final PageLayout layout;
  private final int pageSize;
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
   */
  public SitePages(
      SiteConfig site,
      Labels labels,
      BodyRenderer bodyRenderer,
      PageLayout layout,
      int pageSize,
      Path contentFolder) {
    this.renderer =
        PageRenderer.builder()
            .site(site)
            .labels(labels)
            .bodyRenderer(bodyRenderer)
            .layout(layout)
            .pageSize(pageSize)
            .contentFolder(contentFolder)
            .build();
    this.labels = labels;
    this.layout = layout;
    this.pageSize = pageSize;
    this.models = new PageModels(site, labels, bodyRenderer, PageUrls.DEFAULT, contentFolder);
    this.cards = new CardCache(models);
  }

  private SitePages(SitePages p, PageRenderer renderer, PageModels models) {
    this.renderer = renderer;
    this.labels = p.labels;
    this.layout = p.layout;
    this.pageSize = p.pageSize;
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

  /** The blog index of a language, to render page by page. */
  public Listing blogIndexListing(Language language, List<Post> posts) {
    return listing(
        PageKind.LISTING,
        language,
        renderer.blogIndexUrl(language),
        labels.get(language, Label.BLOG),
        Optional.empty(),
        posts,
        models.blogIndexAlternates());
  }

  /** The pages of one tag in one language, to render page by page. */
  public Listing tagListing(Language language, Tag tag, List<Post> posts) {
    return listing(
        PageKind.TAG,
        language,
        renderer.tagUrl(language, tag),
        labels.postsTagged(language, tag.name()),
        Optional.of(tag),
        posts,
        List.of());
  }

  private Listing listing(
      PageKind kind,
      Language language,
      String url,
      String heading,
      Optional<Tag> tag,
      List<Post> posts,
      List<Alternate> firstPageAlternates) {
    return new Listing(
        new PagedListing(kind, language, url, heading, tag, posts, firstPageAlternates, pageSize));
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

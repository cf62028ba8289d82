package io.github.billet.render.page;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.i18n.Alternate;
import io.github.billet.i18n.Label;
import io.github.billet.i18n.Labels;
import io.github.billet.i18n.TranslationIndex;
import io.github.billet.render.body.BodyContext;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.body.RenderedBody;
import io.github.billet.render.internal.page.FrameModels;
import io.github.billet.render.internal.page.LayoutCall;
import io.github.billet.render.internal.page.PageModels;
import io.github.billet.render.internal.page.PageUrls;
import io.github.billet.render.internal.page.PagedListing;
import io.github.billet.render.internal.page.SitePageModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders the pages of a blog: post pages, paginated listings (the blog index, tag pages) and the
 * "page not found" page, each a complete HTML document framed by a {@link PageLayout}.
 *
 * <p>Every method is a pure function of its arguments and of the renderer's configuration: no
 * clock, no file, the same input gives the same bytes. The renderer writes no file (the whole-site
 * build does). Front matter values are escaped for their context, and front matter URLs (image
 * path, permalink) pass the same safe-URL rule as the body: no {@code javascript:}, {@code
 * vbscript:} or {@code data:} URL (except {@code data:image/*} images). Immutable and thread-safe.
 *
 * <pre>{@code
 * PageRenderer renderer = PageRenderer.builder()
 *     .site(SiteConfig.read(Path.of("site.yaml")))
 *     .bodyRenderer(body)
 *     .layout(DsfrLayout.builder().stylesheet("/dsfr/dsfr.min.css").build())
 *     .build();
 * List<Post> blog = corpus.posts().stream().filter(p -> p.inCollection("posts")).toList();
 * PostTimeline timeline = PostTimeline.of(blog);
 * Page page = renderer.renderPost(post, corpus.index(), timeline.neighbours(post));
 * List<Page> index = renderer.renderBlogIndex(Language.FRENCH, timeline.posts(Language.FRENCH));
 * }</pre>
 *
 * <p>Longer than most classes mostly for its builder's Javadoc: every option a user sets is
 * documented here; the page models and URLs are made in {@code internal.page}.
 */
public final class PageRenderer {

  private final SiteConfig site;
  private final Labels labels;
  private final BodyRenderer bodyRenderer;
  private final PageLayout layout;
  private final int pageSize;
  private final PageUrls urls;
  private final PageModels models;

  /**
   * Where the tag chips of a post link: the URL of the tag's page for that post, or empty for a tag
   * whose page is not built (the chip is then left out). Must be thread-safe.
   *
   * <pre>{@code
   * PageRenderer.builder().tagPages((post, tag) -> post.inCollection("posts")
   *     ? Optional.of("/" + post.language().get().code() + "/blog/tags/" + tag.slug() + "/")
   *     : Optional.empty());
   * }</pre>
   */
  @FunctionalInterface
  public interface TagPages {
    /**
     * Returns the URL of a tag's page for a post's chip.
     *
     * @param post the post carrying the tag
     * @param tag the tag
     * @return the URL of the tag's first page; empty for no chip
     */
    Optional<String> url(Post post, Tag tag);
  }

  private PageRenderer(Builder b) {
    this.site = b.baseUrl == null ? b.site : b.site.withBaseUrl(b.baseUrl);
    this.labels = b.labels;
    this.bodyRenderer = b.bodyRenderer;
    this.layout = b.layout != null ? b.layout : DsfrLayout.builder().labels(b.labels).build();
    this.pageSize = b.pageSize;
    this.urls =
        new PageUrls(b.blogIndexPattern, b.tagPagePattern, b.notFoundPattern, b.homeUrlPattern);
    this.models =
        new PageModels(site, labels, bodyRenderer, urls, b.contentFolder, b.tagPages, b.pageExists);
  }

  private PageRenderer(PageRenderer r, PageModels models) {
    this.site = r.site;
    this.labels = r.labels;
    this.bodyRenderer = r.bodyRenderer;
    this.layout = r.layout;
    this.pageSize = r.pageSize;
    this.urls = r.urls;
    this.models = models;
  }

  /**
   * Returns a renderer whose pages show the site's navigation menu (see {@link SiteFrame}); a site
   * build makes the menus from the pages' {@code eleventyNavigation} front matter.
   *
   * <pre>{@code
   * NavItem blog = new NavItem("Blog", Optional.of("/fr/blog/"), List.of(), false);
   * PageRenderer withMenu = renderer.withNavigation(
   *     Map.of(Language.FRENCH, new Navigation(List.of(blog))), false);
   * }</pre>
   *
   * @param menus each language's menu
   * @param feeds true when the site's feeds are written ({@code /fr/feed/feed.xml} and {@code
   *     feed.json} per language), to link them from each page's head
   * @return the renderer
   */
  public PageRenderer withNavigation(Map<Language, Navigation> menus, boolean feeds) {
    return new PageRenderer(this, models.withMenus(FrameModels.byCode(menus), feeds));
  }

  /**
   * Starts building a renderer.
   *
   * @return a builder: empty site, built-in labels, default body renderer and {@link DsfrLayout},
   *     ten posts a page
   */
  public static Builder builder() {
    return new Builder();
  }

  // ------------------------------------------------------------------ URLs

  /**
   * Returns the URL of a language's blog index.
   *
   * @param language the language
   * @return for example {@code /fr/blog/}
   */
  public String blogIndexUrl(Language language) {
    return urls.blogIndexUrl(language);
  }

  /**
   * Returns the URL of a language's "page not found" page.
   *
   * @param language the language
   * @return for example {@code /fr/404.html}
   */
  public String notFoundUrl(Language language) {
    return urls.notFoundUrl(language);
  }

  /**
   * Returns the URL of the first page of a tag.
   *
   * @param language the language
   * @param tag the tag
   * @return for example {@code /fr/blog/tags/donnees-ouvertes/}
   */
  public String tagUrl(Language language, Tag tag) {
    return urls.tagUrl(language, tag);
  }

  /**
   * Returns the URL of a page of a listing: the listing's own URL for page 1, {@code page-N/} below
   * it for the others.
   *
   * @param listingUrl the listing's URL, ending with {@code /}
   * @param page the 1-based page number
   * @return for example {@code /fr/blog/page-2/}
   */
  public static String pageUrl(String listingUrl, int page) {
    return PageUrls.pageUrl(listingUrl, page);
  }

  // ------------------------------------------------------------------ posts

  /**
   * Renders a post page through the layout's {@link PageLayout#post(PostPage)}.
   *
   * <p>It holds the title, description, tags (links to the tag pages of the post's language),
   * publication date, cover image (unless {@code image.hide}), the table of contents (front matter
   * {@code toc: true}), a breadcrumb ({@code showBreadcrumb: true}, with its {@code segments}), the
   * body, the embedded video and slides ({@code video: {src, title}}, {@code slides: {src,
   * title}}), a link to each other site language ({@link TranslationIndex#switcherTarget(Post,
   * Language)}), and links to the neighbours. Its head has the canonical URL, the hreflang
   * alternates of a translated post and Open Graph metadata.
   *
   * @param post a published post, language decided (from {@code PairedCorpus.posts()})
   * @param index the translation index of the corpus
   * @param neighbours the previous and next posts, see {@link PostTimeline}
   * @return the page, with the body renderer's warnings and those of its video and slides
   * @throws IllegalArgumentException when the post is not published
   */
  public Page renderPost(Post post, TranslationIndex index, Neighbours neighbours) {
    return renderPost(post, renderBody(post), index, neighbours);
  }

  /**
   * Renders a post's body as {@link #renderPost(Post, TranslationIndex, Neighbours)} shows it, for
   * callers that render bodies ahead (while loading) and pages later.
   *
   * @param post a published post
   * @return the rendered body
   * @throws IllegalArgumentException when the post is not published
   */
  public RenderedBody renderBody(Post post) {
    String url = urlOf(post);
    return bodyRenderer.render(
        post.body(),
        new BodyContext(url, post.source(), post.body().startLine())
            .withLanguage(models.languageOf(post)));
  }

  /**
   * Renders a post page around a body rendered ahead by {@link #renderBody(Post)}.
   *
   * @param post a published post, language decided (from {@code PairedCorpus.posts()})
   * @param body the post's body from {@link #renderBody(Post)}; its problems are the page's
   * @param index the translation index of the corpus
   * @param neighbours the previous and next posts, see {@link PostTimeline}
   * @return the page, with the body renderer's warnings and those of its video and slides
   * @throws IllegalArgumentException when the post is not published
   */
  public Page renderPost(
      Post post, RenderedBody body, TranslationIndex index, Neighbours neighbours) {
    return renderPost(
        post,
        Objects.requireNonNull(body, "body"),
        Optional.of(Objects.requireNonNull(index, "index")),
        Objects.requireNonNull(neighbours, "neighbours"));
  }

  /**
   * Renders the complete page of one post on its own: no pairing, no neighbours, no configuration
   * needed. The page has no link to a translation (none is known) and no previous/next links; its
   * absolute URLs use the {@link Builder#baseUrl(String) base URL} given to the builder, if any.
   *
   * <pre>{@code
   * Post post = PostParser.builder().build().parse("hello.md", text);
   * String html = PageRenderer.builder().build().renderPost(post).html();
   * }</pre>
   *
   * @param post a published post (one with a URL)
   * @return the page, with the body renderer's warnings and those of its video and slides
   * @throws IllegalArgumentException when the post is not published
   */
  public Page renderPost(Post post) {
    return renderPost(post, renderBody(post), Optional.empty(), Neighbours.none());
  }

  private Page renderPost(
      Post post, RenderedBody body, Optional<TranslationIndex> index, Neighbours neighbours) {
    String url = urlOf(post);
    List<Problem> problems = new ArrayList<>(body.problems());
    PostPage model = models.postPage(post, body, index, neighbours, problems);
    return LayoutCall.post(layout, model, url, post.source(), problems);
  }

  private static String urlOf(Post post) {
    if (post.url().isEmpty()) {
      throw new IllegalArgumentException(
          post.source() + " is not published (permalink: false) and has no page");
    }
    return post.url().get();
  }

  // ------------------------------------------------------------------ listings

  /**
   * Renders the blog index of a language: {@link #blogIndexUrl(Language)} and its later pages.
   *
   * @param language the language of the pages
   * @param posts the posts to list (the caller's choice, such as the language's blog posts); they
   *     are listed {@link PostOrder#newestFirst() newest first} whatever their order here
   * @return the pages, at least one (an empty listing says so)
   */
  public List<Page> renderBlogIndex(Language language, List<Post> posts) {
    return listing(
        PageKind.LISTING,
        language,
        blogIndexUrl(language),
        labels.get(language, Label.BLOG),
        Optional.empty(),
        posts,
        models.blogIndexAlternates());
  }

  /**
   * Renders the pages of one tag in one language: {@link #tagUrl(Language, Tag)} and its later
   * pages.
   *
   * @param language the language of the pages
   * @param tag the tag
   * @param posts the posts carrying it, such as {@link TagIndex#posts(Language, Tag)}
   * @return the pages, at least one
   */
  public List<Page> renderTagPages(Language language, Tag tag, List<Post> posts) {
    return listing(
        PageKind.TAG,
        language,
        tagUrl(language, tag),
        labels.postsTagged(language, tag.name()),
        Optional.of(tag),
        posts,
        List.of());
  }

  /**
   * Renders any paginated listing of posts through the layout's {@link
   * PageLayout#listing(ListingPage)}: page 1 at {@code url}, page N at {@code url + "page-N/"},
   * {@link Builder#pageSize(int)} posts a page, newest first.
   *
   * <p>A card holds the title (a link), the description, the tags, the date and the cover image,
   * even when {@code image.hide} hides it atop the post. The pagination says "page N of M".
   *
   * @param language the language of the pages
   * @param url the site-relative URL of the first page, ending with {@code /}
   * @param heading the listing's title, plain text
   * @param posts the published posts to list
   * @return the pages, at least one
   */
  public List<Page> renderListing(Language language, String url, String heading, List<Post> posts) {
    return listing(PageKind.LISTING, language, url, heading, Optional.empty(), posts, List.of());
  }

  private List<Page> listing(
      PageKind kind,
      Language language,
      String url,
      String heading,
      Optional<Tag> tag,
      List<Post> posts,
      List<Alternate> firstPageAlternates) {
    PagedListing listing =
        new PagedListing(kind, language, url, heading, tag, posts, firstPageAlternates, pageSize);
    List<Page> out = new ArrayList<>(listing.pages());
    for (int n = 1; n <= listing.pages(); n++) {
      List<Problem> problems = new ArrayList<>();
      ListingPage model = listing.model(n, models, labels, models::card, problems);
      out.add(LayoutCall.listing(layout, model, listing.url(n), problems));
    }
    return List.copyOf(out);
  }

  // ------------------------------------------------------------------ home and site map

  /**
   * Returns the URL of a language's home page.
   *
   * @param language the language
   * @return for example {@code /fr/}
   */
  public String homeUrl(Language language) {
    return urls.home().replace("{lang}", language.code());
  }

  /**
   * Returns the URL of a language's site map page.
   *
   * @param language the language
   * @return for example {@code /fr/sitemap/}
   */
  public String siteMapUrl(Language language) {
    return SitePageModels.siteMapUrl(urls, language);
  }

  // ------------------------------------------------------------------ 404

  /**
   * Renders the "page not found" page of a language, at {@link Builder#notFoundPattern(String)},
   * through the layout's {@link PageLayout#notFound(NotFoundPage)}.
   *
   * @param language the language
   * @return the page
   */
  public Page renderNotFound(Language language) {
    return LayoutCall.notFound(layout, models.notFound(language), notFoundUrl(language));
  }

  /**
   * Builds a {@link PageRenderer}; not thread-safe, make one per renderer.
   *
   * <pre>{@code
   * PageRenderer renderer = PageRenderer.builder().site(site).pageSize(12).build();
   * }</pre>
   */
  public static final class Builder {
    private SiteConfig site = SiteConfig.empty();
    private Labels labels = Labels.defaults();
    private BodyRenderer bodyRenderer = BodyRenderer.builder().build();
    private PageLayout layout;
    private int pageSize = 10;
    private String blogIndexPattern = PageUrls.DEFAULT.blogIndex();
    private String tagPagePattern = PageUrls.DEFAULT.tagPage();
    private String notFoundPattern = PageUrls.DEFAULT.notFound();
    private String homeUrlPattern = PageUrls.DEFAULT.home();
    private java.nio.file.Path contentFolder;
    private String baseUrl;
    private TagPages tagPages;
    private java.util.function.Predicate<String> pageExists;

    private Builder() {}

    /**
     * Tells which site paths have a page, so that a post's breadcrumb leaves out a segment whose
     * site path has none (such as a parent folder without an index page) instead of linking a
     * missing page.
     *
     * @param pageExists tests a site path such as {@code /fr/utiliser/}; must be thread-safe
     * @return this builder; by default every segment is linked
     */
    public Builder pageExists(java.util.function.Predicate<String> pageExists) {
      this.pageExists = Objects.requireNonNull(pageExists, "pageExists");
      return this;
    }

    /**
     * Sets where the tag chips of posts and cards link, for a site whose tag pages differ by
     * section; a tag whose page is not built gets no chip.
     *
     * @param tagPages the tag pages; by default every tag links to {@link #tagPagePattern(String)}
     * @return this builder
     */
    public Builder tagPages(TagPages tagPages) {
      this.tagPages = Objects.requireNonNull(tagPages, "tagPages");
      return this;
    }

    /**
     * Sets the content folder the posts were loaded from: a cover whose relative file is not there
     * is then left out of pages and cards instead of showing a broken image.
     *
     * @param folder the content folder; null (the default) shows every cover
     * @return this builder
     */
    public Builder contentFolder(java.nio.file.Path folder) {
      this.contentFolder = folder;
      return this;
    }

    /**
     * Sets the site: its title per language (in page titles), base URL (for absolute URLs) and
     * languages (the language links of post pages).
     *
     * @param site the site configuration
     * @return this builder
     */
    public Builder site(SiteConfig site) {
      this.site = Objects.requireNonNull(site, "site");
      return this;
    }

    /**
     * Sets the site's base URL, the one place it is given: canonical URLs, hreflang alternates and
     * the social image become absolute URLs under it. Replaces the base URL of {@link
     * #site(SiteConfig)} whichever is called first.
     *
     * @param url an absolute http(s) URL such as {@code https://code.gouv.fr}
     * @return this builder
     * @throws IllegalArgumentException when the URL is not an absolute http(s) URL
     */
    public Builder baseUrl(String url) {
      Optional<String> wrong = SiteConfig.baseUrlProblem(Objects.requireNonNull(url, "url"));
      if (wrong.isPresent()) {
        throw new IllegalArgumentException(wrong.get());
      }
      this.baseUrl = url;
      return this;
    }

    /**
     * Sets the labels and date formats.
     *
     * @param labels the labels, {@link Labels#defaults()} by default
     * @return this builder
     */
    public Builder labels(Labels labels) {
      this.labels = Objects.requireNonNull(labels, "labels");
      return this;
    }

    /**
     * Sets the body renderer; parse posts with its {@link BodyRenderer#extensions()}.
     *
     * @param bodyRenderer the body renderer
     * @return this builder
     */
    public Builder bodyRenderer(BodyRenderer bodyRenderer) {
      this.bodyRenderer = Objects.requireNonNull(bodyRenderer, "bodyRenderer");
      return this;
    }

    /**
     * Sets the layout.
     *
     * @param layout the layout; by default a {@link DsfrLayout} with this builder's labels
     * @return this builder
     */
    public Builder layout(PageLayout layout) {
      this.layout = Objects.requireNonNull(layout, "layout");
      return this;
    }

    /**
     * Sets how many posts a listing page holds.
     *
     * @param size at least 1; 10 by default
     * @return this builder
     */
    public Builder pageSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("a page holds at least one post, got " + size);
      }
      this.pageSize = size;
      return this;
    }

    /**
     * Sets the URL of each language's blog index.
     *
     * @param pattern a site-relative URL ending with {@code /}, {@code {lang}} for the language;
     *     {@code /{lang}/blog/} by default
     * @return this builder
     */
    public Builder blogIndexPattern(String pattern) {
      this.blogIndexPattern = PageUrls.folderPattern(pattern, "{lang}");
      return this;
    }

    /**
     * Sets the URL of tag pages.
     *
     * @param pattern a site-relative URL ending with {@code /}, with {@code {lang}} and {@code
     *     {tag}} (the tag's slug); {@code /{lang}/blog/tags/{tag}/} by default
     * @return this builder
     */
    public Builder tagPagePattern(String pattern) {
      this.tagPagePattern = PageUrls.folderPattern(pattern, "{tag}");
      return this;
    }

    /**
     * Sets the URL of the "page not found" page.
     *
     * @param pattern a site-relative URL, {@code {lang}} for the language; {@code /{lang}/404.html}
     *     by default
     * @return this builder
     */
    public Builder notFoundPattern(String pattern) {
      this.notFoundPattern = PageUrls.sitePath(pattern);
      return this;
    }

    /**
     * Sets the home page of each language, linked from the "page not found" page.
     *
     * @param pattern a site-relative URL, {@code {lang}} for the language; {@code /{lang}/} by
     *     default
     * @return this builder
     */
    public Builder homeUrlPattern(String pattern) {
      this.homeUrlPattern = PageUrls.sitePath(pattern);
      return this;
    }

    /**
     * Builds the renderer.
     *
     * @return an immutable, thread-safe renderer
     */
    public PageRenderer build() {
      return new PageRenderer(this);
    }
  }
}

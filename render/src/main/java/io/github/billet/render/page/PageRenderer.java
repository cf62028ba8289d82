package io.github.billet.render.page;

import io.github.billet.core.CoverImage;
import io.github.billet.core.FrontMatter;
import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.core.SourcePosition;
import io.github.billet.i18n.Alternate;
import io.github.billet.i18n.Label;
import io.github.billet.i18n.Labels;
import io.github.billet.i18n.Language;
import io.github.billet.i18n.TranslationIndex;
import io.github.billet.render.body.BodyContext;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.body.HtmlPolicy;
import io.github.billet.render.body.RenderedBody;
import io.github.billet.render.internal.html.Markup;
import io.github.billet.render.internal.html.MediaEmbeds;
import io.github.billet.render.internal.html.Pieces;
import io.github.billet.render.internal.page.AssetRefs;
import io.github.billet.render.internal.page.BoundedCache;
import io.github.billet.render.internal.page.Breadcrumbs;
import io.github.billet.render.internal.page.PageHtml;
import io.github.billet.render.internal.safety.UrlRules;
import io.github.billet.render.site.SiteBuild;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

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
 */
public final class PageRenderer {

  private final SiteConfig site;
  private final Labels labels;
  private final BodyRenderer bodyRenderer;
  private final PageLayout layout;
  private final int pageSize;
  private final String blogIndexPattern;
  private final String tagPagePattern;
  private final String notFoundPattern;
  private final String homeUrlPattern;
  // Null when covers are shown without checking their file.
  private final java.nio.file.Path contentFolder;
  // Cards by language and source, while one site build lists the same post on several pages;
  // null for a renderer made by the builder, which keeps no card between calls.
  private final Map<String, Card> cards;
  private final AtomicLong cardBudget;
  // The tag items of post pages by language and tag name: a site has few tags, on many pages.
  private final ConcurrentMap<InLanguage, String> tagItems = new ConcurrentHashMap<>();
  private static final int MAX_TAG_ITEMS = 4096;
  // "Published on ..." by language and date: a date is shown by many pages and cards.
  private final ConcurrentMap<InLanguage, String> datesShown = new ConcurrentHashMap<>();
  private static final int MAX_DATES_SHOWN = 8192;
  // The tag group's accessible name by language code: a site has a few languages.
  private final ConcurrentMap<String, String> tagsLabels = new ConcurrentHashMap<>();
  private static final int MAX_TAGS_LABELS = 64;

  /**
   * A cache key: a value (a date, a tag name) shown in a language. Compared field by field, and
   * made without building a string of the two.
   */
  private static final class InLanguage {
    final Language language;
    final Object value;

    InLanguage(Language language, Object value) {
      this.language = language;
      this.value = value;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof InLanguage other
          && other.language.equals(language)
          && other.value.equals(value);
    }

    @Override
    public int hashCode() {
      return 31 * language.hashCode() + value.hashCode();
    }
  }

  /**
   * An object compared by identity: a post's body stands for everything its file gave the post, as
   * a session reuses the post of an unchanged file.
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

  /** A listing card and the problems found while making it. */
  private record Card(String html, List<Problem> problems) {}

  private PageRenderer(Builder b) {
    this.cards = null;
    this.cardBudget = null;
    this.site = b.site;
    this.labels = b.labels;
    this.bodyRenderer = b.bodyRenderer;
    this.layout = b.layout != null ? b.layout : DsfrLayout.builder().labels(b.labels).build();
    this.pageSize = b.pageSize;
    this.blogIndexPattern = b.blogIndexPattern;
    this.tagPagePattern = b.tagPagePattern;
    this.notFoundPattern = b.notFoundPattern;
    this.homeUrlPattern = b.homeUrlPattern;
    this.contentFolder = b.contentFolder;
  }

  private PageRenderer(PageRenderer r, Map<String, Card> cards) {
    this.site = r.site;
    this.labels = r.labels;
    this.bodyRenderer = r.bodyRenderer;
    this.layout = r.layout;
    this.pageSize = r.pageSize;
    this.blogIndexPattern = r.blogIndexPattern;
    this.tagPagePattern = r.tagPagePattern;
    this.notFoundPattern = r.notFoundPattern;
    this.homeUrlPattern = r.homeUrlPattern;
    this.contentFolder = r.contentFolder;
    this.cards = cards;
    this.cardBudget = new AtomicLong(Runtime.getRuntime().maxMemory() / 32);
  }

  /**
   * Returns a renderer that makes each post's listing card once and reuses it: for one build, where
   * the posts do not change between listings (a {@link SiteBuild} makes one per run).
   */
  public PageRenderer withCardCache() {
    return new PageRenderer(this, new ConcurrentHashMap<>());
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
    return blogIndexPattern.replace("{lang}", language.code());
  }

  /**
   * Returns the URL of a language's "page not found" page.
   *
   * @param language the language
   * @return for example {@code /fr/404.html}
   */
  public String notFoundUrl(Language language) {
    return notFoundPattern.replace("{lang}", language.code());
  }

  /**
   * Returns the URL of the first page of a tag.
   *
   * @param language the language
   * @param tag the tag
   * @return for example {@code /fr/blog/tags/donnees-ouvertes/}
   */
  public String tagUrl(Language language, Tag tag) {
    return tagPagePattern
        .replace("{lang}", language.code())
        .replace("{tag}", Markup.component(tag.slug()));
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
    if (page <= 1) {
      return listingUrl;
    }
    return (listingUrl.endsWith("/") ? listingUrl : listingUrl + "/") + "page-" + page + "/";
  }

  // ------------------------------------------------------------------ posts

  /**
   * Renders a post page.
   *
   * <p>It holds the title, description, tags (links to the tag pages of the post's language),
   * publication date, cover image (unless {@code image.hide}), the table of contents (front matter
   * {@code toc: true}), a DSFR breadcrumb ({@code showBreadcrumb: true}, with its {@code
   * segments}), the body, the embedded video and slides ({@code video: {src, title}}, {@code
   * slides: {src, title}}), a link to each other site language ({@link
   * TranslationIndex#switcherTarget(Post, Language)}), and links to the neighbours. Its head has
   * the canonical URL, the hreflang alternates of a translated post and Open Graph metadata.
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
        post.body(), new BodyContext(url, post.source(), post.body().startLine()));
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
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(neighbours, "neighbours");
    String url = urlOf(post);
    String safeUrl = Markup.safeUrl(url, false);
    Language language = languageOf(post);
    List<Problem> problems = new ArrayList<>();
    problems.addAll(body.problems());

    String title = titleOf(post);
    Optional<String> image = coverUrl(post, problems);

    Optional<String> description = post.description();
    if (description.isPresent() && description.get().isBlank()) {
      description = Optional.empty();
    }
    String media = mediaHtml(post, language, problems);
    String breadcrumb = breadcrumbHtml(post, language, title, problems);
    Pieces main =
        articleHtml(
            post, body, index, neighbours, language, title, description, image, media, breadcrumb);

    List<Alternate> alternates = new ArrayList<>();
    for (Alternate a : index.alternates(post)) {
      String target = Markup.safeUrl(a.url(), false);
      alternates.add(new Alternate(a.hreflang(), absolute(target)));
    }
    PageContent content =
        new PageContent(
            PageKind.POST,
            language,
            safeUrl,
            absolute(safeUrl),
            documentTitle(title, language),
            title,
            siteTitle(language),
            description,
            image.isPresent() ? Markup.absolute(site.baseUrl(), image.get()) : Optional.empty(),
            coverAlt(post),
            alternates,
            post.date(),
            main.join());
    return new Page(url, layout.render(content), problems);
  }

  /**
   * The content of {@code <main>} of a post page: language switches, heading, lead, tags, date,
   * cover, table of contents, the body, its video and slides, and the neighbours, in pieces not
   * joined yet.
   */
  private Pieces articleHtml(
      Post post,
      RenderedBody body,
      TranslationIndex index,
      Neighbours neighbours,
      Language language,
      String title,
      Optional<String> description,
      Optional<String> image,
      String media,
      String breadcrumb) {
    // The pieces are joined once, the body copied once (see Pieces).
    Pieces main = new Pieces(24);
    main.add(
            "<div class=\"fr-container fr-my-6w\">\n"
                + "<div class=\"fr-grid-row fr-grid-row--center\">\n"
                + "<div class=\"fr-col-12 fr-col-md-10 fr-col-lg-8\">\n")
        .add(breadcrumb)
        .add("<article>\n");
    for (Locale other : site.languages()) {
      Language target = Language.of(other);
      if (!target.equals(language)) {
        main.add(
            PageHtml.languageSwitch(
                Markup.safeUrl(index.switcherTarget(post, target), false),
                target,
                labels.readIn(target)));
      }
    }
    main.add("<h1>").add(Markup.text(title)).add("</h1>\n");
    if (description.isPresent()) {
      main.add("<p class=\"fr-text--lead\">").add(Markup.text(description.get())).add("</p>\n");
    }
    main.add(tagGroup(language, post));
    if (post.date().isPresent()) {
      main.add("<p class=\"fr-text--sm\">")
          .add(publishedOn(language, post.date().get()))
          .add("</p>\n");
    }
    if (image.isPresent() && !post.image().get().hide()) {
      main.add(PageHtml.coverFigure(image.get(), post.image().get()));
    }
    if (post.frontMatter().getBoolean("toc", false)) {
      main.add(
          bodyRenderer.tableOfContentsHtml(
              body.tableOfContents(), labels.get(language, Label.TABLE_OF_CONTENTS)));
    }
    String bodyHtml = body.html();
    main.add(bodyHtml);
    if (!bodyHtml.endsWith("\n")) {
      main.add("\n");
    }
    main.add(media)
        .add("</article>\n")
        .add(
            PageHtml.neighbours(
                labels, language, linkTo(neighbours.previous()), linkTo(neighbours.next())))
        .add("</div>\n</div>\n</div>\n");
    return main;
  }

  /**
   * The post's embedded video and slides ({@code video: {src, title}}, {@code slides: {src,
   * title}}), shown after the body; empty when it has neither. A source that cannot be framed is
   * left out with a warning (see {@link MediaEmbeds}).
   */
  private String mediaHtml(Post post, Language language, List<Problem> problems) {
    FrontMatter fm = post.frontMatter();
    if (!fm.has("video") && !fm.has("slides")) {
      return "";
    }
    boolean anyHost = bodyRenderer.policy() == HtmlPolicy.PASS;
    Set<String> hosts = bodyRenderer.allowedIframeHosts();
    String out = "";
    Optional<MediaEmbeds.Embed> video =
        MediaEmbeds.read(fm, "video", post.source(), anyHost, hosts, problems);
    if (video.isPresent()) {
      out = MediaEmbeds.videoHtml(video.get(), labels.get(language, Label.VIDEO));
    }
    Optional<MediaEmbeds.Embed> slides =
        MediaEmbeds.read(fm, "slides", post.source(), anyHost, hosts, problems);
    if (slides.isPresent()) {
      out += MediaEmbeds.slidesHtml(slides.get(), labels.get(language, Label.SLIDES));
    }
    return out;
  }

  /**
   * The DSFR breadcrumb of a post that asks for one ({@code showBreadcrumb: true}): the home page,
   * its {@code segments}, then the post; empty otherwise (see {@link Breadcrumbs}).
   */
  private String breadcrumbHtml(
      Post post, Language language, String title, List<Problem> problems) {
    if (!post.frontMatter().getBoolean("showBreadcrumb", false)) {
      return "";
    }
    Set<String> codes = new HashSet<>();
    for (Locale l : site.languages()) {
      codes.add(Language.of(l).code());
    }
    List<PageHtml.Link> segments =
        Breadcrumbs.read(post.frontMatter(), post.source(), language.code(), codes, problems);
    return Breadcrumbs.html(
        Markup.safeUrl(homeUrlPattern.replace("{lang}", language.code()), false),
        labels.get(language, Label.HOME),
        segments,
        title,
        labels.get(language, Label.BREADCRUMB),
        labels.get(language, Label.SHOW_BREADCRUMB));
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
    return blogIndexListing(language, posts).all();
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
    return tagListing(language, tag, posts).all();
  }

  /**
   * Renders any paginated listing of posts as DSFR cards: page 1 at {@code url}, page N at {@code
   * url + "page-N/"}, {@link Builder#pageSize(int)} posts a page, newest first.
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
    return renderListing(PageKind.LISTING, language, url, heading, posts);
  }

  private List<Page> renderListing(
      PageKind kind, Language language, String url, String heading, List<Post> posts) {
    return listing(kind, language, url, heading, posts, List.of()).all();
  }

  /** The blog index of a language, to render page by page. */
  public Listing blogIndexListing(Language language, List<Post> posts) {
    return listing(
        PageKind.LISTING,
        language,
        blogIndexUrl(language),
        labels.get(language, Label.BLOG),
        posts,
        blogIndexAlternates());
  }

  /**
   * The hreflang alternates of the first page of every blog index: one per site language, sorted by
   * language tag, then {@code x-default} for the first language; none for a site in one language.
   * Later pages get none, since the indexes of two languages need not hold as many posts.
   */
  private List<Alternate> blogIndexAlternates() {
    if (site.languages().size() < 2) {
      return List.of();
    }
    List<Alternate> out = new ArrayList<>();
    for (Locale locale : site.languages()) {
      Language other = Language.of(locale);
      out.add(new Alternate(other.code(), absolute(Markup.safeUrl(blogIndexUrl(other), false))));
    }
    out.sort(Alternate.byHreflang());
    Language first = Language.of(site.languages().get(0));
    out.add(
        new Alternate(Alternate.X_DEFAULT, absolute(Markup.safeUrl(blogIndexUrl(first), false))));
    return List.copyOf(out);
  }

  /** The pages of one tag in one language, to render page by page. */
  public Listing tagListing(Language language, Tag tag, List<Post> posts) {
    return listing(
        PageKind.TAG,
        language,
        tagUrl(language, tag),
        labels.postsTagged(language, tag.name()),
        posts,
        List.of());
  }

  private Listing listing(
      PageKind kind,
      Language language,
      String url,
      String heading,
      List<Post> posts,
      List<Alternate> firstPageAlternates) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(heading, "heading");
    List<Post> sorted = new ArrayList<>(posts.size());
    for (Post post : posts) {
      if (post.isPublished()) {
        sorted.add(post);
      }
    }
    sorted.sort(PostOrder.newestFirst());
    int pages = Math.max(1, (sorted.size() + pageSize - 1) / pageSize);
    List<String> urls = new ArrayList<>(pages);
    for (int n = 1; n <= pages; n++) {
      urls.add(Markup.safeUrl(pageUrl(url, n), false));
    }
    return new Listing(
        kind, language, url, heading, sorted, List.copyOf(urls), firstPageAlternates);
  }

  /**
   * A paginated listing whose pages can be rendered one at a time, so that a site build holds only
   * the pages it is writing. Thread-safe.
   */
  public final class Listing {
    private final PageKind kind;
    private final Language language;
    private final String url;
    private final String heading;
    private final List<Post> sorted;
    private final List<String> urls;
    private final List<Alternate> firstPageAlternates;

    private Listing(
        PageKind kind,
        Language language,
        String url,
        String heading,
        List<Post> sorted,
        List<String> urls,
        List<Alternate> firstPageAlternates) {
      this.kind = kind;
      this.language = language;
      this.url = url;
      this.heading = heading;
      this.sorted = sorted;
      this.urls = urls;
      this.firstPageAlternates = firstPageAlternates;
    }

    /** The number of pages, at least one. */
    public int pages() {
      return urls.size();
    }

    /** Renders every page, in order. */
    List<Page> all() {
      List<Page> out = new ArrayList<>(pages());
      for (int n = 1; n <= pages(); n++) {
        out.add(page(n));
      }
      return List.copyOf(out);
    }

    /** The URL of page {@code n} (1-based), as its {@link Page#url()}. */
    public String url(int n) {
      return pageUrl(url, n);
    }

    /**
     * What page {@code n} is made of, for a session to tell whether it changed: equal keys give
     * equal pages within one session (same renderer settings).
     */
    public List<Object> key(int n) {
      List<Object> key = new ArrayList<>();
      key.add(kind);
      key.add(language);
      key.add(url);
      key.add(heading);
      key.add(n);
      key.add(urls.size());
      for (Post post : sorted.subList((n - 1) * pageSize, Math.min(sorted.size(), n * pageSize))) {
        key.add(new Same(post.body()));
        key.add(post.url());
        key.add(post.language());
      }
      return key;
    }

    /** Renders page {@code n} (1-based). */
    public Page page(int n) {
      int pages = urls.size();
      List<Post> slice = sorted.subList((n - 1) * pageSize, Math.min(sorted.size(), n * pageSize));
      List<Problem> problems = new ArrayList<>();
      StringBuilder main = new StringBuilder(8192);
      main.append("<div class=\"fr-container fr-my-6w\">\n<h1>")
          .append(Markup.text(heading))
          .append("</h1>\n");
      String pageOf = labels.pageOf(language, n, pages);
      if (pages > 1) {
        main.append("<p class=\"fr-text--sm\">").append(Markup.text(pageOf)).append("</p>\n");
      }
      if (slice.isEmpty()) {
        main.append("<p>")
            .append(Markup.text(labels.get(language, Label.NO_POSTS)))
            .append("</p>\n");
      } else {
        main.append("<ul class=\"fr-grid-row fr-grid-row--gutters fr-raw-list\">\n");
        for (Post post : slice) {
          main.append("<li class=\"fr-col-12 fr-col-md-6 fr-col-lg-4\">\n")
              .append(card(language, post, problems))
              .append("</li>\n");
        }
        main.append("</ul>\n");
      }
      main.append(PageHtml.pagination(labels, language, n, urls));
      main.append("</div>\n");
      String pageUrl = urls.get(n - 1);
      String title = pages > 1 ? heading + " - " + pageOf : heading;
      PageContent content =
          new PageContent(
              kind,
              language,
              pageUrl,
              absolute(pageUrl),
              documentTitle(title, language),
              heading,
              siteTitle(language),
              Optional.empty(),
              Optional.empty(),
              "",
              n == 1 ? firstPageAlternates : List.of(),
              Optional.empty(),
              main.toString());
      return new Page(pageUrl(url, n), layout.render(content), problems);
    }
  }

  private String card(Language language, Post post, List<Problem> problems) {
    if (cards == null) {
      return makeCard(language, post, problems);
    }
    String key = language.code() + '\n' + post.source();
    Card card = cards.get(key);
    if (card == null) {
      List<Problem> found = new ArrayList<>();
      card = new Card(makeCard(language, post, found), List.copyOf(found));
      // Kept while the cards fit in a 32nd of the heap; made again past it.
      if (cardBudget.addAndGet(-2L * card.html().length()) >= 0) {
        cards.putIfAbsent(key, card);
      }
    }
    problems.addAll(card.problems());
    return card.html();
  }

  private String makeCard(Language language, Post post, List<Problem> problems) {
    Optional<String> src = coverUrl(post, problems);
    return PageHtml.card(
        new PageHtml.Card(
            Markup.safeUrl(post.url().orElseThrow(), false),
            titleOf(post),
            post.description().orElse(""),
            tagLinks(languageOrElse(post, language), post),
            post.date().isPresent() ? publishedOn(language, post.date().get()) : "",
            src.orElse(""),
            coverAlt(post)));
  }

  // ------------------------------------------------------------------ 404

  /**
   * Renders the "page not found" page of a language, at {@link Builder#notFoundPattern(String)}.
   *
   * @param language the language
   * @return the page
   */
  public Page renderNotFound(Language language) {
    String url = notFoundUrl(language);
    String safeUrl = Markup.safeUrl(url, false);
    String heading = labels.get(language, Label.NOT_FOUND_TITLE);
    StringBuilder main = new StringBuilder(2048);
    main.append("<div class=\"fr-container\">\n")
        .append("<div class=\"fr-my-7w fr-mt-md-12w fr-mb-md-10w fr-grid-row fr-grid-row--gutters")
        .append(" fr-grid-row--middle fr-grid-row--center\">\n")
        .append("<div class=\"fr-py-0 fr-col-12 fr-col-md-6\">\n<h1>")
        .append(Markup.text(heading))
        .append("</h1>\n<p class=\"fr-text--sm fr-mb-3w\">")
        .append(Markup.text(labels.get(language, Label.NOT_FOUND_CODE)))
        .append("</p>\n<p class=\"fr-text--lead fr-mb-3w\">")
        .append(Markup.text(labels.get(language, Label.NOT_FOUND_TEXT)))
        .append("</p>\n<p class=\"fr-text--sm fr-mb-5w\">")
        .append(Markup.text(labels.get(language, Label.NOT_FOUND_HINT)))
        .append(
            "</p>\n<ul class=\"fr-btns-group fr-btns-group--inline-md\">\n<li><a class=\"fr-btn\"")
        .append(" href=\"")
        .append(
            Markup.attribute(
                Markup.safeUrl(homeUrlPattern.replace("{lang}", language.code()), false)))
        .append("\">")
        .append(Markup.text(labels.get(language, Label.NOT_FOUND_HOME)))
        .append("</a></li>\n</ul>\n</div>\n</div>\n</div>\n");
    PageContent content =
        new PageContent(
            PageKind.NOT_FOUND,
            language,
            safeUrl,
            absolute(safeUrl),
            documentTitle(heading, language),
            heading,
            siteTitle(language),
            Optional.empty(),
            Optional.empty(),
            "",
            List.of(),
            Optional.empty(),
            main.toString());
    return new Page(url, layout.render(content));
  }

  // ------------------------------------------------------------------ helpers

  private Language languageOf(Post post) {
    if (post.language().isPresent()) {
      return Language.of(post.language().get());
    }
    return site.languages().isEmpty() ? Language.FRENCH : Language.of(site.languages().get(0));
  }

  private static Language languageOrElse(Post post, Language fallback) {
    return post.language().isPresent() ? Language.of(post.language().get()) : fallback;
  }

  private static String titleOf(Post post) {
    return post.title().isBlank() ? post.slug() : post.title();
  }

  private String siteTitle(Language language) {
    return site.title(language.locale()).orElse("");
  }

  private String documentTitle(String title, Language language) {
    String siteTitle = siteTitle(language);
    return siteTitle.isBlank() || siteTitle.equals(title) ? title : title + " - " + siteTitle;
  }

  private String absolute(String safeUrl) {
    return Markup.absolute(site.baseUrl(), safeUrl).orElse(safeUrl);
  }

  /** "Published on ..." with its time element, reused per language and date. */
  private String publishedOn(Language language, LocalDate date) {
    return BoundedCache.get(
        datesShown,
        MAX_DATES_SHOWN,
        new InLanguage(language, date),
        k -> PageHtml.publishedOn(labels, k.language, (LocalDate) k.value));
  }

  /** The tag group of a post page, its items reused from {@link #tagItems}. */
  private String tagGroup(Language language, Post post) {
    List<String> items = new ArrayList<>(post.tags().size());
    for (String name : post.tags()) {
      String item =
          BoundedCache.get(
              tagItems,
              MAX_TAG_ITEMS,
              new InLanguage(language, name),
              k -> tagItem(k.language, (String) k.value));
      if (!item.isEmpty()) {
        items.add(item);
      }
    }
    String label =
        BoundedCache.get(
            tagsLabels, MAX_TAGS_LABELS, language.code(), k -> labels.get(language, Label.TAGS));
    return PageHtml.tagGroupOf(items, label);
  }

  /** The list item of a tag on a post page; empty for a tag without a slug. */
  private String tagItem(Language language, String name) {
    Tag tag = Tag.of(name);
    return tag.slug().isEmpty()
        ? ""
        : PageHtml.tagItem(
            new PageHtml.Link(Markup.safeUrl(tagUrl(language, tag), false), name), false);
  }

  private List<PageHtml.Link> tagLinks(Language language, Post post) {
    List<PageHtml.Link> links = new ArrayList<>();
    for (String name : post.tags()) {
      Tag tag = Tag.of(name);
      if (tag.slug().isEmpty()) {
        continue;
      }
      links.add(new PageHtml.Link(Markup.safeUrl(tagUrl(language, tag), false), name));
    }
    return links;
  }

  /** The link to a neighbour, empty when there is none or it has no page. */
  private static Optional<PageHtml.Link> linkTo(Optional<Post> neighbour) {
    if (neighbour.isEmpty() || neighbour.get().url().isEmpty()) {
      return Optional.empty();
    }
    Post post = neighbour.get();
    return Optional.of(new PageHtml.Link(Markup.safeUrl(post.url().get(), false), titleOf(post)));
  }

  /** The cover image's URL, as {@link #imageUrl}; empty when the post has none. */
  private Optional<String> coverUrl(Post post, List<Problem> problems) {
    if (post.image().isEmpty()
        || (contentFolder != null
            && AssetRefs.isMissingFile(contentFolder, post, post.image().get().path()))) {
      return Optional.empty();
    }
    return imageUrl(post, post.image().get(), problems);
  }

  private static String coverAlt(Post post) {
    return post.image().isPresent() ? post.image().get().alt() : "";
  }

  /** The cover image's URL, resolved against the post's URL; empty (and a warning) when unsafe. */
  private Optional<String> imageUrl(Post post, CoverImage image, List<Problem> problems) {
    if (image.path().isBlank()) {
      return Optional.empty();
    }
    UrlRules rules = new UrlRules(post.url().orElse(""));
    if (rules.climbsAboveRoot(image.path())) {
      // Not shown: a browser would fetch another file than the one named; the site build reports
      // it (asset.outside-root).
      return Optional.empty();
    }
    String resolved = rules.rewrite(image.path().strip(), true);
    String safe = Markup.safeUrl(resolved, true);
    if (Markup.isBlocked(safe)) {
      Optional<SourcePosition> at = post.frontMatter().positionOf("image.path");
      int line = at.isPresent() ? at.get().line() : 0;
      problems.add(
          Problem.warning(
              post.source(),
              line,
              0,
              "url.unsafe",
              "the image path can run script and was left out",
              "give a path or an http(s) URL"));
      return Optional.empty();
    }
    return Optional.of(safe);
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
    private String blogIndexPattern = "/{lang}/blog/";
    private String tagPagePattern = "/{lang}/blog/tags/{tag}/";
    private String notFoundPattern = "/{lang}/404.html";
    private String homeUrlPattern = "/{lang}/";
    private java.nio.file.Path contentFolder;

    private Builder() {}

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
      this.blogIndexPattern = folderPattern(pattern, "{lang}");
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
      this.tagPagePattern = folderPattern(pattern, "{tag}");
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
      this.notFoundPattern = sitePath(pattern);
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
      this.homeUrlPattern = sitePath(pattern);
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

    private static String sitePath(String pattern) {
      Objects.requireNonNull(pattern, "pattern");
      if (!pattern.startsWith("/") || pattern.startsWith("//")) {
        throw new IllegalArgumentException(
            "'" + pattern + "' is not a site-relative URL; write it like /{lang}/blog/");
      }
      return pattern;
    }

    private static String folderPattern(String pattern, String placeholder) {
      String p = sitePath(pattern);
      if (!p.endsWith("/") || !p.contains(placeholder)) {
        throw new IllegalArgumentException(
            "'" + pattern + "' must end with / and hold " + placeholder + ", like /{lang}/blog/");
      }
      return p;
    }
  }
}

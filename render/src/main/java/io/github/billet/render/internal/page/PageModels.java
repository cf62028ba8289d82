package io.github.billet.render.internal.page;

import io.github.billet.core.CoverImage;
import io.github.billet.core.FrontMatter;
import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.core.SourcePosition;
import io.github.billet.i18n.Alternate;
import io.github.billet.i18n.Label;
import io.github.billet.i18n.Labels;
import io.github.billet.i18n.TranslationIndex;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.body.HtmlPolicy;
import io.github.billet.render.body.RenderedBody;
import io.github.billet.render.body.TocEntry;
import io.github.billet.render.internal.html.Markup;
import io.github.billet.render.internal.html.MediaEmbeds;
import io.github.billet.render.internal.safety.UrlRules;
import io.github.billet.render.page.Cover;
import io.github.billet.render.page.Media;
import io.github.billet.render.page.Navigation;
import io.github.billet.render.page.Neighbours;
import io.github.billet.render.page.NotFoundPage;
import io.github.billet.render.page.PageHead;
import io.github.billet.render.page.PageKind;
import io.github.billet.render.page.PageLink;
import io.github.billet.render.page.PageRenderer;
import io.github.billet.render.page.PostCard;
import io.github.billet.render.page.PostPage;
import io.github.billet.render.page.Tag;
import io.github.billet.render.page.Translation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes the page models of posts, cards and the "page not found" page from posts and the renderer's
 * settings: every URL past the safe-URL rule, every unsafe front matter value left out with a
 * warning. Immutable and thread-safe.
 */
public final class PageModels {

  private final SiteConfig site;
  private final Labels labels;
  private final BodyRenderer bodyRenderer;
  private final PageUrls urls;
  // Null when covers are shown without checking their file.
  private final Path contentFolder;
  private final FrameModels frames;
  // Null when every tag links to the tag page pattern's URL.
  private final PageRenderer.TagPages tagPages;
  // Null when every breadcrumb segment is linked.
  private final java.util.function.Predicate<String> pageExists;

  /**
   * Makes the models of one renderer.
   *
   * @param site the site (title, base URL, languages)
   * @param labels the labels
   * @param bodyRenderer the body renderer (its frame hosts decide the video and slides)
   * @param urls the page URLs
   * @param contentFolder the content folder to check covers in; null to show every cover
   * @param tagPages where tag chips link; null for the tag page pattern of {@code urls}
   * @param pageExists tells whether a site path has a page; null to link every breadcrumb segment
   */
  public PageModels(
      SiteConfig site,
      Labels labels,
      BodyRenderer bodyRenderer,
      PageUrls urls,
      Path contentFolder,
      PageRenderer.TagPages tagPages,
      java.util.function.Predicate<String> pageExists) {
    this.site = site;
    this.labels = labels;
    this.bodyRenderer = bodyRenderer;
    this.urls = urls;
    this.contentFolder = contentFolder;
    this.tagPages = tagPages;
    this.pageExists = pageExists;
    this.frames = new FrameModels(site, labels, urls);
  }

  private PageModels(PageModels m, FrameModels frames) {
    this.site = m.site;
    this.labels = m.labels;
    this.bodyRenderer = m.bodyRenderer;
    this.urls = m.urls;
    this.contentFolder = m.contentFolder;
    this.tagPages = m.tagPages;
    this.pageExists = m.pageExists;
    this.frames = frames;
  }

  /**
   * Returns these models with the site's menus (and feed links when the build writes feeds).
   *
   * @param menus each language's menu by language code
   * @param feeds true when the build writes each language's feeds
   * @return the copy
   */
  public PageModels withMenus(Map<String, Navigation> menus, boolean feeds) {
    return new PageModels(this, frames.withMenus(menus, feeds));
  }

  /**
   * Returns the frames of the pages.
   *
   * @return the frame models
   */
  public FrameModels frames() {
    return frames;
  }

  /**
   * The model of a post page.
   *
   * @param post a published post
   * @param body its rendered body
   * @param index the translation index; empty for a post rendered on its own (no alternate, no
   *     language link)
   * @param neighbours the previous and next posts
   * @param problems where the warnings of front matter values go
   */
  public PostPage postPage(
      Post post,
      RenderedBody body,
      Optional<TranslationIndex> index,
      Neighbours neighbours,
      List<Problem> problems) {
    String url = post.url().orElseThrow();
    String safeUrl = Markup.safeUrl(url, false);
    Language language = languageOf(post);
    String title = titleOf(post);
    Optional<String> image = coverUrl(post, problems);
    Optional<String> description = post.description();
    if (description.isPresent() && description.get().isBlank()) {
      description = Optional.empty();
    }
    List<Media> media = media(post, problems);
    List<PageLink> breadcrumb = breadcrumb(post, language, problems);
    List<Alternate> alternates = new ArrayList<>();
    List<Translation> translations = new ArrayList<>();
    Map<String, String> targets = new HashMap<>();
    if (index.isPresent()) {
      for (Alternate a : index.get().alternates(post)) {
        alternates.add(alternate(a.hreflang(), Markup.safeUrl(a.sitePath(), false)));
      }
      for (Language target : site.languages()) {
        Optional<Post> translation =
            target.equals(language) ? Optional.empty() : index.get().translation(post, target);
        if (translation.isPresent() && translation.get().url().isPresent()) {
          // Only a real translation: the language switcher leads elsewhere otherwise.
          String translated = Markup.safeUrl(translation.get().url().get(), false);
          translations.add(new Translation(target, translated, labels.readIn(target)));
          targets.put(target.code(), translated);
        }
      }
    }
    PageHead head =
        new PageHead(
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
            frames.frame(language, safeUrl, targets));
    Optional<Cover> cover =
        image.map(src -> new Cover(src, coverAlt(post), post.image().get().hide()));
    List<TocEntry> toc =
        post.frontMatter().getBoolean("toc", false) ? body.tableOfContents() : List.of();
    return new PostPage(
        head,
        post,
        labels,
        title,
        description,
        post.date(),
        tagLinks(language, post),
        cover,
        body,
        toc,
        translations,
        linkTo(neighbours.previous()),
        linkTo(neighbours.next()),
        breadcrumb,
        media);
  }

  /**
   * The card of a post in a listing.
   *
   * @param language the listing's language (tags link to the post's own language when it has one)
   * @param post a published post
   * @param problems where the warnings of an unsafe cover go
   */
  public PostCard card(Language language, Post post, List<Problem> problems) {
    Optional<String> src = coverUrl(post, problems);
    Optional<String> description = post.description();
    if (description.isPresent() && description.get().isBlank()) {
      description = Optional.empty();
    }
    return new PostCard(
        post,
        Markup.safeUrl(post.url().orElseThrow(), false),
        titleOf(post),
        description,
        tagLinks(post.language().isPresent() ? post.language().get() : language, post),
        post.date(),
        src.map(s -> new Cover(s, coverAlt(post), post.image().get().hide())));
  }

  /**
   * The head of a listing page.
   *
   * @param kind listing or tag
   * @param language the language
   * @param pageUrl the page's safe URL
   * @param heading the listing's title
   * @param title the document title's first part
   * @param alternates the page's alternates
   */
  public PageHead listingHead(
      PageKind kind,
      Language language,
      String pageUrl,
      String heading,
      String title,
      List<Alternate> alternates) {
    Map<String, String> targets = new HashMap<>();
    if (kind == PageKind.LISTING && pageUrl.equals(urls.blogIndexUrl(language))) {
      // The first page of a blog index has its counterpart in every language.
      for (Language other : site.languages()) {
        targets.put(other.code(), urls.blogIndexUrl(other));
      }
    }
    return new PageHead(
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
        alternates,
        Optional.empty(),
        frames.frame(language, pageUrl, targets));
  }

  /** The model of a language's "page not found" page. */
  public NotFoundPage notFound(Language language) {
    String safeUrl = Markup.safeUrl(urls.notFoundUrl(language), false);
    String heading = labels.get(language, Label.NOT_FOUND_TITLE);
    PageHead head =
        new PageHead(
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
            frames.frame(language, safeUrl, Map.of()));
    return new NotFoundPage(head, labels, urls.homeUrl(language));
  }

  /**
   * The hreflang alternates of the first page of every blog index: one per site language, sorted by
   * language tag, then {@code x-default} for the first language; none for a site in one language.
   * Later pages get none, since the indexes of two languages need not hold as many posts.
   */
  public List<Alternate> blogIndexAlternates() {
    return alternates(urls.blogIndex());
  }

  /**
   * The hreflang alternates of a page that every site language has at a URL pattern, as {@link
   * #blogIndexAlternates()} makes them.
   *
   * @param pattern the pages' URL, {@code {lang}} for the language
   */
  public List<Alternate> alternates(String pattern) {
    if (site.languages().size() < 2) {
      return List.of();
    }
    List<Alternate> out = new ArrayList<>();
    for (Language other : site.languages()) {
      out.add(
          alternate(other.code(), Markup.safeUrl(pattern.replace("{lang}", other.code()), false)));
    }
    out.sort(Alternate.byHreflang());
    Language first = site.languages().get(0);
    out.add(
        alternate(
            Alternate.X_DEFAULT, Markup.safeUrl(pattern.replace("{lang}", first.code()), false)));
    return List.copyOf(out);
  }

  /** An alternate with the site's base URL, when it has one. */
  private Alternate alternate(String hreflang, String safeSitePath) {
    return new Alternate(hreflang, safeSitePath, Markup.absolute(site.baseUrl(), safeSitePath));
  }

  /** The site's title in a language, empty when it has none. */
  public String siteTitleIn(Language language) {
    return siteTitle(language);
  }

  /** The absolute form of a safe site URL; itself when the site has no base URL. */
  public String absolute(String safeUrl) {
    return Markup.absolute(site.baseUrl(), safeUrl).orElse(safeUrl);
  }

  /**
   * The language of a post's page: its own, else the site's first.
   *
   * @param post the post
   * @return its page's language
   */
  public Language languageOf(Post post) {
    if (post.language().isPresent()) {
      return post.language().get();
    }
    return site.languages().isEmpty() ? Language.FRENCH : site.languages().get(0);
  }

  private static String titleOf(Post post) {
    return post.title().isBlank() ? post.slug() : post.title();
  }

  private String siteTitle(Language language) {
    return site.title(language).orElse("");
  }

  private String documentTitle(String title, Language language) {
    String siteTitle = siteTitle(language);
    return siteTitle.isBlank() || siteTitle.equals(title) ? title : title + " - " + siteTitle;
  }

  private List<PageLink> tagLinks(Language language, Post post) {
    List<PageLink> links = new ArrayList<>(post.tags().size());
    for (String name : post.tags()) {
      Tag tag = Tag.of(name);
      if (tag.slug().isEmpty()) {
        continue;
      }
      if (tagPages == null) {
        links.add(new PageLink(Markup.safeUrl(urls.tagUrl(language, tag), false), name));
      } else {
        // A tag whose page is not built gets no chip: a chip is a link.
        tagPages
            .url(post, tag)
            .ifPresent(url -> links.add(new PageLink(Markup.safeUrl(url, false), name)));
      }
    }
    return links;
  }

  /** The link to a neighbour, empty when there is none or it has no page. */
  private static Optional<PageLink> linkTo(Optional<Post> neighbour) {
    if (neighbour.isEmpty() || neighbour.get().url().isEmpty()) {
      return Optional.empty();
    }
    Post post = neighbour.get();
    return Optional.of(new PageLink(Markup.safeUrl(post.url().get(), false), titleOf(post)));
  }

  /**
   * The post's embedded video and slides ({@code video: {src, title}}, {@code slides: {src,
   * title}}); a source that cannot be framed is left out with a warning (see {@link MediaEmbeds}).
   */
  private List<Media> media(Post post, List<Problem> problems) {
    FrontMatter fm = post.frontMatter();
    if (!fm.has("video") && !fm.has("slides")) {
      return List.of();
    }
    boolean anyHost = bodyRenderer.policy() == HtmlPolicy.PASS;
    Set<String> hosts = bodyRenderer.allowedIframeHosts();
    List<Media> out = new ArrayList<>(2);
    MediaEmbeds.read(fm, "video", post.source(), anyHost, hosts, problems)
        .ifPresent(e -> out.add(new Media(Media.Kind.VIDEO, e.src(), e.title())));
    MediaEmbeds.read(fm, "slides", post.source(), anyHost, hosts, problems)
        .ifPresent(e -> out.add(new Media(Media.Kind.SLIDES, e.src(), e.title())));
    return out;
  }

  /**
   * The breadcrumb of a post that asks for one ({@code showBreadcrumb: true}): the home page, then
   * its {@code segments}; empty otherwise (see {@link Breadcrumbs}).
   */
  private List<PageLink> breadcrumb(Post post, Language language, List<Problem> problems) {
    if (!post.frontMatter().getBoolean("showBreadcrumb", false)) {
      return List.of();
    }
    Set<String> codes = new HashSet<>();
    for (Language l : site.languages()) {
      codes.add(l.code());
    }
    List<PageLink> links = new ArrayList<>();
    links.add(new PageLink(urls.homeUrl(language), labels.get(language, Label.HOME)));
    for (PageHtml.Link segment :
        Breadcrumbs.read(post.frontMatter(), post.source(), language.code(), codes, problems)) {
      if (pageExists != null && !leadsToAPage(segment.url())) {
        continue; // a parent folder without a page of its own is left out of the trail
      }
      links.add(new PageLink(segment.url(), segment.text()));
    }
    return links;
  }

  /** Whether a segment's URL leads to a page: a site path must have one; other URLs do. */
  private boolean leadsToAPage(String url) {
    if (!url.startsWith("/") || url.startsWith("//")) {
      return true;
    }
    String path = url.split("[?#]", 2)[0];
    return pageExists.test(path);
  }

  /** The cover image's URL, as {@link #imageUrl}; empty when the post has none. */
  private Optional<String> coverUrl(Post post, List<Problem> problems) {
    Optional<String> served =
        post.image().isEmpty() || contentFolder == null
            ? Optional.empty()
            : StaticUrls.of(site, contentFolder)
                .urlOf(contentFolder, post, post.image().get().path().strip());
    if (served.isPresent()) {
      return Optional.of(Markup.safeUrl(served.get(), true));
    }
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
  private static Optional<String> imageUrl(Post post, CoverImage image, List<Problem> problems) {
    if (image.path().isBlank()) {
      return Optional.empty();
    }
    UrlRules rules = new UrlRules(post.url().orElse(""));
    if (rules.climbsAboveRoot(image.path())) {
      // Not shown: a browser would fetch another file than the one named; the site build reports
      // it (asset.outside-root).
      return Optional.empty();
    }
    String safe = Markup.safeUrl(rules.rewrite(image.path().strip(), true), true);
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
}

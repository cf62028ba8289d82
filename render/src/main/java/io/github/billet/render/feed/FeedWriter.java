package io.github.billet.render.feed;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.render.body.BodyContext;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.body.RenderedBody;
import io.github.billet.render.internal.feed.AtomFeed;
import io.github.billet.render.internal.feed.FeedDocument;
import io.github.billet.render.internal.feed.FrontMatterAuthors;
import io.github.billet.render.internal.feed.JsonFeed;
import io.github.billet.render.internal.feed.SiteUrls;
import io.github.billet.render.internal.html.MediaEmbeds;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the Atom (RFC 4287) and JSON Feed 1.1 feeds of a list of posts. Immutable and thread-safe
 * (as long as the content function given to the builder is).
 *
 * <p>A feed holds the {@link #limit()} newest posts (ten by default) that are published, not drafts
 * and dated; posts of the same day are ordered by URL, so that the same posts always give the same
 * bytes. Nothing depends on the current time: the feed's {@code updated} date is the newest
 * entry's. The caller chooses the posts: all of them for a site-wide feed, or {@link
 * #entries(Collection, Language)} for the feed of one language.
 *
 * <p>Each entry has the post's absolute URL as id and link, its title, date (midnight UTC),
 * description as summary, full content as HTML with every URL made absolute (the body, then a link
 * to the post's {@code video} and {@code slides}, which feed readers would not frame), language,
 * visible tags, cover image and front matter authors. Every value is escaped for XML or JSON;
 * characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF, unpaired surrogates) are left out
 * of both formats.
 *
 * <pre>{@code
 * FeedWriter feeds = FeedWriter.builder()
 *     .baseUrl("https://code.gouv.fr")
 *     .content(post -> renderedBodies.get(post.source()))
 *     .build();
 * FeedMetadata fr = FeedMetadata.builder()
 *     .title("code.gouv.fr").language(Language.FRENCH).homePageUrl("/fr/blog/")
 *     .atomUrl("/fr/feed/feed.xml").jsonUrl("/fr/feed/feed.json").build();
 * List<Post> french = feeds.entries(tree.posts(), Language.FRENCH);
 * String atom = feeds.atom(fr, french);
 * String json = feeds.json(fr, french);
 * }</pre>
 */
public final class FeedWriter {

  private static final Logger LOG = LoggerFactory.getLogger(FeedWriter.class);

  /** The order of {@link #entries(Collection)}: newest first, then by URL, then by source path. */
  private static final Comparator<Post> FEED_ORDER =
      Comparator.comparing((Post p) -> p.date().orElseThrow(), Comparator.reverseOrder())
          .thenComparing(p -> p.url().orElseThrow())
          .thenComparing(Post::source);

  private final SiteUrls urls;
  private final int limit;
  private final Function<Post, String> content;
  private final JsonFactory jsonFactory;

  private FeedWriter(Builder b) {
    this.urls = new SiteUrls(b.baseUrl);
    this.limit = b.limit;
    this.content = b.content == null ? rendering(BodyRenderer.builder().build()) : b.content;
    this.jsonFactory = JsonFeed.factory();
  }

  /**
   * Starts a builder.
   *
   * @return a builder: ten entries, content rendered with a default {@link BodyRenderer}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the base URL put in front of site-relative URLs.
   *
   * @return the base URL, without trailing slash
   */
  public String baseUrl() {
    return urls.baseUrl();
  }

  /**
   * Returns the most entries a feed holds.
   *
   * @return the limit
   */
  public int limit() {
    return limit;
  }

  /**
   * Chooses the posts a feed shows: published, not drafts, dated; newest first, then by URL; at
   * most {@link #limit()}; one post per URL.
   *
   * @param posts any posts
   * @return the feed's posts, in feed order
   */
  public List<Post> entries(Collection<Post> posts) {
    List<Post> candidates = new ArrayList<>();
    for (Post post : posts) {
      if (post.isPublished() && !post.draft() && post.date().isPresent()) {
        candidates.add(post);
      }
    }
    candidates.sort(FEED_ORDER);
    List<Post> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Post post : candidates) {
      if (out.size() == limit) {
        break;
      }
      if (seen.add(post.url().orElseThrow())) {
        out.add(post);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Chooses the posts of one language's feed: like {@link #entries(Collection)} among the posts
   * whose language is {@code language} (compared by language code, so {@code fr-CA} counts as
   * {@code fr}). Posts of unknown language are left out.
   *
   * @param posts any posts
   * @param language the language
   * @return the feed's posts, in feed order
   */
  public List<Post> entries(Collection<Post> posts, Language language) {
    Objects.requireNonNull(language, "language");
    String code = language.code();
    List<Post> same = new ArrayList<>();
    for (Post post : posts) {
      if (post.language().isPresent() && post.language().get().code().equals(code)) {
        same.add(post);
      }
    }
    return entries(same);
  }

  /**
   * The Atom feed and the JSON Feed of the same posts, made from one reading of them.
   *
   * @param atom the Atom XML document
   * @param json the JSON Feed 1.1 document
   */
  public record Both(String atom, String json) {}

  /**
   * Writes the Atom feed and the JSON Feed of the posts at once, reading each post's content once
   * for both (what {@link #atom} and {@link #json} give one by one).
   *
   * <pre>{@code
   * FeedWriter.Both feeds = writer.both(metadata, posts);
   * Files.writeString(out.resolve("feed.xml"), feeds.atom());
   * Files.writeString(out.resolve("feed.json"), feeds.json());
   * }</pre>
   *
   * @param feed what the feeds say about themselves
   * @param posts the posts; {@link #entries(Collection)} chooses among them
   * @return both documents
   */
  public Both both(FeedMetadata feed, Collection<Post> posts) {
    FeedDocument document = document(feed, posts);
    return new Both(AtomFeed.write(document), json(document));
  }

  /**
   * Writes the Atom feed of the posts.
   *
   * @param feed what the feed says about itself
   * @param posts the posts; {@link #entries(Collection)} chooses among them
   * @return the XML document, UTF-8 when written out
   */
  public String atom(FeedMetadata feed, Collection<Post> posts) {
    return AtomFeed.write(document(feed, posts));
  }

  /**
   * Writes the Atom feed of the posts as UTF-8.
   *
   * @param feed what the feed says about itself
   * @param posts the posts; {@link #entries(Collection)} chooses among them
   * @param out where to write; not closed
   * @throws IOException when writing fails
   */
  public void writeAtom(FeedMetadata feed, Collection<Post> posts, OutputStream out)
      throws IOException {
    out.write(atom(feed, posts).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Writes the JSON Feed 1.1 of the posts.
   *
   * @param feed what the feed says about itself
   * @param posts the posts; {@link #entries(Collection)} chooses among them
   * @return the JSON document
   */
  public String json(FeedMetadata feed, Collection<Post> posts) {
    return json(document(feed, posts));
  }

  private String json(FeedDocument document) {
    StringWriter out = new StringWriter();
    try {
      JsonFeed.write(jsonFactory, document, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.toString();
  }

  /**
   * Writes the JSON Feed 1.1 of the posts as UTF-8.
   *
   * @param feed what the feed says about itself
   * @param posts the posts; {@link #entries(Collection)} chooses among them
   * @param out where to write; not closed
   * @throws IOException when writing fails
   */
  public void writeJson(FeedMetadata feed, Collection<Post> posts, OutputStream out)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    JsonFeed.write(jsonFactory, document(feed, posts), writer);
    writer.flush();
  }

  private FeedDocument document(FeedMetadata feed, Collection<Post> posts) {
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(posts, "posts");
    String home = link(feed.homePageUrl());
    Optional<String> atom = link(feed.atomUrl());
    Optional<String> json = link(feed.jsonUrl());
    String id = feed.id().orElse(atom.orElse(home));
    List<FeedDocument.Entry> entries = new ArrayList<>();
    for (Post post : entries(posts)) {
      entries.add(entry(post));
    }
    return new FeedDocument(
        feed.title(),
        nonBlank(feed.subtitle()),
        languageTag(feed.language()),
        home,
        atom,
        json,
        id,
        authors(feed.authors()),
        entries);
  }

  private FeedDocument.Entry entry(Post post) {
    String url = link(post.url().orElseThrow());
    String html = content.apply(post);
    html = html == null || html.isBlank() ? "" : urls.html(html, url);
    // The page reports a medium it leaves out; the feed leaves it out silently.
    html += MediaEmbeds.feedLinks(post.frontMatter(), post.source());
    Optional<String> image = Optional.empty();
    if (post.image().isPresent()) {
      String path = post.image().get().path().strip();
      if (!path.isEmpty()) {
        image = Optional.of(SiteUrls.encode(urls.absolute(path, url)));
      }
    }
    return new FeedDocument.Entry(
        url,
        url,
        post.title(),
        nonBlank(post.description()),
        html,
        post.date().orElseThrow(),
        languageTag(post.language()),
        post.tags(),
        image,
        authors(FrontMatterAuthors.read(post.frontMatter())));
  }

  private List<FeedAuthor> authors(List<FeedAuthor> authors) {
    List<FeedAuthor> out = new ArrayList<>(authors.size());
    for (FeedAuthor a : authors) {
      out.add(new FeedAuthor(a.name(), link(a.url())));
    }
    return out;
  }

  private String link(String url) {
    return SiteUrls.encode(urls.absolute(url));
  }

  private Optional<String> link(Optional<String> url) {
    return url.isPresent() ? Optional.of(link(url.get())) : Optional.empty();
  }

  private static Optional<String> nonBlank(Optional<String> text) {
    return text.isPresent() && text.get().isBlank() ? Optional.empty() : text;
  }

  private static Optional<String> languageTag(Optional<Language> language) {
    return language.isPresent() ? Optional.of(language.get().code()) : Optional.empty();
  }

  /** The context with the post's language, when it has one. */
  private static BodyContext withLanguage(BodyContext context, Post post) {
    return post.language().map(context::withLanguage).orElse(context);
  }

  /** Renders a post's Markdown body with a body renderer; problems are logged at debug level. */
  private static Function<Post, String> rendering(BodyRenderer renderer) {
    Parser parser =
        Parser.builder()
            .extensions(renderer.extensions())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    return post -> {
      RenderedBody body =
          renderer.render(
              parser.parse(post.body().markdown()),
              withLanguage(
                  new BodyContext(post.url().orElse(""), post.source(), post.body().startLine()),
                  post));
      body.problems().forEach(p -> LOG.debug("feed content: {}", p));
      return body.html();
    };
  }

  /**
   * Configures a {@link FeedWriter}. Not thread-safe; the writer it builds is.
   *
   * <pre>{@code
   * FeedWriter feeds = FeedWriter.builder().baseUrl("https://code.gouv.fr").limit(20).build();
   * }</pre>
   */
  public static final class Builder {
    private String baseUrl;
    private int limit = 10;
    private Function<Post, String> content;

    private Builder() {}

    /**
     * Sets the site's base URL (required), put in front of site-relative URLs.
     *
     * @param baseUrl an absolute {@code http(s)} URL such as {@code https://code.gouv.fr}
     * @return this builder
     * @throws IllegalArgumentException when it is not one
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = SiteUrls.checkBaseUrl(baseUrl);
      return this;
    }

    /**
     * Sets the most entries a feed holds (ten by default).
     *
     * @param limit at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder limit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("a feed holds at least one entry; got " + limit);
      }
      this.limit = limit;
      return this;
    }

    /**
     * Sets how an entry's full content is obtained: usually the post's body already rendered for
     * its page. Relative URLs in it are made absolute. A null or blank result means no content (the
     * JSON feed then carries the description as {@code content_text}).
     *
     * @param content the post's body HTML; must be thread-safe if the writer is shared
     * @return this builder
     */
    public Builder content(Function<Post, String> content) {
      this.content = Objects.requireNonNull(content, "content");
      return this;
    }

    /**
     * Renders each entry's content from the post's Markdown body with a renderer (the default uses
     * {@code BodyRenderer.builder().build()}).
     *
     * @param renderer the renderer
     * @return this builder
     */
    public Builder content(BodyRenderer renderer) {
      this.content = rendering(Objects.requireNonNull(renderer, "renderer"));
      return this;
    }

    /**
     * Builds the writer.
     *
     * @return an immutable, thread-safe writer
     * @throws IllegalStateException when no base URL was set
     */
    public FeedWriter build() {
      if (baseUrl == null) {
        throw new IllegalStateException(
            "feeds need absolute URLs: call baseUrl(\"https://your.site\") first");
      }
      return new FeedWriter(this);
    }
  }
}

package io.github.billet.render.internal.site;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.SiteConfig;
import io.github.billet.i18n.Labels;
import io.github.billet.render.body.RenderedBody;
import io.github.billet.render.feed.FeedMetadata;
import io.github.billet.render.feed.FeedWriter;
import io.github.billet.render.page.PageRenderer;
import io.github.billet.render.site.BuildListener;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The build's feed stage: the site's Atom and JSON feeds ({@code feed/}) and each language's
 * ({@code fr/feed/}), titled by the site's title in their language.
 *
 * <pre>{@code
 * new FeedStage(config, 20, listener).write(files, bodies, pages, published, languages);
 * }</pre>
 */
public final class FeedStage {

  private final SiteConfig config;
  private final int feedSize;
  private final BuildListener listener;

  /**
   * Creates the stage.
   *
   * @param config the site's configuration
   * @param feedSize the most posts a feed holds
   * @param listener told of the stage's progress
   */
  public FeedStage(SiteConfig config, int feedSize, BuildListener listener) {
    this.config = config;
    this.feedSize = feedSize;
    this.listener = listener;
  }

  /**
   * Writes the site's feeds and each language's.
   *
   * @param files where to write
   * @param bodies the bodies rendered while loading
   * @param pages renders the bodies not kept
   * @param published the published posts
   * @param languages the site's languages
   */
  public void write(
      SiteFiles files,
      BodyStore bodies,
      PageRenderer pages,
      List<Post> published,
      List<Language> languages) {
    listener.progress("feeds", 0, languages.size() + 1);
    FeedWriter feeds = feedWriter(bodies, pages);
    // The site's feeds and each language's are written in parallel: each pair has its own files,
    // and the problems are sorted at the end.
    List<Optional<Language>> feedLanguages = new ArrayList<>();
    feedLanguages.add(Optional.empty());
    for (Language language : languages) {
      feedLanguages.add(Optional.of(language));
    }
    AtomicInteger done = new AtomicInteger();
    feedLanguages.parallelStream()
        .forEach(
            language -> {
              List<Post> posts =
                  language.isEmpty() ? published : postsIn(published, language.get());
              String folder = language.isEmpty() ? "feed/" : language.get().code() + "/feed/";
              writeFeedPair(files, feeds, folder, language, posts);
              listener.progress("feeds", done.incrementAndGet(), feedLanguages.size());
            });
  }

  /**
   * Writes the Atom and JSON feeds of each section that has feeds, in each language, at {@code
   * <section URL>feed/}, titled by the section's title and the site's.
   *
   * @param files where to write
   * @param bodies the bodies rendered while loading
   * @param pages renders the bodies not kept
   * @param sections the sections' posts
   * @param languages the site's languages
   * @param labels the labels (titles of sections without one)
   */
  public void writeSections(
      SiteFiles files,
      BodyStore bodies,
      PageRenderer pages,
      List<SiteSections.Listed> sections,
      List<Language> languages,
      Labels labels) {
    FeedWriter feeds = feedWriter(bodies, pages);
    for (SiteSections.Listed section : sections) {
      SiteSections.Entry entry = section.entry();
      if (!entry.section().feed()) {
        continue;
      }
      for (Language language : languages) {
        String url = entry.url(language);
        String site = feedTitle(Optional.of(language));
        String title = entry.title(language, labels);
        FeedMetadata metadata =
            FeedMetadata.builder()
                .title(site.isBlank() || site.equals(title) ? title : title + " - " + site)
                .homePageUrl(url)
                .atomUrl(url + "feed/feed.xml")
                .jsonUrl(url + "feed/feed.json")
                .language(language)
                .build();
        FeedWriter.Both both = feeds.both(metadata, section.timeline().posts(language));
        files.write(
            url.substring(1) + "feed/feed.xml", both.atom().getBytes(StandardCharsets.UTF_8));
        files.write(
            url.substring(1) + "feed/feed.json", both.json().getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private FeedWriter feedWriter(BodyStore bodies, PageRenderer pages) {
    return FeedWriter.builder()
        .baseUrl(config.baseUrl())
        .limit(feedSize)
        .content(
            post -> {
              // The body rendered while loading, else rendered now.
              RenderedBody kept = bodies.get(post.source());
              return kept != null ? kept.html() : pages.renderBody(post).html();
            })
        .build();
  }

  /** The posts of one language, compared by language code. */
  private static List<Post> postsIn(List<Post> posts, Language language) {
    List<Post> in = new ArrayList<>();
    for (Post post : posts) {
      if (post.language().isPresent() && post.language().get().code().equals(language.code())) {
        in.add(post);
      }
    }
    return in;
  }

  private void writeFeedPair(
      SiteFiles files,
      FeedWriter feeds,
      String folder,
      Optional<Language> language,
      List<Post> posts) {
    FeedMetadata.Builder meta =
        FeedMetadata.builder()
            .title(feedTitle(language))
            .homePageUrl(language.isEmpty() ? "/" : "/" + language.get().code() + "/blog/")
            .atomUrl("/" + folder + "feed.xml")
            .jsonUrl("/" + folder + "feed.json");
    if (language.isPresent()) {
      meta.language(language.get());
    }
    FeedMetadata metadata = meta.build();
    FeedWriter.Both both = feeds.both(metadata, posts);
    files.write(folder + "feed.xml", both.atom().getBytes(StandardCharsets.UTF_8));
    files.write(folder + "feed.json", both.json().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A feed's title: the site's title in the feed's language (the site-wide feed's is the first
   * configured language), else the first title given, else the site's URL.
   */
  private String feedTitle(Optional<Language> language) {
    Optional<Language> in =
        language.isPresent()
            ? language
            : config.languages().isEmpty()
                ? Optional.empty()
                : Optional.of(config.languages().get(0));
    if (in.isPresent()) {
      Optional<String> title = config.title(in.get());
      if (title.isPresent()) {
        return title.get();
      }
    }
    Iterator<String> titles = config.titles().values().iterator();
    return titles.hasNext() ? titles.next() : config.baseUrl();
  }
}

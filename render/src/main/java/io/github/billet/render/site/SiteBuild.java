package io.github.billet.render.site;

import io.github.billet.core.PostParser;
import io.github.billet.core.SiteConfig;
import io.github.billet.i18n.Labels;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.body.HtmlPolicy;
import io.github.billet.render.body.Shortcode;
import io.github.billet.render.internal.output.OutputFaults;
import io.github.billet.render.internal.page.DsfrFiles;
import io.github.billet.render.internal.site.BodyStore;
import io.github.billet.render.internal.site.BuildProblems;
import io.github.billet.render.internal.site.BuildSettings;
import io.github.billet.render.internal.site.OutputBuild;
import io.github.billet.render.internal.site.SitePlan;
import io.github.billet.render.internal.site.SiteRun;
import io.github.billet.render.internal.site.SiteStages;
import io.github.billet.render.page.DsfrLayout;
import io.github.billet.render.page.PageLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a whole bilingual site from a content folder into an output folder: loads and pairs the
 * posts, renders every post page, the blog index and tag pages of each language, the 404 pages,
 * Atom and JSON feeds (all languages and one per language), the sitemap, copies each post's
 * relative images and files next to its page, and writes {@code problems.json}. Immutable and
 * thread-safe; posts are rendered on all cores, output is deterministic.
 *
 * <p>The site is written into a new generation in Billet's hidden folder beside the output path
 * ({@code .<name>.billet/}), and the output path, a symbolic link to the live generation, is
 * switched to it by one atomic rename at the end: at every instant the output path shows a whole
 * site, the old or the new; a failed build leaves the previous site as it was. A lock in the hidden
 * folder keeps two builds from writing one output at once ({@code output.busy}), and each build
 * deletes what dead builds left there. Nothing outside the output path and that hidden folder is
 * ever written or deleted, and a folder that Billet did not write is never replaced. A rebuild
 * rewrites only the files whose bytes changed. Content problems do not stop the build: every good
 * page is written and the problems are in the report; but a content folder without any post to
 * publish is refused ({@code build.no-posts}, see {@link Builder#allowEmptySite}), and a build that
 * removes more than half of the previous build's pages is warned about ({@code
 * build.pages-removed}).
 *
 * <pre>{@code
 * SiteBuild build = SiteBuild.builder()
 *     .config(SiteConfig.read(Path.of("site.yaml")))
 *     .baseUrl("https://example.gouv.fr")
 *     .build();
 * BuildReport report = build.run(Path.of("content"), Path.of("_site"));
 * report.problems().forEach(System.err::println);
 * }</pre>
 */
public final class SiteBuild {

  private static final Logger LOG = LoggerFactory.getLogger(SiteBuild.class);

  private final BuildSettings settings;

  private SiteBuild(Builder b) {
    SiteConfig config = b.baseUrl == null ? b.config : b.config.withBaseUrl(b.baseUrl);
    this.settings =
        new BuildSettings(
            config,
            b.includeDrafts,
            // The builder's choices win over the configuration's; sanitizing is the default of
            // both.
            b.policy != null
                ? b.policy
                : config.htmlPolicy().map(HtmlPolicy::named).orElse(HtmlPolicy.SANITIZE),
            List.copyOf(b.iframeHosts != null ? b.iframeHosts : config.iframeHosts()),
            b.layout,
            b.defaultLayout,
            b.labels,
            b.pageSize,
            b.feedSize,
            b.maxPages,
            b.parser,
            b.listener,
            Map.copyOf(b.shortcodes),
            Map.copyOf(b.pairedShortcodes),
            b.allowEmptySite,
            new SitePlan(config, b.listedCollection, b.pageSize));
  }

  /**
   * Starts a builder: empty configuration, no drafts, the configuration's HTML policy and iframe
   * hosts ({@link HtmlPolicy#SANITIZE} and none when it sets none), the DSFR layout, built-in
   * labels, 10 posts a listing page, 10 posts a feed, the {@code posts} collection listed, at most
   * 100,000 pages.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the configuration used, base URL override applied.
   *
   * @return the configuration
   */
  public SiteConfig config() {
    return settings.config();
  }

  /**
   * Builds the site.
   *
   * @param contentFolder the content folder (holding {@code fr/}, {@code en/}…)
   * @param outputFolder the output folder: absent, empty, or written by a previous build
   * @return what was done and every problem; never throws for bad content or an unusable output
   */
  public BuildReport run(Path contentFolder, Path outputFolder) {
    return run(contentFolder, outputFolder, OutputFaults.NONE);
  }

  /** Builds the site; a test may stop the output's steps (see {@link OutputFaults}). */
  BuildReport run(Path contentFolder, Path outputFolder, OutputFaults faults) {
    long start = System.nanoTime();
    Path content = contentFolder.toAbsolutePath().normalize();
    Path output = outputFolder.toAbsolutePath().normalize();
    try (BodyStore bodies = new BodyStore(Runtime.getRuntime().maxMemory() / 16)) {
      SiteRun run = new SiteRun(content, output, bodies, null);
      try {
        return runChecked(run, start, null, faults);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        LOG.debug("build failed", e);
        run.problem(
            BuildProblems.failure(
                e, output, "nothing was written and the output keeps its last complete site"));
        return run.report(false, start);
      }
    }
  }

  /**
   * Builds a session's site: the first time like {@link #run}, then from the posts and bodies kept
   * by the session, writing only the files that changed into its other generation.
   */
  BuildReport runSession(BuildSession session) {
    long start = System.nanoTime();
    SiteRun run =
        new SiteRun(session.content(), session.output(), session.bodies(), session.posts());
    try {
      return runChecked(run, start, session, session.faults());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      LOG.debug("build failed", e);
      session.forget();
      run.problem(
          BuildProblems.failure(
              e, session.output(), "the next build of the session starts afresh"));
      return run.report(false, start);
    }
  }

  private BuildReport runChecked(
      SiteRun run, long start, BuildSession session, OutputFaults faults) {
    boolean committed =
        session == null
            ? new OutputBuild(settings).build(run, null, kept -> {}, faults)
            : new OutputBuild(settings).build(run, session.kept(), session::committed, faults);
    return run.report(committed, start);
  }

  /**
   * Checks a content folder without writing anything: loads, pairs and renders every page in
   * memory, and reports every problem the build would report.
   *
   * @param contentFolder the content folder
   * @return the report, with {@code committed} false and no file counts
   */
  public BuildReport check(Path contentFolder) {
    long start = System.nanoTime();
    Path content = contentFolder.toAbsolutePath().normalize();
    try (BodyStore bodies = new BodyStore(Runtime.getRuntime().maxMemory() / 16)) {
      SiteRun run = new SiteRun(content, content, bodies, null);
      if (!Files.isDirectory(content)) {
        run.problem(BuildProblems.notAFolder(content));
        return run.report(false, start);
      }
      try {
        new SiteStages(settings).check(run);
        return run.report(false, start);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        LOG.debug("check failed", e);
        run.problem(BuildProblems.failure(e, content, "the check is incomplete"));
        return run.report(false, start);
      }
    }
  }

  /**
   * Starts a session on a content folder and an output folder: its first {@link BuildSession#build}
   * builds the whole site like {@link #run}; the next ones parse only the posts whose files changed
   * and write only the files whose content changed, for quick rebuilds while writing; each build's
   * site is switched in atomically.
   *
   * <pre>{@code
   * try (BuildSession session = build.session(Path.of("content"), Path.of("_site"))) {
   *   session.build();
   *   // ... a post is edited ...
   *   BuildReport again = session.build();
   * }
   * }</pre>
   *
   * @param contentFolder the content folder
   * @param outputFolder the output folder, as for {@link #run}
   * @return the session; close it to free what it keeps
   */
  public BuildSession session(Path contentFolder, Path outputFolder) {
    return session(contentFolder, outputFolder, OutputFaults.NONE);
  }

  /** Starts a session whose output's steps a test may stop (see {@link OutputFaults}). */
  BuildSession session(Path contentFolder, Path outputFolder, OutputFaults faults) {
    return new BuildSession(
        this,
        contentFolder.toAbsolutePath().normalize(),
        outputFolder.toAbsolutePath().normalize(),
        faults);
  }

  /**
   * Configures a {@link SiteBuild}. Not thread-safe; the build it makes is.
   *
   * <pre>{@code
   * SiteBuild build = SiteBuild.builder().config(config).includeDrafts(true).build();
   * }</pre>
   */
  public static final class Builder {
    private SiteConfig config = SiteConfig.empty();
    private String baseUrl;
    private boolean includeDrafts;
    private HtmlPolicy policy;
    private List<String> iframeHosts;
    private PageLayout layout;
    private boolean defaultLayout;
    private Labels labels = Labels.defaults();
    private int pageSize = 10;
    private int feedSize = 10;
    private String listedCollection = "posts";
    private int maxPages = 100_000;
    private PostParser parser = PostParser.builder().build();
    private BuildListener listener = BuildListener.NONE;
    private final Map<String, Shortcode> shortcodes = new LinkedHashMap<>();
    private final Map<String, Shortcode> pairedShortcodes = new LinkedHashMap<>();
    private boolean allowEmptySite;

    private Builder() {}

    /**
     * Registers a shortcode of the site's own, as {@link BodyRenderer.Builder#shortcode} does.
     *
     * <pre>{@code
     * SiteBuild.builder().shortcode("dailymotion", call -> "<iframe title=\"Vidéo\" src=\""
     *     + ShortcodeCall.escape(call.url("https://geo.dailymotion.com/player.html?video="
     *         + call.string(0))) + "\"></iframe>");
     * }</pre>
     *
     * @param name the name, such as {@code dailymotion}
     * @param renderer its renderer, which must escape the arguments it writes
     * @return this builder
     */
    public Builder shortcode(String name, Shortcode renderer) {
      BodyRenderer.builder().shortcode(name, renderer); // checks the name now
      pairedShortcodes.remove(name);
      shortcodes.put(name, renderer);
      return this;
    }

    /**
     * Registers a paired shortcode of the site's own, as {@link
     * BodyRenderer.Builder#pairedShortcode} does.
     *
     * @param name the name, such as {@code transcription}
     * @param renderer its renderer, which must escape the arguments it writes
     * @return this builder
     */
    public Builder pairedShortcode(String name, Shortcode renderer) {
      BodyRenderer.builder().pairedShortcode(name, renderer); // checks the name now
      shortcodes.remove(name);
      pairedShortcodes.put(name, renderer);
      return this;
    }

    /**
     * Lets a build whose content has no post to publish replace the site (by default it is an
     * error, {@code build.no-posts}, and the previous site is kept: an empty or mistyped content
     * folder must not wipe a site).
     *
     * <pre>{@code
     * SiteBuild.builder().allowEmptySite(true).build().run(emptyContent, site);
     * }</pre>
     *
     * @param allow true to allow a site without posts
     * @return this builder
     */
    public Builder allowEmptySite(boolean allow) {
      this.allowEmptySite = allow;
      return this;
    }

    /**
     * Sets the site configuration (rules, base URL, languages, titles).
     *
     * @param config the configuration
     * @return this builder
     */
    public Builder config(SiteConfig config) {
      this.config = Objects.requireNonNull(config);
      return this;
    }

    /**
     * Overrides the configuration's base URL.
     *
     * @param url such as {@code https://code.gouv.fr}
     * @return this builder
     * @throws IllegalArgumentException when it is not an absolute http(s) URL with a host (see
     *     {@link SiteConfig#baseUrlProblem})
     */
    public Builder baseUrl(String url) {
      Optional<String> wrong = SiteConfig.baseUrlProblem(Objects.requireNonNull(url));
      if (wrong.isPresent()) {
        throw new IllegalArgumentException("the base URL '" + url + "' is refused: " + wrong.get());
      }
      this.baseUrl = url;
      return this;
    }

    /**
     * Renders posts marked {@code draft: true} too (they are left out by default).
     *
     * @param include true to include drafts
     * @return this builder
     */
    public Builder includeDrafts(boolean include) {
      this.includeDrafts = include;
      return this;
    }

    /**
     * Sets what happens to raw HTML in posts, over the configuration's {@code html.policy}. Without
     * either, raw HTML is sanitized ({@link HtmlPolicy#SANITIZE}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(HtmlPolicy policy) {
      this.policy = Objects.requireNonNull(policy);
      return this;
    }

    /**
     * Sets the hosts iframes may come from under {@link HtmlPolicy#SANITIZE}, over the
     * configuration's {@code html.iframeHosts}.
     *
     * @param hosts host names such as {@code tube.numerique.gouv.fr}
     * @return this builder
     */
    public Builder allowedIframeHosts(List<String> hosts) {
      this.iframeHosts = List.copyOf(hosts);
      return this;
    }

    /**
     * Sets the page layout (by default {@link DsfrLayout} with these labels).
     *
     * @param layout the layout
     * @return this builder
     */
    public Builder layout(PageLayout layout) {
      this.layout = Objects.requireNonNull(layout);
      return this;
    }

    /**
     * Sets the localized labels.
     *
     * @param labels the labels
     * @return this builder
     */
    public Builder labels(Labels labels) {
      this.labels = Objects.requireNonNull(labels);
      return this;
    }

    /**
     * Sets how many posts a listing page shows.
     *
     * @param size at least 1
     * @return this builder
     */
    public Builder pageSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("pageSize must be at least 1: " + size);
      }
      this.pageSize = size;
      return this;
    }

    /**
     * Sets how many of the newest posts each feed holds.
     *
     * @param size at least 1
     * @return this builder
     */
    public Builder feedSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("feedSize must be at least 1: " + size);
      }
      this.feedSize = size;
      return this;
    }

    /**
     * Sets the collection listed on the blog index and tag pages.
     *
     * @param collection a collection tag, {@code posts} by default
     * @return this builder
     */
    public Builder listedCollection(String collection) {
      this.listedCollection = Objects.requireNonNull(collection);
      return this;
    }

    /**
     * Sets the most pages one build may write.
     *
     * @param pages at least 1
     * @return this builder
     */
    public Builder maxPages(int pages) {
      if (pages < 1) {
        throw new IllegalArgumentException("maxPages must be at least 1: " + pages);
      }
      this.maxPages = pages;
      return this;
    }

    /**
     * Sets the parser whose limits apply; the render syntax extensions are added to it.
     *
     * @param parser the parser
     * @return this builder
     */
    public Builder parser(PostParser parser) {
      this.parser = Objects.requireNonNull(parser);
      return this;
    }

    /**
     * Sets who hears about progress.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(BuildListener listener) {
      this.listener = Objects.requireNonNull(listener);
      return this;
    }

    /**
     * Builds the site build.
     *
     * @return an immutable, thread-safe build
     */
    public SiteBuild build() {
      if (layout == null) {
        DsfrLayout.Builder dsfr = DsfrLayout.builder().labels(labels);
        Optional<String> base = DsfrFiles.linkedBase(config.dsfrDist(), config.dsfrUrl());
        if (base.isPresent()) {
          dsfr.dsfr(base.get()).stylesheet("/" + DsfrFiles.BILLET_CSS);
        }
        layout = dsfr.build();
        defaultLayout = true;
      }
      return new SiteBuild(this);
    }
  }
}

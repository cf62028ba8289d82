package io.github.billet.render.site;

import io.github.billet.core.ContentLoader;
import io.github.billet.core.ContentTree;
import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.PostCache;
import io.github.billet.core.PostParser;
import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.core.SourcePosition;
import io.github.billet.i18n.Labels;
import io.github.billet.i18n.PairedCorpus;
import io.github.billet.i18n.TranslationIndex;
import io.github.billet.i18n.TranslationPairing;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.body.HtmlPolicy;
import io.github.billet.render.body.RenderedBody;
import io.github.billet.render.body.Shortcode;
import io.github.billet.render.internal.output.DigestingOutput;
import io.github.billet.render.internal.output.GenerationOutput;
import io.github.billet.render.internal.output.GenerationState;
import io.github.billet.render.internal.output.OutputFaults;
import io.github.billet.render.internal.output.SiteOutput;
import io.github.billet.render.internal.output.StagedOutput;
import io.github.billet.render.internal.page.AssetRefs;
import io.github.billet.render.internal.page.DsfrFiles;
import io.github.billet.render.internal.site.AssetCopy;
import io.github.billet.render.internal.site.BodyStore;
import io.github.billet.render.internal.site.BuildProblems;
import io.github.billet.render.internal.site.FeedStage;
import io.github.billet.render.internal.site.LinkTargets;
import io.github.billet.render.internal.site.OutputPlaces;
import io.github.billet.render.internal.site.ProblemsJson;
import io.github.billet.render.internal.site.SiteFiles;
import io.github.billet.render.internal.site.SiteIndexPages;
import io.github.billet.render.internal.site.SitePlan;
import io.github.billet.render.internal.site.SiteSections;
import io.github.billet.render.internal.site.SitemapStage;
import io.github.billet.render.internal.site.StaticFiles;
import io.github.billet.render.page.DsfrLayout;
import io.github.billet.render.page.Neighbours;
import io.github.billet.render.page.Page;
import io.github.billet.render.page.PageLayout;
import io.github.billet.render.page.PageRenderer;
import io.github.billet.render.page.Tag;
import io.github.billet.render.page.TagIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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

  private final SiteConfig config;
  private final boolean includeDrafts;
  private final HtmlPolicy policy;
  private final List<String> iframeHosts;
  private final PageLayout layout;
  private final boolean defaultLayout;
  private final Labels labels;
  private final int pageSize;
  private final int feedSize;
  private final String listedCollection;
  private final int maxPages;
  private final PostParser parser;
  private final BuildListener listener;
  private final Map<String, Shortcode> shortcodes;
  private final Map<String, Shortcode> pairedShortcodes;
  private final boolean allowEmptySite;
  private final SitePlan plan;

  private SiteBuild(Builder b) {
    this.shortcodes = Map.copyOf(b.shortcodes);
    this.pairedShortcodes = Map.copyOf(b.pairedShortcodes);
    this.allowEmptySite = b.allowEmptySite;
    this.config = b.baseUrl == null ? b.config : b.config.withBaseUrl(b.baseUrl);
    this.includeDrafts = b.includeDrafts;
    // The builder's choices win over the configuration's; sanitizing is the default of both.
    this.policy =
        b.policy != null
            ? b.policy
            : config.htmlPolicy().map(HtmlPolicy::named).orElse(HtmlPolicy.SANITIZE);
    this.iframeHosts = List.copyOf(b.iframeHosts != null ? b.iframeHosts : config.iframeHosts());
    this.layout = b.layout;
    this.defaultLayout = b.defaultLayout;
    this.labels = b.labels;
    this.pageSize = b.pageSize;
    this.feedSize = b.feedSize;
    this.listedCollection = b.listedCollection;
    this.maxPages = b.maxPages;
    this.parser = b.parser;
    this.listener = b.listener;
    this.plan = new SitePlan(config, listedCollection, pageSize);
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
    return config;
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
      Run run = new Run(content, output, bodies, null);
      try {
        return runChecked(run, start, null, faults);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        LOG.debug("build failed", e);
        run.problems.add(
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
    Run run = new Run(session.content(), session.output(), session.bodies(), session.posts());
    try {
      return runChecked(run, start, session, session.faults());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      LOG.debug("build failed", e);
      session.forget();
      run.problems.add(
          BuildProblems.failure(
              e, session.output(), "the next build of the session starts afresh"));
      return run.report(false, start);
    }
  }

  private static SiteOutput openOutput(Path output, BuildSession session, OutputFaults faults)
      throws StagedOutput.OutputException {
    if (session != null && session.live() != null) {
      Optional<GenerationOutput> update =
          GenerationOutput.open(output, session.live(), session.other(), faults);
      if (update.isPresent()) {
        return update.get();
      }
    }
    StagedOutput staged = StagedOutput.open(output, faults);
    return session == null ? staged : new DigestingOutput(staged);
  }

  private BuildReport runChecked(Run run, long start, BuildSession session, OutputFaults faults) {
    Path content = run.content;
    Path output = run.output;
    Optional<Problem> misplaced = OutputPlaces.checkPlaces(content, output);
    if (misplaced.isPresent()) {
      run.problems.add(misplaced.get());
      return run.report(false, start);
    }
    Prepared prepared = prepare(run);
    if (prepared.expectedPages() > maxPages) {
      run.problems.add(
          Problem.error(
              content.toString(),
              0,
              0,
              "build.too-many-pages",
              "the site would have about "
                  + prepared.expectedPages()
                  + " pages, more than the limit of "
                  + maxPages,
              "raise the limit with SiteBuild.builder().maxPages(...), or split the site"));
      return run.report(false, start);
    }
    if (prepared.published().isEmpty() && !allowEmptySite) {
      run.problems.add(BuildProblems.noPosts(content));
      return run.report(false, start);
    }
    try (SiteOutput staged = openOutput(output, session, faults)) {
      run.staged = staged;
      if (session != null) {
        run.currentPages = new java.util.concurrent.ConcurrentHashMap<>();
        // Pages are kept only when updating the session's own generations, and not when
        // files beside the posts came or went (a cover image may now exist).
        if (staged instanceof GenerationOutput
            && session.pages() != null
            && prepared.tree().otherFiles().equals(session.otherFiles())) {
          run.previousPages = session.pages();
        }
      }
      renderAll(run, prepared);
      int before = staged.previousPages();
      int removed = before - staged.pagesKept();
      if (before > 0 && removed * 2 > before) {
        staged.keepPrevious();
        run.problems.add(
            Problem.warning(
                output.toString(),
                0,
                0,
                "build.pages-removed",
                "this build removes "
                    + removed
                    + " of the "
                    + before
                    + " pages the previous build wrote, more than half of the site",
                "if the content folder "
                    + content
                    + " is not the right one, or lost posts, restore it and build again; the"
                    + " previous site stays in "
                    + output.getParent().resolve("." + output.getFileName() + ".billet")
                    + " until the next build"));
      }
      List<Problem> all = new ArrayList<>(run.problems);
      all.sort(null);
      listener.progress("write", 0, 1);
      staged.write("problems.json", ProblemsJson.write(all));
      staged.commit();
      listener.progress("write", 1, 1);
      if (session != null) {
        if (staged instanceof GenerationOutput update) {
          session.committed(
              update.result(),
              session.live(),
              Map.copyOf(run.currentPages),
              prepared.tree().otherFiles());
        } else {
          DigestingOutput whole = (DigestingOutput) staged;
          GenerationState state;
          try {
            state = GenerationState.of(whole.folder(), whole.digests());
          } catch (IOException e) {
            state = null; // the site is in; the session's next build writes a whole one
          }
          session.committed(
              state, null, Map.copyOf(run.currentPages), prepared.tree().otherFiles());
        }
      }
      return run.report(true, start);
    } catch (StagedOutput.OutputException e) {
      run.problems.add(Problem.error(output.toString(), 0, 0, e.code(), e.getMessage(), e.hint()));
    } catch (IOException | UncheckedIOException e) {
      String reason = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
      LOG.debug("build of {} failed", output, e);
      run.problems.add(
          Problem.error(
              output.toString(),
              0,
              0,
              "output.write-failed",
              "writing the site failed (" + reason + "); the output keeps its last complete site",
              "check the free space and permissions of the output folder's parent, then build"
                  + " again"));
    }
    return run.report(false, start);
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
      Run run = new Run(content, content, bodies, null);
      if (!Files.isDirectory(content)) {
        run.problems.add(BuildProblems.notAFolder(content));
        return run.report(false, start);
      }
      try {
        return checkRun(run, start);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        LOG.debug("check failed", e);
        run.problems.add(BuildProblems.failure(e, content, "the check is incomplete"));
        return run.report(false, start);
      }
    }
  }

  private BuildReport checkRun(Run run, long start) {
    Path content = run.content;
    Prepared prepared = prepare(run);
    if (prepared.published().isEmpty() && !allowEmptySite) {
      run.problems.add(BuildProblems.noPosts(content));
    }
    try {
      renderAll(run, prepared);
    } catch (IOException | UncheckedIOException e) {
      run.problems.add(
          Problem.error(
              content.toString(),
              0,
              0,
              "tree.unreadable",
              "reading the content failed: " + e.getMessage(),
              "check the content folder's permissions"));
    }
    return run.report(false, start);
  }

  /** Everything loaded and decided before pages are rendered. */
  private record Prepared(
      ContentTree tree,
      PairedCorpus corpus,
      PageRenderer pages,
      List<Post> published,
      List<SiteSections.Listed> sections,
      List<Language> languages) {
    int expectedPages() {
      return published.size()
          + (2 + 2 * sections.size()) * languages.size()
          + SitePlan.tagCount(sections);
    }
  }

  private Prepared prepare(Run run) {
    listener.progress("load", 0, 1);
    BodyRenderer.Builder bodyBuilder =
        BodyRenderer.builder().policy(policy).allowedIframeHosts(iframeHosts);
    shortcodes.forEach(bodyBuilder::shortcode);
    pairedShortcodes.forEach(bodyBuilder::pairedShortcode);
    BodyRenderer body = bodyBuilder.build();
    PageRenderer pages =
        PageRenderer.builder()
            .site(config)
            .labels(labels)
            .bodyRenderer(body)
            .layout(layout)
            .pageSize(pageSize)
            .contentFolder(run.content)
            .tagPages(plan.sections()::tagUrl)
            .build()
            .withCardCache();
    // The listed posts as pairing saw them, with their tag index and timeline, reused below when
    // the listings are made of the very same posts.
    AtomicReference<SitePlan.Listed> listedAtPairing = new AtomicReference<>();
    // Links to the site's files are checked against the static folders and the files the build
    // writes, known once the tree is loaded and the posts' languages decided.
    run.statics =
        StaticFiles.list(config, run.content, run.output.equals(run.content) ? null : run.output);
    AtomicReference<List<String>> otherFiles = new AtomicReference<>(List.of());
    AtomicReference<LinkTargets> targets = new AtomicReference<>();
    TranslationPairing pairing =
        TranslationPairing.builder()
            .baseUrl(config.baseUrl())
            .defaultLanguage(plan.defaultLanguage())
            // A single-language site gives every post its language: nothing to detect.
            .detectLanguages(config.languages().size() != 1)
            .knownUrls(
                decided -> {
                  targets.set(
                      new LinkTargets(
                          run.statics,
                          plan.generatedFiles(
                                  pages, SitePlan.onePostAPage(decided), otherFiles.get())
                              .keySet()));
                  return plan.generatedUrls(pages, decided, listedAtPairing);
                })
            .ignoredLinks(config::ignoresLink)
            .missingFiles(path -> targets.get() != null && targets.get().missing(path))
            .build();
    PostParser fullParser = parser.toBuilder().extensions(body.extensions()).build();
    ContentLoader.Builder loader =
        ContentLoader.builder()
            .parser(fullParser)
            .config(config)
            // Stream the posts: what pairing (links, language detection) and asset copying need is
            // kept with each body while it is parsed, and the body is rendered then (its HTML
            // depends only on the post and its URL), so the document and the text are dropped at
            // once and no post is parsed twice.
            .keepDocuments(false)
            .documentMemory(0)
            .textMemory(0)
            .onParsed(
                post -> {
                  pairing.preparePost(post);
                  AssetRefs.of(post);
                  if (post.isPublished() && (includeDrafts || !post.draft())) {
                    RenderedBody rendered = pages.renderBody(post);
                    if (!post.frontMatter().getBoolean("toc", false)) {
                      // Only a post that shows its table of contents needs it kept.
                      rendered = new RenderedBody(rendered.html(), List.of(), rendered.problems());
                    }
                    run.bodies.put(post.source(), rendered);
                  }
                });
    if (run.posts != null) {
      loader.cache(run.posts);
    }
    ContentTree tree = loader.build().load(run.content);
    otherFiles.set(tree.otherFiles());
    run.problems.addAll(tree.problems());
    listener.progress("load", 1, 1);
    List<Post> candidates = new ArrayList<>();
    for (Post post : tree.posts()) {
      if (includeDrafts || !post.draft()) {
        candidates.add(post);
      }
    }
    listener.progress("pair", 0, 1);
    PairedCorpus corpus = pairing.pair(Collections.unmodifiableList(candidates));
    run.problems.addAll(corpus.report());
    listener.progress("pair", 1, 1);
    List<Post> published =
        yieldToGenerated(run, pages, tree.otherFiles(), SitePlan.onePostAPage(corpus.posts()));
    // Counted here, not when pages are written: a build that stops later still reports the posts
    // it read.
    for (Post post : published) {
      String code = post.language().isPresent() ? post.language().get().code() : "unknown";
      Integer count = run.perLanguage.get(code);
      run.perLanguage.put(code, count == null ? 1 : count + 1);
    }
    run.pairs = corpus.index().pairs().size();
    List<Post> listed = plan.listed(published);
    SitePlan.Listed known = listedAtPairing.get();
    if (known == null || !SitePlan.sameInstances(known.posts(), listed)) {
      known = new SitePlan.Listed(listed, plan.sections().split(published));
    }
    return new Prepared(
        tree, corpus, pages, published, known.sections(), plan.languages(published));
  }

  /**
   * The published posts without those whose page would take the path of a file the build makes
   * (feeds, sitemap, "page not found" pages, listings, the report) or of a post's image or file:
   * those keep their path, and each post that claimed one gets {@code url.conflict} at its {@code
   * permalink}. Leaving a post out may remove a listing page (a tag only it had), so this runs
   * until nothing changes.
   */
  private List<Post> yieldToGenerated(
      Run run, PageRenderer pages, List<String> otherFiles, List<Post> published) {
    List<Post> kept = published;
    while (true) {
      Map<String, String> reserved = plan.generatedFiles(pages, kept, otherFiles);
      List<Post> next = new ArrayList<>(kept.size());
      for (Post post : kept) {
        String file = AssetRefs.pageFile(post.url().orElseThrow());
        String holder = reserved.get(file);
        if (holder == null) {
          next.add(post);
          continue;
        }
        SourcePosition at =
            post.frontMatter()
                .positionOf("permalink")
                .or(() -> post.frontMatter().positionOf("slugOverride"))
                .orElse(SourcePosition.UNKNOWN);
        run.problems.add(
            Problem.error(
                post.source(),
                at.line(),
                at.column(),
                "url.conflict",
                "the URL "
                    + post.url().get()
                    + " would write "
                    + file
                    + ", which holds "
                    + holder
                    + "; that file keeps its path and this post gets no page",
                "give the post another 'permalink'"));
      }
      if (next.size() == kept.size()) {
        return kept;
      }
      kept = Collections.unmodifiableList(next);
    }
  }

  private void renderAll(Run run, Prepared p) throws IOException {
    SiteIndexPages index =
        new SiteIndexPages(plan.sections(), labels, p.published(), p.languages(), p.pages());
    writePosts(run, p.pages(), p.corpus(), p.sections(), p.published(), index.homePosts());
    writeListings(run, p.pages(), p.sections(), p.languages());
    writeIndexPages(run, index.render(p.sections(), run.bodies));
    if (config.baseUrl().isEmpty()) {
      run.problems.add(
          Problem.warning(
              run.content.toString(),
              0,
              0,
              "config.base-url-missing",
              "the site has no base URL, so its feeds and sitemap (which need absolute URLs) are"
                  + " not written",
              "set 'baseUrl: https://…' in the site configuration, or pass --base-url"));
    } else {
      new FeedStage(config, feedSize, listener)
          .write(run, run.bodies, p.pages(), p.published(), p.languages());
      if (plan.sections().declared()) {
        new FeedStage(config, feedSize, listener)
            .writeSections(run, run.bodies, p.pages(), p.sections(), p.languages(), labels);
      }
      new SitemapStage(config)
          .write(
              run,
              p.corpus(),
              index.withoutHomes(p.published()),
              p.pages(),
              p.languages(),
              index.sitemapEntries(p.sections()));
    }
    AssetCopy.copyAssets(run, listener, p.tree(), p.published(), run.statics);
    copyDsfr(run);
    copyStatic(run);
  }

  /**
   * Writes the home and site map pages; the site's root shows the first language's home page too,
   * unless a post took it.
   */
  private static void writeIndexPages(Run run, List<Page> homesThenSiteMaps) {
    for (Page page : homesThenSiteMaps) {
      run.page(page);
    }
    if (!homesThenSiteMaps.isEmpty() && !run.paths.contains(AssetRefs.pageFile("/"))) {
      run.writeCopy("/", homesThenSiteMaps.get(0), null);
    }
  }

  /**
   * Copies the static folders' files as they are, after every generated file: one at a generated
   * file's path is left out with {@code url.conflict}.
   */
  private void copyStatic(Run run) throws IOException {
    StaticFiles statics = run.statics;
    run.problems.addAll(statics.problems());
    for (Map.Entry<String, StaticFiles.File> file : statics.files().entrySet()) {
      if (!run.paths.add(file.getKey())) {
        run.problems.add(StaticFiles.conflict(file.getValue(), file.getKey()));
        continue;
      }
      run.copy(file.getKey(), file.getValue().source(), file.getValue().source().toString(), 0, 0);
    }
  }

  /**
   * Copies the DSFR's files and Billet's stylesheet through the output, as pages are (a post at one
   * of their paths is a {@code url.conflict}); without a DSFR, says so once.
   */
  private void copyDsfr(Run run) throws IOException {
    Optional<Path> dist = config.dsfrDist();
    Map<String, Path> files = Map.of();
    if (dist.isPresent() && DsfrFiles.isDist(dist.get())) {
      files = DsfrFiles.of(dist.get());
    } else if (dist.isPresent() || (defaultLayout && config.dsfrUrl().isEmpty())) {
      run.problems.add(DsfrFiles.missing(dist, run.content.toString()));
    }
    for (Map.Entry<String, Path> file : files.entrySet()) {
      if (run.claim(file.getKey()) && run.staged != null) {
        run.staged.copy(file.getKey(), file.getValue());
      }
    }
    if (defaultLayout && (!files.isEmpty() || config.dsfrUrl().isPresent())) {
      run.write(DsfrFiles.BILLET_CSS, DsfrFiles.billetCss());
    }
  }

  /** A page's file whose path is taken, to be written by {@code Run.flushDeferred}. */
  private record DeferredWrite(String path, String html) {}

  /** What a page was made of, and the problems found while making it. */
  record PageMemo(List<Object> key, List<Problem> problems) {}

  /** The mutable state of one run. */
  private final class Run implements AssetCopy.Target, SiteFiles {
    final Path content;
    final Path output;
    final Collection<Problem> problems = new ConcurrentLinkedQueue<>();
    final BodyStore bodies;
    final PostCache posts;
    // The pages of the session's previous build by file, when this build may keep them; and those
    // of this build, for the next one.
    Map<String, PageMemo> previousPages;
    Map<String, PageMemo> currentPages;
    final Map<String, Integer> perLanguage = new TreeMap<>();
    final AtomicInteger pages = new AtomicInteger();
    final Set<String> paths = java.util.concurrent.ConcurrentHashMap.newKeySet();
    int pairs;
    SiteOutput staged;
    // The static folders' files, listed once before pairing checks the links to them.
    StaticFiles statics;
    // While set, pages' files are taken in order and written later, in parallel.
    List<DeferredWrite> deferred;

    Run(Path content, Path output, BodyStore bodies, PostCache posts) {
      this.content = content;
      this.output = output;
      this.bodies = bodies;
      this.posts = posts;
      paths.add("problems.json");
      paths.add(StagedOutput.MARKER);
    }

    void page(Page page) {
      page(page, null);
    }

    /** Writes a page, and notes its key for the next build of the session. */
    void page(Page page, List<Object> key) {
      problems.addAll(page.problems());
      String file = AssetRefs.pageFile(page.url());
      if (writeHtml(file, page.html())) {
        pages.incrementAndGet();
        if (key != null && currentPages != null) {
          currentPages.put(file, new PageMemo(key, page.problems()));
        }
      }
    }

    /** Tells, without changing anything, whether {@link #reuse} would likely keep a page. */
    boolean mayReuse(String url, List<Object> key) {
      if (previousPages == null || !(staged instanceof GenerationOutput)) {
        return false;
      }
      String file = AssetRefs.pageFile(url);
      PageMemo old = previousPages.get(file);
      return old != null && old.key().equals(key) && !paths.contains(file);
    }

    /** Writes a second copy of a page at another URL (its problems are reported once). */
    void writeCopy(String url, Page page, List<Object> key) {
      String file = AssetRefs.pageFile(url);
      if (writeHtml(file, page.html()) && key != null && currentPages != null) {
        currentPages.put(file, new PageMemo(key, List.of()));
      }
    }

    /** Keeps the previous build's copy of a page at another URL, as {@link #reuse} does. */
    boolean reuseCopy(String url, List<Object> key) {
      return keep(url, key) != null;
    }

    /**
     * Keeps the page the previous build of the session wrote at a URL, when what it is made of is
     * the same.
     *
     * @return true when kept (its problems are reported again); false to render it
     */
    boolean reuse(String url, List<Object> key) {
      PageMemo old = keep(url, key);
      if (old == null) {
        return false;
      }
      problems.addAll(old.problems());
      pages.incrementAndGet();
      return true;
    }

    /** Keeps the previous build's file at a URL when its key is the same; null when not kept. */
    private PageMemo keep(String url, List<Object> key) {
      if (key == null || previousPages == null || !(staged instanceof GenerationOutput live)) {
        return null;
      }
      String file = AssetRefs.pageFile(url);
      PageMemo old = previousPages.get(file);
      if (old == null || !old.key().equals(key) || paths.contains(file) || !live.keep(file)) {
        return null;
      }
      paths.add(file);
      currentPages.put(file, old);
      return old;
    }

    /**
     * Writes a page's HTML once, as {@link #write} does; while {@link #deferred} is set, the path
     * is taken at once and the file written by {@link #flushDeferred}.
     */
    private boolean writeHtml(String path, String html) {
      if (deferred == null) {
        return write(path, html.getBytes(StandardCharsets.UTF_8));
      }
      if (!claim(path)) {
        return false;
      }
      deferred.add(new DeferredWrite(path, html));
      return true;
    }

    /**
     * Writes the deferred files on all cores: which page got which path was decided in order when
     * they were deferred, so the files written do not depend on scheduling.
     */
    void flushDeferred() {
      List<DeferredWrite> files = deferred;
      deferred = null;
      if (files == null || staged == null) {
        return;
      }
      files.parallelStream()
          .forEach(f -> store(f.path(), f.html().getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes a file once; a second file at the same path is skipped with a problem. */
    @Override
    public boolean write(String path, byte[] bytes) {
      if (!claim(path)) {
        return false;
      }
      store(path, bytes);
      return true;
    }

    /** Takes a path for this build's file; a second file at the same path is a problem. */
    private boolean claim(String path) {
      if (!paths.add(path)) {
        problems.add(
            Problem.error(
                path,
                0,
                0,
                "url.conflict",
                "two pages would be written to " + path + "; the first one is kept",
                "give the post that takes a generated page's URL another 'permalink'"));
        return false;
      }
      return true;
    }

    private void store(String path, byte[] bytes) {
      if (staged == null) {
        return;
      }
      try {
        staged.write(path, bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InvalidPathException e) {
        problems.add(BuildProblems.nameEncoding(path, 0, 0, path));
      }
    }

    @Override
    public void copy(String target, Path source, String file, int line, int column)
        throws IOException {
      if (staged == null) {
        return;
      }
      try {
        staged.copy(target, source);
      } catch (InvalidPathException e) {
        problems.add(BuildProblems.nameEncoding(file, line, column, target));
      }
    }

    @Override
    public Path content() {
      return content;
    }

    @Override
    public void problem(Problem problem) {
      problems.add(problem);
    }

    @Override
    public boolean reserve(String path) {
      return paths.add(path);
    }

    BuildReport report(boolean committed, long start) {
      List<Problem> sorted = new ArrayList<>(problems);
      sorted.sort(null);
      return new BuildReport(
          output,
          committed,
          perLanguage,
          pairs,
          pages.get(),
          staged == null || !committed ? 0 : staged.written(),
          staged == null || !committed ? 0 : staged.unchanged(),
          sorted,
          Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private void writePosts(
      Run run,
      PageRenderer pages,
      PairedCorpus corpus,
      List<SiteSections.Listed> sections,
      List<Post> published,
      Set<Post> homes) {
    AtomicInteger done = new AtomicInteger();
    int total = published.size();
    listener.progress("render", 0, total);
    published.parallelStream()
        .forEach(
            post -> {
              if (homes.contains(post)) {
                // A language's index page is the body of its home page.
                listener.progress("render", done.incrementAndGet(), total);
                return;
              }
              Neighbours neighbours = SitePlan.neighbours(sections, post);
              List<Object> key =
                  run.currentPages == null ? null : postKey(post, corpus.index(), neighbours);
              if (key == null || !run.reuse(post.url().orElseThrow(), key)) {
                RenderedBody body = run.bodies.get(post.source());
                run.page(
                    pages.renderPost(
                        post,
                        body == null ? pages.renderBody(post) : body,
                        corpus.index(),
                        neighbours),
                    key);
              }
              listener.progress("render", done.incrementAndGet(), total);
            });
  }

  /** What a post page is made of besides the renderer's settings (see {@code Listing.key}). */
  private List<Object> postKey(Post post, TranslationIndex index, Neighbours neighbours) {
    List<Object> key = new ArrayList<>();
    key.add(new PageRenderer.Same(post.body()));
    key.add(post.url());
    key.add(post.language());
    for (Language other : config.languages()) {
      key.add(index.switcherTarget(post, other));
    }
    key.add(index.alternates(post));
    key.add(neighbourKey(neighbours.previous()));
    key.add(neighbourKey(neighbours.next()));
    return key;
  }

  /** What a post page shows of a neighbour; empty for none. */
  private static Optional<List<Object>> neighbourKey(Optional<Post> neighbour) {
    if (neighbour.isEmpty()) {
      return Optional.empty();
    }
    Post post = neighbour.get();
    return Optional.of(List.of(new PageRenderer.Same(post.body()), post.url(), post.language()));
  }

  /**
   * A listing page to render: page {@code page} of {@code listing}, or the "page not found" page of
   * {@code language} when {@code listing} is null (the last page of the language); its URL, what it
   * is made of (null outside a session), and the home URLs that show it too unless a post took
   * them.
   */
  private record ListingJob(
      PageRenderer.Listing listing,
      int page,
      Language language,
      String url,
      List<Object> key,
      List<String> homes) {
    Page render(PageRenderer pages) {
      return listing != null ? listing.page(page) : pages.renderNotFound(language);
    }
  }

  private void writeListings(
      Run run, PageRenderer pages, List<SiteSections.Listed> sections, List<Language> languages) {
    listener.progress("listings", 0, languages.size());
    boolean memo = run.currentPages != null;
    List<ListingJob> jobs = new ArrayList<>();
    for (Language language : languages) {
      for (SiteSections.Listed section : sections) {
        SiteSections.Entry entry = section.entry();
        PageRenderer.Listing index = SiteIndexPages.listing(pages, section, language, labels);
        for (int n = 1; n <= index.pages(); n++) {
          jobs.add(
              new ListingJob(
                  index, n, language, index.url(n), memo ? index.key(n) : null, List.of()));
        }
        TagIndex tags = section.tags();
        for (Tag tag : tags.tags(language)) {
          PageRenderer.Listing tagged =
              pages.sectionTagListing(
                  language,
                  entry.tagUrl(language, tag),
                  tag,
                  tags.posts(language, tag),
                  entry.pageSize());
          for (int n = 1; n <= tagged.pages(); n++) {
            jobs.add(
                new ListingJob(
                    tagged, n, language, tagged.url(n), memo ? tagged.key(n) : null, List.of()));
          }
        }
      }
      jobs.add(new ListingJob(null, 0, language, "", null, List.of()));
    }
    int done = 0;
    // Render the pages on all cores a window at a time, and write each window in a fixed order
    // (the first page written at a path keeps it, so the order of writes must not depend on
    // scheduling); a window bounds the pages held in memory at once. In a session, a page made of
    // the same posts as in the previous build is kept as it is, not rendered again.
    int window = 16 * Runtime.getRuntime().availableProcessors();
    for (int from = 0; from < jobs.size(); from += window) {
      List<ListingJob> slice = jobs.subList(from, Math.min(jobs.size(), from + window));
      List<Optional<Page>> rendered =
          slice.parallelStream()
              .map(
                  j ->
                      j.key() != null && run.mayReuse(j.url(), j.key())
                          ? Optional.<Page>empty()
                          : Optional.of(j.render(pages)))
              .toList();
      // The paths are taken in order here; the files are written on all cores after the loop.
      run.deferred = new ArrayList<>();
      for (int i = 0; i < slice.size(); i++) {
        ListingJob job = slice.get(i);
        Page page = rendered.get(i).orElse(null);
        if (page == null && !run.reuse(job.url(), job.key())) {
          page = job.render(pages);
        }
        if (page != null) {
          run.page(page, job.key());
        }
        for (String home : job.homes()) {
          if (run.paths.contains(AssetRefs.pageFile(home))) {
            continue;
          }
          if (page == null && run.reuseCopy(home, job.key())) {
            continue;
          }
          if (page == null) {
            page = job.render(pages);
          }
          run.writeCopy(home, page, job.key());
        }
        if (job.listing() == null) {
          // The "page not found" page is the last of its language.
          listener.progress("listings", ++done, languages.size());
        }
      }
      run.flushDeferred();
    }
    if (!languages.isEmpty()) {
      Page notFound = pages.renderNotFound(languages.get(0));
      run.write("404.html", notFound.html().getBytes(StandardCharsets.UTF_8));
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

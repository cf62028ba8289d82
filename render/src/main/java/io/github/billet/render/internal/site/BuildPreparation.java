package io.github.billet.render.internal.site;

import io.github.billet.core.ContentLoader;
import io.github.billet.core.ContentTree;
import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.PostParser;
import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.core.SourcePosition;
import io.github.billet.core.internal.shared.DocumentRelease;
import io.github.billet.i18n.Labels;
import io.github.billet.i18n.PairedCorpus;
import io.github.billet.i18n.TranslationPairing;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.body.HtmlPolicy;
import io.github.billet.render.body.RenderedBody;
import io.github.billet.render.body.Shortcode;
import io.github.billet.render.internal.page.AssetRefs;
import io.github.billet.render.internal.page.SitePages;
import io.github.billet.render.page.PageLayout;
import io.github.billet.render.page.PageRenderer;
import io.github.billet.render.site.BuildListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The build's preparation: loads the content folder (rendering each published post's body while it
 * is parsed), pairs the translations, and decides the posts that get a page, the listings and the
 * languages.
 *
 * <pre>{@code
 * BuildPreparation.Prepared prepared = new BuildPreparation(settings).prepare(run);
 * }</pre>
 */
public final class BuildPreparation {

  private final SiteConfig config;
  private final boolean includeDrafts;
  private final HtmlPolicy policy;
  private final List<String> iframeHosts;
  private final PageLayout layout;
  private final Labels labels;
  private final int pageSize;
  private final PostParser parser;
  private final BuildListener listener;
  private final Map<String, Shortcode> shortcodes;
  private final Map<String, Shortcode> pairedShortcodes;
  private final SitePlan plan;

  /**
   * Creates the preparation.
   *
   * @param settings the build's settings
   */
  public BuildPreparation(BuildSettings settings) {
    this.config = settings.config();
    this.includeDrafts = settings.includeDrafts();
    this.policy = settings.policy();
    this.iframeHosts = settings.iframeHosts();
    this.layout = settings.layout();
    this.labels = settings.labels();
    this.pageSize = settings.pageSize();
    this.parser = settings.parser();
    this.listener = settings.listener();
    this.shortcodes = settings.shortcodes();
    this.pairedShortcodes = settings.pairedShortcodes();
    this.plan = settings.plan();
  }

  /**
   * Everything loaded and decided before pages are rendered.
   *
   * @param tree the loaded content
   * @param corpus the paired posts
   * @param pages the pages of the build
   * @param published the posts that get a page
   * @param sections each section's posts, with their tags and timeline
   * @param languages the languages with published posts
   */
  public record Prepared(
      ContentTree tree,
      PairedCorpus corpus,
      SitePages pages,
      List<Post> published,
      List<SiteSections.Listed> sections,
      List<Language> languages) {
    /** The renderer of posts, "page not found" pages and URLs. */
    public PageRenderer renderer() {
      return pages.renderer();
    }

    /** About how many pages the site has. */
    public int expectedPages() {
      return published.size()
          + (2 + 2 * sections.size()) * languages.size()
          + SitePlan.tagCount(sections);
    }
  }

  /**
   * Loads, parses and pairs the posts, rendering each published post's body as it is parsed, and
   * decides which posts get a page.
   *
   * @param run the run, told of the problems and counts
   * @return what the pages are rendered from
   */
  public Prepared prepare(SiteRun run) {
    listener.progress("load", 0, 1);
    BodyRenderer.Builder bodyBuilder =
        BodyRenderer.builder().policy(policy).allowedIframeHosts(iframeHosts);
    shortcodes.forEach(bodyBuilder::shortcode);
    pairedShortcodes.forEach(bodyBuilder::pairedShortcode);
    BodyRenderer body = bodyBuilder.build();
    // The site paths of the pages this build writes, or the static folders hold.
    AtomicReference<Set<String>> pageUrls = new AtomicReference<>();
    SitePages sitePages =
        new SitePages(
            config,
            labels,
            body,
            layout,
            pageSize,
            run.content(),
            plan.sections()::tagUrl,
            // Known once the published posts are decided, before any post page is rendered.
            path ->
                pageUrls.get() == null
                    || pageUrls.get().contains(path)
                    || run.statics().files().containsKey(AssetRefs.pageFile(path)));
    PageRenderer pages = sitePages.renderer();
    SectionSplits splits = new SectionSplits(plan.sections());
    // Links to the site's files are checked against the static folders and the files the build
    // writes, known once the tree is loaded and the posts' languages decided.
    run.statics(
        StaticFiles.list(
            config, run.content(), run.output().equals(run.content()) ? null : run.output()));
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
                          run.statics(),
                          plan.generatedFiles(
                                  pages, SitePlan.onePostAPage(decided), splits, otherFiles.get())
                              .keySet()));
                  return plan.generatedUrls(pages, decided, splits);
                })
            .ignoredLinks(config::ignoresLink)
            .missingFiles(path -> targets.get() != null && targets.get().missing(path))
            // Shown as text, a raw HTML anchor leads nowhere: nothing to check.
            .rawHtmlLinks(policy != HtmlPolicy.ESCAPE)
            .build();
    // The renderer's extensions add its paired shortcodes to a parser that reads the dialect; a
    // parser built without it stays so (the renderer then reports the syntax it finds as text).
    PostParser fullParser =
        parser.billetSyntax() ? parser.toBuilder().extensions(body.extensions()).build() : parser;
    ContentLoader.Builder loader =
        DocumentRelease.afterParsed(ContentLoader.builder(), 0, 0.125)
            .parser(fullParser)
            .config(config)
            // Stream the posts: what pairing (links, language detection) and asset copying need is
            // kept with each body while it is parsed, and the body is rendered then (its HTML
            // depends only on the post and its URL), so the document is dropped at once and no
            // post is parsed twice. The texts stay while they fit in an eighth of the heap: a text
            // let go must first be digested (SHA-256, for equals without I/O), which costs more
            // than the text's memory saves.
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
                    run.bodies().put(post.source(), rendered);
                  }
                });
    if (run.posts() != null) {
      loader.cache(run.posts());
    }
    ContentTree tree = loader.build().load(run.content());
    otherFiles.set(tree.otherFiles());
    run.problems(tree.problems());
    listener.progress("load", 1, 1);
    List<Post> candidates = new ArrayList<>();
    for (Post post : tree.posts()) {
      if (includeDrafts || !post.draft()) {
        candidates.add(post);
      }
    }
    listener.progress("pair", 0, 1);
    PairedCorpus corpus = pairing.pair(Collections.unmodifiableList(candidates));
    run.problems(corpus.report());
    listener.progress("pair", 1, 1);
    List<Post> published =
        yieldToGenerated(
            run, pages, splits, tree.otherFiles(), SitePlan.onePostAPage(corpus.posts()));
    List<SiteSections.Listed> sections = splits.of(published);
    Set<String> urls = new HashSet<>(plan.generatedUrls(pages, published, splits));
    for (Post post : published) {
      urls.add(post.url().orElseThrow());
    }
    pageUrls.set(Set.copyOf(urls));
    // Counted here, not when pages are written: a build that stops later still reports the posts
    // it read.
    for (Post post : published) {
      run.countPost(post.language().isPresent() ? post.language().get().code() : "unknown");
    }
    run.pairs(corpus.index().pairs().size());
    List<Problem> frameProblems = new ArrayList<>();
    SitePages framed = SiteMenus.apply(sitePages, tree.posts(), published, config, frameProblems);
    run.problems(frameProblems);
    return new Prepared(tree, corpus, framed, published, sections, plan.languages(published));
  }

  /**
   * The published posts without those whose page would take the path of a file the build makes
   * (feeds, sitemap, "page not found" pages, listings, the report) or of a post's image or file:
   * those keep their path, and each post that claimed one gets {@code url.conflict} at its {@code
   * permalink}. Leaving a post out may remove a listing page (a tag only it had), so this runs
   * until nothing changes.
   */
  private List<Post> yieldToGenerated(
      SiteRun run,
      PageRenderer pages,
      SectionSplits splits,
      List<String> otherFiles,
      List<Post> published) {
    List<Post> kept = published;
    while (true) {
      Map<String, String> reserved = plan.generatedFiles(pages, kept, splits, otherFiles);
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
        run.problem(
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
}

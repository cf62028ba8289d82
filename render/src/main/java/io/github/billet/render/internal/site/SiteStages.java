package io.github.billet.render.internal.site;

import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.render.internal.page.DsfrFiles;
import io.github.billet.render.site.BuildListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The build's stages in order, from a prepared site: post pages, listings, feeds and sitemap, the
 * posts' files, the DSFR's files and the static folders.
 *
 * <pre>{@code
 * new SiteStages(settings).renderAll(run, new BuildPreparation(settings).prepare(run));
 * }</pre>
 */
public final class SiteStages {

  private final BuildSettings settings;
  private final SiteConfig config;
  private final int feedSize;
  private final BuildListener listener;
  private final boolean defaultLayout;

  /**
   * Creates the stages.
   *
   * @param settings the build's settings
   */
  public SiteStages(BuildSettings settings) {
    this.settings = settings;
    this.config = settings.config();
    this.feedSize = settings.feedSize();
    this.listener = settings.listener();
    this.defaultLayout = settings.defaultLayout();
  }

  /**
   * Loads, pairs and renders every page of a content folder without writing anything, reporting
   * every problem the build would report.
   *
   * @param run a run without an output
   */
  public void check(SiteRun run) {
    Path content = run.content();
    BuildPreparation.Prepared prepared = new BuildPreparation(settings).prepare(run);
    if (prepared.published().isEmpty() && !settings.allowEmptySite()) {
      run.problem(BuildProblems.noPosts(content));
    }
    try {
      renderAll(run, prepared);
    } catch (IOException | UncheckedIOException e) {
      run.problem(
          Problem.error(
              content.toString(),
              0,
              0,
              "tree.unreadable",
              "reading the content failed: " + e.getMessage(),
              "check the content folder's permissions"));
    }
  }

  /**
   * Writes every page and file of a prepared site into a run.
   *
   * @param run where the files go
   * @param p the prepared site
   * @throws IOException when the content or the output cannot be read or written
   */
  public void renderAll(SiteRun run, BuildPreparation.Prepared p) throws IOException {
    SiteIndexPages index =
        new SiteIndexPages(
            settings.plan().sections(), settings.labels(), p.published(), p.languages(), p.pages());
    SitemapStage.Started sitemap =
        config.baseUrl().isEmpty()
            ? null
            : new SitemapStage(config)
                .start(run, p.corpus(), index, p.published(), p.sections(), p.languages());
    new PostStage(config, listener)
        .write(run, p.pages(), p.corpus(), p.sections(), p.published(), index.homePosts());
    new ListingStage(listener, settings.labels())
        .write(run, p.pages(), p.sections(), p.languages());
    index.write(run, p.sections());
    if (config.baseUrl().isEmpty()) {
      run.problem(
          Problem.warning(
              run.content().toString(),
              0,
              0,
              "config.base-url-missing",
              "the site has no base URL, so its feeds and sitemap (which need absolute URLs) are"
                  + " not written",
              "set 'baseUrl: https://…' in the site configuration, or pass --base-url"));
    } else {
      new FeedStage(config, feedSize, listener)
          .write(run, run.bodies(), p.renderer(), p.published(), p.languages());
      if (settings.plan().sections().declared()) {
        new FeedStage(config, feedSize, listener)
            .writeSections(
                run, run.bodies(), p.renderer(), p.sections(), p.languages(), settings.labels());
      }
      sitemap.write(run);
    }
    AssetCopy.copyAssets(run, listener, p.tree(), p.published(), run.statics());
    copyDsfr(run);
    copyStatic(run);
  }

  /**
   * Copies the static folders' files as they are, after every generated file: one at a generated
   * file's path is left out with {@code url.conflict}.
   */
  private void copyStatic(SiteRun run) throws IOException {
    StaticFiles statics = run.statics();
    run.problems(statics.problems());
    for (Map.Entry<String, StaticFiles.File> file : statics.files().entrySet()) {
      if (!run.reserve(file.getKey())) {
        run.problem(StaticFiles.conflict(file.getValue(), file.getKey()));
        continue;
      }
      run.copy(file.getKey(), file.getValue().source(), file.getValue().source().toString(), 0, 0);
    }
  }

  /**
   * Copies the DSFR's files and Billet's stylesheet through the output, as pages are (a post at one
   * of their paths is a {@code url.conflict}); without a DSFR, says so once.
   */
  private void copyDsfr(SiteRun run) throws IOException {
    Optional<Path> dist = config.dsfrDist();
    Map<String, Path> files = Map.of();
    if (dist.isPresent() && DsfrFiles.isDist(dist.get())) {
      files = DsfrFiles.of(dist.get());
    } else if (dist.isPresent() || (defaultLayout && config.dsfrUrl().isEmpty())) {
      run.problem(DsfrFiles.missing(dist, run.content().toString()));
    }
    for (Map.Entry<String, Path> file : files.entrySet()) {
      if (run.claim(file.getKey()) && run.staged() != null) {
        run.staged().copy(file.getKey(), file.getValue());
      }
    }
    if (defaultLayout && (!files.isEmpty() || config.dsfrUrl().isPresent())) {
      run.write(DsfrFiles.BILLET_CSS, DsfrFiles.billetCss());
    }
  }
}

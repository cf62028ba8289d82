package io.github.billet.render.site;

import io.github.billet.core.PostCache;
import io.github.billet.render.internal.output.OutputFaults;
import io.github.billet.render.internal.site.BodyStore;
import io.github.billet.render.internal.site.OutputBuild;
import java.nio.file.Path;

/**
 * Successive builds of one content folder into one output folder, each doing only what the changes
 * since the previous one need: the first {@link #build()} builds the whole site as {@link
 * SiteBuild#run} does; the next ones parse again only the posts whose files changed (size,
 * modification time), pair and lay out every page from what the session keeps, and bring the
 * session's other generation of the site up to date (writing only the files whose bytes differ from
 * what it holds on disk, deleting the pages that are gone), then switch it in atomically as {@link
 * SiteBuild#run} does. The result is byte for byte what a fresh build writes, even when another
 * process wrote the output meanwhile. For a writer's edit-and-look loop ({@code billet watch}).
 *
 * <p>Builds of a session run one at a time (they are serialized). Close the session to free the
 * posts and bodies it keeps.
 *
 * <pre>{@code
 * try (BuildSession session = SiteBuild.builder().config(config).build()
 *     .session(Path.of("content"), Path.of("_site"))) {
 *   session.build();            // the whole site
 *   BuildReport again = session.build(); // after an edit: only what changed
 * }
 * }</pre>
 */
public final class BuildSession implements AutoCloseable {

  private final SiteBuild build;
  private final Path content;
  private final Path output;
  private final PostCache posts = new PostCache();
  private BodyStore bodies = newStore();
  // The generation the session switched in last, and the one it showed before (kept to be brought
  // up to date and switched in by the next build), with the pages and files of that build.
  private OutputBuild.SessionState kept = OutputBuild.SessionState.NONE;

  private final OutputFaults faults;

  BuildSession(SiteBuild build, Path content, Path output, OutputFaults faults) {
    this.build = build;
    this.content = content;
    this.output = output;
    this.faults = faults;
  }

  OutputFaults faults() {
    return faults;
  }

  /**
   * Builds the site, doing only what changed since the session's previous successful build.
   *
   * @return what was done and every problem, as {@link SiteBuild#run} reports it
   */
  public synchronized BuildReport build() {
    BuildReport report = build.runSession(this);
    if (!report.committed()) {
      // Whatever the output folder now holds, the next build writes all of it again.
      kept = new OutputBuild.SessionState(null, null, null, kept.otherFiles());
    }
    return report;
  }

  /** Frees the posts and bodies the session keeps; a later build starts afresh. */
  @Override
  public synchronized void close() {
    forget();
  }

  Path content() {
    return content;
  }

  Path output() {
    return output;
  }

  PostCache posts() {
    return posts;
  }

  BodyStore bodies() {
    return bodies;
  }

  OutputBuild.SessionState kept() {
    return kept;
  }

  void committed(OutputBuild.SessionState now) {
    this.kept = now;
  }

  void forget() {
    posts.clear();
    bodies.close();
    bodies = newStore();
    kept = OutputBuild.SessionState.NONE;
  }

  private static BodyStore newStore() {
    return new BodyStore(Runtime.getRuntime().maxMemory() / 16);
  }
}

package io.github.billet.render.internal.site;

import io.github.billet.core.Problem;
import io.github.billet.render.internal.output.DigestingOutput;
import io.github.billet.render.internal.output.GenerationOutput;
import io.github.billet.render.internal.output.GenerationState;
import io.github.billet.render.internal.output.OutputFaults;
import io.github.billet.render.internal.output.SiteOutput;
import io.github.billet.render.internal.output.StagedOutput;
import io.github.billet.render.site.BuildListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One build into an output folder: checks the places, prepares the site and refuses one too large
 * or without posts, opens the output (a session's other generation when it may be updated in place,
 * else a whole new one), writes the site into it through {@link SiteStages}, keeps the previous
 * site when the build removes more than half of its pages, writes {@code problems.json} and
 * switches the site in.
 *
 * <pre>{@code
 * boolean committed = new OutputBuild(settings).build(run, null, kept -> {}, OutputFaults.NONE);
 * }</pre>
 */
public final class OutputBuild {

  private static final Logger LOG = LoggerFactory.getLogger(OutputBuild.class);

  private final BuildSettings settings;
  private final BuildListener listener;

  /**
   * What a session keeps between its builds.
   *
   * @param live the live generation's state, or null when the next build writes a whole site
   * @param other the state of the generation before it, or null
   * @param pages the pages of the build by file with what they were made of, or null
   * @param otherFiles the files beside the posts that build saw, or null
   */
  public record SessionState(
      GenerationState live,
      GenerationState other,
      Map<String, PageMemo> pages,
      List<String> otherFiles) {
    /**
     * Before a session's first build, or after a failed one: the next build writes a whole site.
     */
    public static final SessionState NONE = new SessionState(null, null, null, null);
  }

  /**
   * Creates the stage.
   *
   * @param settings the build's settings
   */
  public OutputBuild(BuildSettings settings) {
    this.settings = settings;
    this.listener = settings.listener();
  }

  private static SiteOutput openOutput(Path output, SessionState session, OutputFaults faults)
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

  /**
   * Builds the site into the run's output; problems, the output's included, go to the run.
   *
   * @param run the run
   * @param session what the session kept of its previous build, or null outside a session
   * @param committed told what the session keeps of this build, once it is switched in
   * @param faults the output's steps a test stops
   * @return whether the site was switched in
   */
  public boolean build(
      SiteRun run, SessionState session, Consumer<SessionState> committed, OutputFaults faults) {
    Path content = run.content();
    Path output = run.output();
    Optional<Problem> misplaced = OutputPlaces.checkPlaces(content, output);
    if (misplaced.isPresent()) {
      run.problem(misplaced.get());
      return false;
    }
    BuildPreparation.Prepared prepared = new BuildPreparation(settings).prepare(run);
    if (prepared.expectedPages() > settings.maxPages()) {
      run.problem(
          BuildProblems.tooManyPages(content, prepared.expectedPages(), settings.maxPages()));
      return false;
    }
    if (prepared.published().isEmpty() && !settings.allowEmptySite()) {
      run.problem(BuildProblems.noPosts(content));
      return false;
    }
    try {
      write(run, prepared, session, faults).ifPresent(committed);
      return true;
    } catch (StagedOutput.OutputException e) {
      run.problem(Problem.error(output.toString(), 0, 0, e.code(), e.getMessage(), e.hint()));
    } catch (IOException | UncheckedIOException e) {
      LOG.debug("build of {} failed", output, e);
      run.problem(BuildProblems.writeFailed(output, e));
    }
    return false;
  }

  /**
   * Writes the site and switches it in.
   *
   * @param run the run, given the output
   * @param prepared the prepared site
   * @param session what the session kept of its previous build, or null outside a session
   * @param faults the output's steps a test stops
   * @return what the session keeps of this build; empty outside a session
   * @throws StagedOutput.OutputException when the output cannot be used
   * @throws IOException when writing fails
   */
  private Optional<SessionState> write(
      SiteRun run, BuildPreparation.Prepared prepared, SessionState session, OutputFaults faults)
      throws StagedOutput.OutputException, IOException {
    Path content = run.content();
    Path output = run.output();
    try (SiteOutput staged = openOutput(output, session, faults)) {
      run.stage(staged);
      if (session != null) {
        // Pages are kept only when updating the session's own generations, and not when
        // files beside the posts came or went (a cover image may now exist).
        run.memoize(
            staged instanceof GenerationOutput
                    && session.pages() != null
                    && prepared.tree().otherFiles().equals(session.otherFiles())
                ? session.pages()
                : null);
      }
      new SiteStages(settings).renderAll(run, prepared);
      int before = staged.previousPages();
      int removed = before - staged.pagesKept();
      if (before > 0 && removed * 2 > before) {
        staged.keepPrevious();
        run.problem(BuildProblems.pagesRemoved(content, output, removed, before));
      }
      List<Problem> all = new ArrayList<>(run.problems());
      all.sort(null);
      listener.progress("write", 0, 1);
      staged.write("problems.json", ProblemsJson.write(all));
      staged.commit();
      listener.progress("write", 1, 1);
      if (session == null) {
        return Optional.empty();
      }
      if (staged instanceof GenerationOutput update) {
        return Optional.of(
            new SessionState(
                update.result(),
                session.live(),
                Map.copyOf(run.currentPages()),
                prepared.tree().otherFiles()));
      }
      DigestingOutput whole = (DigestingOutput) staged;
      GenerationState state;
      try {
        state = GenerationState.of(whole.folder(), whole.digests());
      } catch (IOException e) {
        state = null; // the site is in; the session's next build writes a whole one
      }
      return Optional.of(
          new SessionState(
              state, null, Map.copyOf(run.currentPages()), prepared.tree().otherFiles()));
    }
  }
}

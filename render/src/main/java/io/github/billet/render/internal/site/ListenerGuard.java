package io.github.billet.render.internal.site;

import io.github.billet.core.Problem;
import io.github.billet.render.internal.html.UserCodeFailure;
import io.github.billet.render.site.BuildListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's {@link BuildListener} as one build calls it: an exception it throws is the listener's
 * failure, not the build's. It becomes a {@code listener.failed} warning (once per stage) naming
 * the listener, the exception and the first frames of its code, is logged at warning level, and the
 * build goes on. Thread-safe: stages report from several threads.
 *
 * <pre>{@code
 * BuildListener guarded = new ListenerGuard(userListener, content.toString(), problems::add);
 * guarded.progress("render", 3, 10); // never throws a RuntimeException
 * }</pre>
 */
public final class ListenerGuard implements BuildListener {

  /** The code of the problem of a listener that threw. */
  public static final String FAILED = "listener.failed";

  private static final Logger LOG = LoggerFactory.getLogger(ListenerGuard.class);

  private final BuildListener listener;
  private final String file;
  private final Consumer<Problem> problems;
  private final Set<String> failedStages = ConcurrentHashMap.newKeySet();

  /**
   * Guards a listener for one build.
   *
   * @param listener the user's listener
   * @param file the file its problems name: the content folder
   * @param problems where the build's problems go
   */
  public ListenerGuard(BuildListener listener, String file, Consumer<Problem> problems) {
    this.listener = listener;
    this.file = file;
    this.problems = problems;
  }

  @Override
  public void progress(String stage, int done, int total) {
    try {
      listener.progress(stage, done, total);
    } catch (RuntimeException e) {
      if (!failedStages.add(stage)) {
        return;
      }
      String type = listener.getClass().getName();
      LOG.warn("the build listener {} threw at stage {}", type, stage, e);
      problems.accept(
          Problem.warning(
              file,
              0,
              0,
              FAILED,
              "the build listener "
                  + type
                  + " threw "
                  + UserCodeFailure.describe(e, ListenerGuard.class)
                  + " when told of the stage '"
                  + stage
                  + "' ("
                  + done
                  + " of "
                  + total
                  + "); the build went on",
              "this is a fault of the listener given to SiteBuild.builder().listener(…), not of"
                  + " the content nor of Billet: fix the listener (its later failures at this"
                  + " stage are not reported again)"));
    }
  }
}

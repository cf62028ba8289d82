package io.github.billet.render.site;

/**
 * Hears how a {@link SiteBuild} advances, for progress displays. Called from build threads, so
 * implementations must be thread-safe; they must be quick and should not throw: an exception thrown
 * by one becomes a {@code listener.failed} warning (once per stage) and the build goes on.
 *
 * <pre>{@code
 * BuildListener toStderr = (stage, done, total) ->
 *     System.err.printf("\r%s %d/%d", stage, done, total);
 * }</pre>
 */
@FunctionalInterface
public interface BuildListener {

  /** A listener that ignores everything. */
  BuildListener NONE =
      new BuildListener() {
        @Override
        public void progress(String stage, int done, int total) {}
      };

  /**
   * Reports progress.
   *
   * @param stage what the build is doing: {@code load}, {@code pair}, {@code render}, {@code
   *     listings}, {@code feeds}, {@code assets}, {@code write}
   * @param done how many items of the stage are done
   * @param total how many items the stage has
   */
  void progress(String stage, int done, int total);
}

package io.github.billet.render.internal.site;

import io.github.billet.core.Problem;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The problems of the site build itself, as opposed to a post's: failures, places, file names. */
public final class BuildProblems {

  private BuildProblems() {}

  /**
   * The problem of a build stopped by a failure: running out of memory says how to give the build
   * more; anything else is a failure of Billet to report. The content's own problems found so far
   * are kept beside it.
   */
  public static Problem failure(Throwable e, Path output, String outcome) {
    if (e instanceof OutOfMemoryError) {
      return Problem.error(
          output.toString(),
          0,
          0,
          "build.out-of-memory",
          "the build ran out of memory (the Java heap holds at most "
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MB); "
              + outcome,
          "give Java a larger heap, for example java -Xmx2g -jar … (or BILLET_JAVA_OPTS=-Xmx2g"
              + " with bin/billet)");
    }
    return Problem.error(
        output.toString(),
        0,
        0,
        "internal.failure",
        "the build stopped on an internal failure (" + e + "); " + outcome,
        "please report this to the Billet developers with the content that causes it");
  }

  public static Problem noPosts(Path content) {
    return Problem.error(
        content.toString(),
        0,
        0,
        "build.no-posts",
        "the content folder has no post to publish; building it would replace the site with an"
            + " empty one, so nothing was written and the output keeps its last complete site",
        "check the content folder's path (it holds fr/, en/…); to publish a site without posts on"
            + " purpose, use SiteBuild.builder().allowEmptySite(true) or --allow-empty");
  }

  public static Problem notAFolder(Path content) {
    return Problem.error(
        content.toString(),
        0,
        0,
        "tree.not-a-folder",
        "the content folder does not exist or is not a folder",
        "give the folder that holds the language folders (fr/, en/)");
  }

  /**
   * A file name that the system's file name encoding cannot hold (accents under {@code LANG=C}):
   * that one file is left out, the build goes on.
   */
  public static Problem nameEncoding(String file, int line, int column, String name) {
    return Problem.error(
        file,
        line,
        column,
        "file.name-encoding",
        "'"
            + name
            + "' cannot be written in the system's file name encoding ("
            + System.getProperty("sun.jnu.encoding", "unknown")
            + "); it is left out",
        "run Billet with a UTF-8 locale (for example LC_ALL=C.UTF-8)");
  }

  /** The problem of a site that would have more pages than the build's limit. */
  public static Problem tooManyPages(Path content, int expected, int maxPages) {
    return Problem.error(
        content.toString(),
        0,
        0,
        "build.too-many-pages",
        "the site would have about " + expected + " pages, more than the limit of " + maxPages,
        "raise the limit with SiteBuild.builder().maxPages(...), or split the site");
  }

  /** The warning of a build that removes more than half of the previous build's pages. */
  public static Problem pagesRemoved(Path content, Path output, int removed, int before) {
    return Problem.warning(
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
            + " until the next build");
  }

  /** The problem of a build whose output could not be written, for an I/O exception. */
  public static Problem writeFailed(Path output, Exception e) {
    String reason = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
    return Problem.error(
        output.toString(),
        0,
        0,
        "output.write-failed",
        "writing the site failed (" + reason + "); the output keeps its last complete site",
        "check the free space and permissions of the output folder's parent, then build"
            + " again");
  }
}

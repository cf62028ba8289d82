package io.github.billet.render.internal.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a build writes the site: a new generation ({@link StagedOutput}) or a watch session's other
 * generation brought up to date ({@link GenerationOutput}), switched in at the end. Thread-safe.
 */
public interface SiteOutput extends AutoCloseable {

  /**
   * Writes a file (or keeps the identical one already there).
   *
   * @param relative the site-relative path, with {@code /}
   * @param bytes the content
   * @throws IOException when writing fails
   */
  void write(String relative, byte[] bytes) throws IOException;

  /**
   * Copies a file into the site (or keeps the identical copy already there).
   *
   * @param relative the site-relative path, with {@code /}
   * @param source the file to copy
   * @throws IOException when copying fails
   */
  void copy(String relative, Path source) throws IOException;

  /**
   * Makes what was written the site.
   *
   * @throws IOException when that fails
   */
  void commit() throws IOException;

  /**
   * Tells how many files were written.
   *
   * @return the count
   */
  int written();

  /**
   * Tells how many files were kept as they were.
   *
   * @return the count
   */
  int unchanged();

  /** Drops what was not committed. */
  @Override
  void close();

  /**
   * Tells how many pages ({@code .html} files) the site this build replaces had, as its build noted
   * it; 0 when unknown.
   *
   * @return the count
   */
  default int previousPages() {
    return 0;
  }

  /**
   * Tells how many of the pages written so far were in the site this build replaces.
   *
   * @return the count
   */
  default int pagesKept() {
    return 0;
  }

  /**
   * Keeps the site this build replaces in Billet's hidden folder until the next build, for a build
   * that removes most pages: its owner can still take them back.
   */
  default void keepPrevious() {}
}

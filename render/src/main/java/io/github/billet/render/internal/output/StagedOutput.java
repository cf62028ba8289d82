package io.github.billet.render.internal.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A whole new site written into a new generation (see {@link Generations}) and switched in by
 * {@link #commit()} in one atomic step. Until then the previous site stays as it was; a failed
 * build deletes its generation and changes nothing else. While it is open, it holds the output's
 * lock.
 *
 * <p>A file whose bytes equal the previous build's is linked (or copied with its time stamps) from
 * the previous site instead of being written again, so a rebuild rewrites only the pages whose
 * bytes changed. Only folders that Billet wrote (they hold a {@value #MARKER} file) are ever
 * replaced; nothing outside the output path and Billet's hidden folder beside it is written or
 * deleted.
 *
 * <p>Thread-safe for concurrent {@link #write} calls on different paths.
 */
public final class StagedOutput implements SiteOutput {

  private static final Logger LOG = LoggerFactory.getLogger(StagedOutput.class);

  /** The file that marks a folder as written by Billet. */
  public static final String MARKER = ".billet-site";

  private final Generations generations;
  private final OutputFaults faults;
  private final Path output;
  private final Path staging;
  private final Path previous;
  private final AtomicInteger written = new AtomicInteger();
  private final AtomicInteger unchanged = new AtomicInteger();
  private final AtomicInteger pages = new AtomicInteger();
  private final AtomicInteger pagesKept = new AtomicInteger();
  private final int previousPages;
  // Folders made so far: a site has about one folder a page, and asking the file system again for
  // each file costs a system call that fails.
  private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
  private Path generation;
  private boolean committed;
  private volatile boolean keepPrevious;

  private StagedOutput(
      Generations generations, OutputFaults faults, Path staging, Optional<Path> previous) {
    this.generations = generations;
    this.faults = faults;
    this.output = generations.output();
    this.staging = staging;
    this.previous = previous.orElse(null);
    this.previousPages = this.previous == null ? 0 : pagesNoted(this.previous);
  }

  /** The marker's first line; the second notes how many pages the generation holds. */
  private static final String MARKER_TEXT =
      "Written by Billet. This folder is replaced as a whole on each build.\n";

  /**
   * Writes the marker of a generation.
   *
   * @param folder the generation
   * @param pages how many pages it holds, or -1 while unknown
   * @throws IOException when writing fails
   */
  static void writeMarker(Path folder, int pages) throws IOException {
    Files.writeString(
        folder.resolve(MARKER), pages < 0 ? MARKER_TEXT : MARKER_TEXT + "pages: " + pages + "\n");
  }

  /**
   * Reads how many pages a generation holds, as its marker notes it.
   *
   * @param folder the generation
   * @return the count; 0 when not noted
   */
  public static int pagesNoted(Path folder) {
    try {
      for (String line : Files.readAllLines(folder.resolve(MARKER))) {
        if (line.startsWith("pages: ")) {
          return Integer.parseInt(line.substring(7).strip());
        }
      }
    } catch (IOException | RuntimeException e) {
      // An earlier Billet's marker, or none: the count is unknown.
    }
    return 0;
  }

  /**
   * Checks the output path, takes its lock and makes a new generation to write into.
   *
   * @param output the output path; it may be absent, empty, or a previous Billet output
   * @return the staged output
   * @throws OutputException when the path cannot be used, with a message saying why
   */
  public static StagedOutput open(Path output) throws OutputException {
    return open(output, OutputFaults.NONE);
  }

  /**
   * Opens a staged output whose steps a test may stop.
   *
   * @param output the output path
   * @param faults the fault-injection seam
   * @return the staged output
   * @throws OutputException when the path cannot be used
   */
  public static StagedOutput open(Path output, OutputFaults faults) throws OutputException {
    Generations generations = Generations.open(output, faults);
    try {
      Path staging = generations.newStaging();
      return new StagedOutput(generations, faults, staging, generations.live());
    } catch (IOException | SecurityException e) {
      throw generations.closeUnwritable(e);
    }
  }

  /**
   * Returns the generation this build writes into.
   *
   * @return the folder (a complete generation once committed)
   */
  public Path folder() {
    return generation != null ? generation : staging;
  }

  /**
   * Returns the output's generations (and lock).
   *
   * @return the generations
   */
  public Generations generations() {
    return generations;
  }

  /**
   * Creates a new folder named {@code prefix} and a unique suffix. Not {@code
   * Files.createTempDirectory}: its folder is readable by its owner only, and the staging folder
   * becomes the output a web server reads; and its random names start the security providers and a
   * SHA-1 generator, which a folder name does not need. The folder is made atomically, failing on
   * any existing name (a symbolic link included), so a predictable name is safe here.
   */
  static Path uniqueFolder(Path parent, String prefix) throws IOException {
    long seed = System.nanoTime() ^ (ProcessHandle.current().pid() << 40);
    for (int attempt = 0; ; attempt++) {
      String suffix = Long.toUnsignedString(seed + attempt * 0x9E3779B97F4A7C15L, 36);
      try {
        return Files.createDirectory(parent.resolve(prefix + suffix));
      } catch (FileAlreadyExistsException e) {
        if (attempt == 99) {
          throw e;
        }
      }
    }
  }

  /**
   * Returns the final output folder.
   *
   * @return the absolute folder
   */
  public Path output() {
    return output;
  }

  /**
   * Resolves a site-relative path inside the staging folder, refusing any path that would leave it.
   *
   * @param relative a path such as {@code fr/blog/x/index.html}
   * @return the staged file path
   * @throws IllegalArgumentException for absolute paths, {@code ..} escapes or NUL characters
   */
  public Path resolve(String relative) {
    Optional<Path> path = safeResolve(staging, relative);
    if (path.isEmpty()) {
      throw new IllegalArgumentException("path escapes the output folder: " + relative);
    }
    return path.get();
  }

  /**
   * Resolves a relative path under a root, refusing anything that would leave it.
   *
   * @param root the root folder
   * @param relative the relative path, with {@code /}
   * @return the path, empty when it is absolute, holds NUL, or escapes the root
   */
  public static Optional<Path> safeResolve(Path root, String relative) {
    if (relative.isEmpty()
        || relative.indexOf('\0') >= 0
        || relative.startsWith("/")
        || relative.startsWith("\\")
        || relative.contains(":")) {
      return Optional.empty();
    }
    Path resolved = root.resolve(relative).normalize();
    if (!resolved.startsWith(root) || resolved.equals(root)) {
      return Optional.empty();
    }
    return Optional.of(resolved);
  }

  /**
   * Writes a file, or links the previous build's identical file.
   *
   * @param relative the site-relative path
   * @param bytes the content
   * @throws IOException when writing fails
   */
  @Override
  public void write(String relative, byte[] bytes) throws IOException {
    Path target = resolve(relative);
    folder(target.getParent());
    Optional<Path> old = previous(relative);
    if (relative.endsWith(".html")) {
      pages.incrementAndGet();
      if (old.isPresent()) {
        pagesKept.incrementAndGet();
      }
    }
    if (old.isPresent() && sameBytes(old.get(), bytes)) {
      reuse(old.get(), target);
      unchanged.incrementAndGet();
      return;
    }
    Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    written.incrementAndGet();
  }

  /**
   * Copies a file into the output, or links the previous build's identical copy.
   *
   * @param relative the site-relative path
   * @param source the file to copy
   * @throws IOException when copying fails
   */
  @Override
  public void copy(String relative, Path source) throws IOException {
    Path target = resolve(relative);
    folder(target.getParent());
    Optional<Path> old = previous(relative);
    if (old.isPresent()
        && Files.size(old.get()) == Files.size(source)
        && Files.mismatch(old.get(), source) == -1) {
      reuse(old.get(), target);
      unchanged.incrementAndGet();
      return;
    }
    try {
      Files.copy(source, target);
    } catch (FileAlreadyExistsException e) {
      throw new IOException("written twice: " + relative, e);
    }
    written.incrementAndGet();
  }

  private void folder(Path folder) throws IOException {
    // Two threads may both create a new folder: createDirectories accepts one that exists.
    if (!folders.containsKey(folder)) {
      Files.createDirectories(folder);
      folders.put(folder, Boolean.TRUE);
    }
  }

  private Optional<Path> previous(String relative) {
    if (previous == null) {
      return Optional.empty();
    }
    Optional<Path> old = safeResolve(previous, relative);
    if (old.isPresent() && Files.isRegularFile(old.get(), LinkOption.NOFOLLOW_LINKS)) {
      return old;
    }
    return Optional.empty();
  }

  private static boolean sameBytes(Path old, byte[] bytes) throws IOException {
    if (Files.size(old) != bytes.length) {
      return false;
    }
    return Arrays.equals(Files.readAllBytes(old), bytes);
  }

  private static void reuse(Path old, Path target) throws IOException {
    try {
      Files.createLink(target, old);
    } catch (UnsupportedOperationException | IOException e) {
      Files.copy(old, target, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  @Override
  public int previousPages() {
    return previousPages;
  }

  @Override
  public int pagesKept() {
    return pagesKept.get();
  }

  /**
   * Returns the generation the output showed when this build began.
   *
   * @return the folder, empty for a first build
   */
  public Optional<Path> previous() {
    return Optional.ofNullable(previous);
  }

  /**
   * Returns how many files were written with new bytes.
   *
   * @return the count
   */
  @Override
  public int written() {
    return written.get();
  }

  /**
   * Returns how many files were the same as in the previous build and were not rewritten.
   *
   * @return the count
   */
  @Override
  public int unchanged() {
    return unchanged.get();
  }

  /**
   * Switches the new generation in, then deletes the older ones and what dead builds left.
   *
   * @throws IOException when the switch fails; the output path then shows the previous site
   */
  @Override
  public void commit() throws IOException {
    commit(List.of());
  }

  @Override
  public void keepPrevious() {
    keepPrevious = true;
  }

  /**
   * Switches the new generation in, then deletes the older ones but those kept.
   *
   * @param keep generations to keep (a watch session's)
   * @throws IOException when the switch fails; the output path then shows the previous site
   */
  public void commit(Collection<Path> keep) throws IOException {
    writeMarker(staging, pages.get());
    generation = generations.complete(staging);
    generations.switchTo(generation);
    committed = true;
    try {
      List<Path> kept = new ArrayList<>(keep);
      if (keepPrevious && previous != null && !previous.equals(output)) {
        kept.add(previous);
      }
      generations.retire(kept);
    } catch (IOException | UncheckedIOException e) {
      // The new site is in; what is left is deleted by the next build.
      LOG.debug("cannot delete an old generation of {}", output, e);
    }
  }

  /** Deletes the new generation unless it was switched in, and releases the lock. */
  @Override
  public void close() {
    try {
      if (!committed && !faults.dead()) {
        deleteTree(folder());
      }
    } catch (IOException | UncheckedIOException e) {
      // Best effort: the next build deletes what is left in the hidden folder.
    } finally {
      generations.close();
    }
  }

  /** Deletes a folder Billet created, never following symbolic links out of it. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Why an output folder cannot be used. */
  public static final class OutputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String hint;

    OutputException(String code, String message, String hint) {
      super(message);
      this.code = code;
      this.hint = hint;
    }

    /**
     * Returns the stable problem code.
     *
     * @return the code
     */
    public String code() {
      return code;
    }

    /**
     * Returns how to fix it.
     *
     * @return the hint
     */
    public String hint() {
      return hint;
    }
  }

  @Override
  public String toString() {
    return "StagedOutput[" + output + " via " + folder().getFileName() + "]";
  }
}

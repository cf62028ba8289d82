package io.github.billet.render.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An output folder written atomically: files go to a staging folder beside it, and {@link
 * #commit()} swaps the staging folder in. Until then the previous site stays in place; a failed
 * build deletes its staging folder and changes nothing else.
 *
 * <p>A file whose bytes equal the previous build's is linked (or copied with its time stamps) from
 * the previous output instead of being written again, so a rebuild rewrites only the pages whose
 * bytes changed. Only folders that Billet wrote (they hold a {@value #MARKER} file) are ever
 * replaced; nothing outside the output folder and its staging siblings is written or deleted.
 *
 * <p>Thread-safe for concurrent {@link #write} calls on different paths.
 */
public final class StagedOutput implements SiteOutput {

  /** The file that marks a folder as written by Billet. */
  public static final String MARKER = ".billet-site";

  private final Path output;
  private final Path staging;
  private final boolean hadPrevious;
  private final AtomicInteger written = new AtomicInteger();
  private final AtomicInteger unchanged = new AtomicInteger();
  // Folders made so far: a site has about one folder a page, and asking the file system again for
  // each file costs a system call that fails.
  private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
  private boolean committed;

  private StagedOutput(Path output, Path staging, boolean hadPrevious) {
    this.output = output;
    this.staging = staging;
    this.hadPrevious = hadPrevious;
  }

  /**
   * Checks the output folder and creates the staging folder beside it.
   *
   * @param output the output folder; it may be absent, empty, or a previous Billet output
   * @return the staged output
   * @throws OutputException when the folder cannot be used, with a message saying why
   */
  public static StagedOutput open(Path output) throws OutputException {
    Path out = output.toAbsolutePath().normalize();
    Path parent = out.getParent();
    if (parent == null) {
      throw new OutputException(
          "output.root", "the output folder cannot be the file system root", "give a subfolder");
    }
    boolean previous = false;
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
        throw new OutputException(
            "output.not-a-folder",
            "the output path " + out + " exists and is not a folder",
            "give the path of a folder, or remove that file");
      }
      previous = isNonEmpty(out);
      if (previous && !Files.isRegularFile(out.resolve(MARKER))) {
        throw new OutputException(
            "output.not-billet",
            "the output folder "
                + out
                + " is not empty and was not written by Billet; it would be replaced",
            "give an empty or new folder, or one a previous Billet build wrote");
      }
    }
    try {
      Files.createDirectories(parent);
      Path staging = uniqueFolder(parent, "." + out.getFileName() + ".billet-staging-");
      Files.writeString(
          staging.resolve(MARKER),
          "Written by Billet. This folder is replaced as a whole on each build.\n");
      return new StagedOutput(out, staging, previous);
    } catch (IOException | SecurityException e) {
      throw new OutputException(
          "output.unwritable",
          "cannot write beside the output folder " + out + ": " + e.getMessage(),
          "check that " + parent + " exists and is writable");
    }
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

  private static boolean isNonEmpty(Path dir) throws OutputException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return entries.iterator().hasNext();
    } catch (DirectoryIteratorException e) {
      throw new UncheckedIOException(e.getCause()); // as Files.list reports it
    } catch (IOException e) {
      throw new OutputException(
          "output.unreadable",
          "cannot read the output folder " + dir + ": " + e.getMessage(),
          "check its permissions");
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
    if (!hadPrevious) {
      return Optional.empty();
    }
    Optional<Path> old = safeResolve(output, relative);
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
   * Swaps the staging folder in place of the output folder.
   *
   * @throws IOException when the swap fails; the previous output is then restored
   */
  @Override
  public void commit() throws IOException {
    Path parent = output.getParent();
    Path retired = null;
    if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
      retired = uniqueFolder(parent, "." + output.getFileName() + ".billet-retired-");
      Files.delete(retired);
      Files.move(output, retired, StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      if (retired != null) {
        Files.move(retired, output, StandardCopyOption.ATOMIC_MOVE);
      }
      throw e;
    }
    committed = true;
    if (retired != null) {
      deleteTree(retired);
    }
  }

  /** Deletes the staging folder unless it was committed. */
  @Override
  public void close() {
    if (!committed) {
      try {
        deleteTree(staging);
      } catch (IOException | UncheckedIOException e) {
        // Best effort: a leftover hidden staging folder beside the output is harmless.
      }
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
    return "StagedOutput[" + output + " via " + staging.getFileName() + "]";
  }
}

package io.github.billet.render.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An output folder that a previous build of the same session wrote, updated in place: a file is
 * written only when its content differs from what that build wrote (each write goes to a temporary
 * file beside it, then replaces it atomically, so a reader never sees half a page), and {@link
 * #commit()} deletes the files that build wrote and this one did not. Files Billet did not write
 * are never touched. Unlike {@link StagedOutput}, a build that fails half-way leaves some pages new
 * and others old: the next successful build of the session completes it.
 */
public final class LiveOutput implements SiteOutput {

  private final Path output;
  private final Map<String, String> previous;
  private final Map<String, String> current = new ConcurrentHashMap<>();
  private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
  private final AtomicInteger written = new AtomicInteger();
  private final AtomicInteger unchanged = new AtomicInteger();

  private LiveOutput(Path output, Map<String, String> previous) {
    this.output = output;
    this.previous = Map.copyOf(previous);
  }

  /**
   * Opens an output folder for an update in place.
   *
   * @param output the folder a previous build of the session wrote
   * @param previous what that build wrote, by site-relative path (see {@link DigestingOutput})
   * @return the output, or empty when the folder is no longer that build's (then build it whole)
   */
  public static Optional<LiveOutput> open(Path output, Map<String, String> previous) {
    Path out = output.toAbsolutePath().normalize();
    if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)
        || !Files.isRegularFile(out.resolve(StagedOutput.MARKER), LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    return Optional.of(new LiveOutput(out, previous));
  }

  /**
   * Returns what each file of the site now holds.
   *
   * @return the digests by site-relative path
   */
  public Map<String, String> digests() {
    return Map.copyOf(current);
  }

  @Override
  public void write(String relative, byte[] bytes) throws IOException {
    String digest = OutputDigests.ofBytes(bytes);
    Path target = target(relative, digest);
    if (target == null) {
      return;
    }
    Path temporary = temporaryBeside(target);
    try {
      Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
    written.incrementAndGet();
  }

  @Override
  public void copy(String relative, Path source) throws IOException {
    String digest = OutputDigests.ofCopy(source);
    Path target = target(relative, digest);
    if (target == null) {
      return;
    }
    Path temporary = temporaryBeside(target);
    try {
      Files.copy(source, temporary);
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
    written.incrementAndGet();
  }

  /**
   * Keeps a file the previous build wrote as it is, without being given its content again: for a
   * page whose inputs did not change.
   *
   * @param relative the site-relative path
   * @return true when it was kept; false when there is no such file (then write it)
   */
  public boolean keep(String relative) {
    String digest = previous.get(relative);
    if (digest == null || digest.startsWith("copy:")) {
      return false;
    }
    Optional<Path> target = StagedOutput.safeResolve(output, relative);
    if (target.isEmpty() || !Files.isRegularFile(target.get(), LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    if (current.putIfAbsent(relative, digest) != null) {
      return false;
    }
    unchanged.incrementAndGet();
    return true;
  }

  /** The file to write, or null when it already holds that content. */
  private Path target(String relative, String digest) throws IOException {
    Path target =
        StagedOutput.safeResolve(output, relative)
            .orElseThrow(
                () -> new IllegalArgumentException("path escapes the output folder: " + relative));
    if (current.putIfAbsent(relative, digest) != null) {
      throw new IOException("written twice: " + relative);
    }
    if (digest.equals(previous.get(relative))
        && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      unchanged.incrementAndGet();
      return null;
    }
    Path parent = target.getParent();
    folders.computeIfAbsent(
        parent,
        f -> {
          try {
            Files.createDirectories(f);
            return Boolean.TRUE;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return target;
  }

  private static Path temporaryBeside(Path target) {
    return target.resolveSibling(
        "." + target.getFileName() + ".billet-" + Thread.currentThread().getId());
  }

  /** Deletes the files the previous build wrote and this one did not, and their empty folders. */
  @Override
  public void commit() throws IOException {
    for (String relative : previous.keySet()) {
      if (current.containsKey(relative)) {
        continue;
      }
      Optional<Path> gone = StagedOutput.safeResolve(output, relative);
      if (gone.isEmpty() || !Files.isRegularFile(gone.get(), LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      Files.delete(gone.get());
      for (Path folder = gone.get().getParent();
          folder != null && !folder.equals(output) && folder.startsWith(output);
          folder = folder.getParent()) {
        try {
          Files.delete(folder);
        } catch (DirectoryNotEmptyException | NoSuchFileException e) {
          break;
        }
      }
    }
  }

  @Override
  public int written() {
    return written.get();
  }

  @Override
  public int unchanged() {
    return unchanged.get();
  }

  @Override
  public void close() {
    // Nothing staged: every write is already in place.
  }
}

package io.github.billet.render.internal.output;

import io.github.billet.render.internal.output.GenerationState.Stat;
import io.github.billet.render.internal.output.StagedOutput.OutputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A watch session's rebuild: the session keeps two generations, the live one and the one it showed
 * before; this output brings the other one up to date and switches it in, as {@link StagedOutput}
 * switches a new one in, in one atomic step. A file is written only when its bytes differ from what
 * that generation holds; a file the live generation holds with the same bytes is linked from it (so
 * a rebuild after one change writes about what changed since that generation was live, and what
 * changed now).
 *
 * <p>What the generation holds is judged by what is on disk: a file whose size, modification time
 * or file key is not what the session saw after writing it, or a file the session did not write,
 * was changed by someone else and is written again or deleted; if the output path no longer shows
 * the session's live generation (another build switched its own in), {@link #open} gives nothing
 * and the session builds a whole new generation. Either way the result is byte for byte what a
 * fresh build writes.
 *
 * <p>Thread-safe for concurrent writes on different paths.
 *
 * <pre>{@code
 * Optional<GenerationOutput> update = GenerationOutput.open(output, live, other, OutputFaults.NONE);
 * if (update.isPresent()) {
 *   try (GenerationOutput out = update.get()) {
 *     out.write("fr/index.html", bytes);
 *     out.commit();
 *     GenerationState now = out.result();
 *   }
 * }
 * }</pre>
 */
public final class GenerationOutput implements SiteOutput {

  private static final Logger LOG = LoggerFactory.getLogger(GenerationOutput.class);

  private final Generations generations;
  private final OutputFaults faults;
  private final GenerationState live;
  private final Path target;
  private final boolean fresh;
  private final Map<String, Stat> onDisk;
  private final Map<String, String> trusted;
  private final int previousPages;
  private final Map<String, String> current = new ConcurrentHashMap<>();
  private final Map<String, Stat> stats = new ConcurrentHashMap<>();
  private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
  private final AtomicInteger written = new AtomicInteger();
  private final AtomicInteger unchanged = new AtomicInteger();
  private final AtomicInteger pages = new AtomicInteger();
  private final AtomicInteger pagesKept = new AtomicInteger();
  private GenerationState result;

  private GenerationOutput(
      Generations generations,
      OutputFaults faults,
      GenerationState live,
      Path target,
      boolean fresh,
      Map<String, Stat> onDisk,
      Map<String, String> trusted) {
    this.generations = generations;
    this.faults = faults;
    this.live = live;
    this.target = target;
    this.fresh = fresh;
    this.onDisk = onDisk;
    this.trusted = trusted;
    this.previousPages = StagedOutput.pagesNoted(live.folder());
  }

  /**
   * Opens the session's other generation for an update, under the output's lock.
   *
   * @param output the output path
   * @param live the generation the session switched in last
   * @param other the one it showed before, or null (then a new one is made)
   * @param faults the fault-injection seam
   * @return the output, or empty when the output path no longer shows {@code live}
   * @throws OutputException when the output cannot be used
   */
  public static Optional<GenerationOutput> open(
      Path output, GenerationState live, GenerationState other, OutputFaults faults)
      throws OutputException {
    Generations generations = Generations.open(output, faults);
    try {
      Optional<Path> now = generations.live();
      if (now.isEmpty() || !now.get().equals(live.folder())) {
        generations.close();
        return Optional.empty();
      }
      if (other != null
          && other.folder().getFileName().toString().startsWith("g-")
          && Files.isDirectory(other.folder(), LinkOption.NOFOLLOW_LINKS)
          && Files.isRegularFile(
              other.folder().resolve(StagedOutput.MARKER), LinkOption.NOFOLLOW_LINKS)) {
        Map<String, Stat> onDisk = GenerationState.look(other.folder());
        Map<String, String> trusted = new HashMap<>();
        for (Map.Entry<String, Stat> file : onDisk.entrySet()) {
          String digest = other.digests().get(file.getKey());
          if (digest != null && file.getValue().equals(other.stats().get(file.getKey()))) {
            trusted.put(file.getKey(), digest);
          }
        }
        return Optional.of(
            new GenerationOutput(
                generations, faults, live, other.folder(), false, onDisk, trusted));
      }
      return Optional.of(
          new GenerationOutput(
              generations, faults, live, generations.newStaging(), true, Map.of(), Map.of()));
    } catch (IOException | RuntimeException e) {
      throw generations.closeUnwritable(e);
    }
  }

  /**
   * Returns what the session knows of the generation this build switched in.
   *
   * @return the state, once committed
   */
  public GenerationState result() {
    return result;
  }

  @Override
  public void write(String relative, byte[] bytes) throws IOException {
    place(
        relative,
        OutputDigests.ofBytes(bytes),
        t -> Files.write(t, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
  }

  @Override
  public void copy(String relative, Path source) throws IOException {
    place(relative, OutputDigests.ofCopy(source), t -> Files.copy(source, t));
  }

  /** Writes a file's content at a path. */
  private interface Writer {
    void write(Path target) throws IOException;
  }

  private void place(String relative, String digest, Writer writer) throws IOException {
    Path file = resolve(relative);
    if (current.putIfAbsent(relative, digest) != null) {
      throw new IOException("written twice: " + relative);
    }
    countPage(relative);
    if (digest.equals(trusted.get(relative))) {
      stats.put(relative, onDisk.get(relative));
      unchanged.incrementAndGet();
      return;
    }
    clear(file);
    if (digest.equals(live.digests().get(relative)) && linkFromLive(relative, file)) {
      unchanged.incrementAndGet();
    } else {
      writer.write(file);
      written.incrementAndGet();
    }
    record(relative, file);
  }

  /**
   * Keeps a file the live generation holds, without being given its content again: for a page whose
   * inputs did not change.
   *
   * @param relative the site-relative path
   * @return true when kept; false when it must be written
   */
  public boolean keep(String relative) {
    String digest = live.digests().get(relative);
    if (digest == null || digest.startsWith("copy:")) {
      return false;
    }
    boolean there = digest.equals(trusted.get(relative));
    if (!there && !unchangedInLive(relative)) {
      return false;
    }
    if (current.putIfAbsent(relative, digest) != null) {
      return false;
    }
    countPage(relative);
    try {
      if (there) {
        stats.put(relative, onDisk.get(relative));
      } else {
        Path file = resolve(relative);
        clear(file);
        if (!linkFromLive(relative, file)) {
          throw new IOException("cannot link " + relative + " from the live site");
        }
        record(relative, file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    unchanged.incrementAndGet();
    return true;
  }

  private void countPage(String relative) {
    if (relative.endsWith(".html")) {
      pages.incrementAndGet();
      if (live.digests().containsKey(relative)) {
        pagesKept.incrementAndGet();
      }
    }
  }

  private Path resolve(String relative) {
    return StagedOutput.safeResolve(target, relative)
        .orElseThrow(
            () -> new IllegalArgumentException("path escapes the output folder: " + relative));
  }

  /** The live generation's file is as the session wrote it. */
  private boolean unchangedInLive(String relative) {
    Stat known = live.stats().get(relative);
    Optional<Path> file = StagedOutput.safeResolve(live.folder(), relative);
    return known != null && file.isPresent() && known.equals(Stat.of(file.get()));
  }

  /** Makes way for a new file: never writes into a file another generation may share. */
  private void clear(Path file) throws IOException {
    Path parent = file.getParent();
    if (!folders.containsKey(parent)) {
      Files.createDirectories(parent);
      folders.put(parent, Boolean.TRUE);
    }
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      StagedOutput.deleteTree(file);
    } else {
      Files.deleteIfExists(file);
    }
  }

  private boolean linkFromLive(String relative, Path file) throws IOException {
    if (!unchangedInLive(relative)) {
      return false;
    }
    Path source = live.folder().resolve(relative);
    try {
      Files.createLink(file, source);
    } catch (UnsupportedOperationException | IOException e) {
      Files.copy(source, file, StandardCopyOption.COPY_ATTRIBUTES);
    }
    return true;
  }

  private void record(String relative, Path file) {
    Stat stat = Stat.of(file);
    stats.put(relative, stat == null ? Stat.NOT_A_FILE : stat);
  }

  /**
   * Deletes what the generation holds that this build did not write, then switches it in.
   *
   * @throws IOException when that fails; the output path then shows the live generation
   */
  @Override
  public void commit() throws IOException {
    for (String relative : onDisk.keySet()) {
      if (current.containsKey(relative)) {
        continue;
      }
      Path gone = target.resolve(relative);
      if (Files.isDirectory(gone, LinkOption.NOFOLLOW_LINKS)) {
        StagedOutput.deleteTree(gone);
      } else {
        Files.deleteIfExists(gone);
      }
      for (Path folder = gone.getParent();
          folder != null && !folder.equals(target) && folder.startsWith(target);
          folder = folder.getParent()) {
        try {
          Files.delete(folder);
        } catch (DirectoryNotEmptyException | NoSuchFileException e) {
          break;
        }
      }
    }
    StagedOutput.writeMarker(target, pages.get());
    Path generation = fresh ? generations.complete(target) : target;
    generations.switchTo(generation);
    result = new GenerationState(generation, current, stats);
    try {
      generations.retire(List.of(live.folder()));
    } catch (IOException | UncheckedIOException e) {
      LOG.debug("cannot delete what dead builds left beside {}", generations.output(), e);
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
  public int previousPages() {
    return previousPages;
  }

  @Override
  public int pagesKept() {
    return pagesKept.get();
  }

  /** Deletes a new generation that was not switched in, and releases the lock. */
  @Override
  public void close() {
    try {
      if (result == null && fresh && !faults.dead()) {
        StagedOutput.deleteTree(target);
      }
    } catch (IOException | UncheckedIOException e) {
      // The next build deletes what is left.
    } finally {
      generations.close();
    }
  }
}

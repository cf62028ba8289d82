package io.github.billet.render.internal.site;

import io.github.billet.core.Problem;
import io.github.billet.render.body.RenderedBody;
import io.github.billet.render.body.TocEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * The rendered bodies of one build, by source name: rendered once while the posts load, read back
 * for their pages and feeds. Bodies are kept in memory while they fit in their budget; later ones
 * are appended to one temporary file (deleted when the store is closed) and read back from it, so a
 * large site builds in a small heap without parsing any post twice. Thread-safe.
 */
public final class BodyStore implements AutoCloseable {

  /** A body held in memory ({@code html} set) or in the spill file (offset and length). */
  private record Held(
      String html, long offset, int length, List<TocEntry> toc, List<Problem> problems) {}

  private final Map<String, Held> bodies = new ConcurrentHashMap<>();
  private final AtomicLong budget;
  private final AtomicLong end = new AtomicLong();
  private final Object spillLock = new Object();
  private volatile FileChannel spill;
  private volatile Path spillFile;

  /**
   * Makes a store.
   *
   * @param memoryBudget the bytes of HTML (2 a character) kept in memory before spilling
   */
  public BodyStore(long memoryBudget) {
    this.budget = new AtomicLong(memoryBudget);
  }

  /**
   * Keeps a body.
   *
   * @param source the post's source name
   * @param body the rendered body
   */
  public void put(String source, RenderedBody body) {
    String html = body.html();
    if (budget.addAndGet(-2L * html.length()) >= 0) {
      bodies.put(source, new Held(html, 0, 0, body.tableOfContents(), body.problems()));
      return;
    }
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    long offset = end.getAndAdd(bytes.length);
    try {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      long at = offset;
      while (buffer.hasRemaining()) {
        at += channel().write(buffer, at);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    bodies.put(
        source, new Held(null, offset, bytes.length, body.tableOfContents(), body.problems()));
  }

  /**
   * Returns a kept body.
   *
   * @param source the post's source name
   * @return the body, or null when none was kept for this source
   */
  public RenderedBody get(String source) {
    Held held = bodies.get(source);
    if (held == null) {
      return null;
    }
    if (held.html() != null) {
      return new RenderedBody(held.html(), held.toc(), held.problems());
    }
    ByteBuffer buffer = ByteBuffer.allocate(held.length());
    try {
      long at = held.offset();
      while (buffer.hasRemaining()) {
        int read = spill.read(buffer, at);
        if (read < 0) {
          throw new IOException("the spill file " + spillFile + " is shorter than expected");
        }
        at += read;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RenderedBody(
        new String(buffer.array(), StandardCharsets.UTF_8), held.toc(), held.problems());
  }

  /**
   * Tells how many bodies went to the spill file.
   *
   * @return the count
   */
  public long spilled() {
    return bodies.values().stream().filter(h -> h.html() == null).count();
  }

  private FileChannel channel() throws IOException {
    FileChannel open = spill;
    if (open != null) {
      return open;
    }
    synchronized (spillLock) {
      if (spill == null) {
        Path file = Files.createTempFile("billet-bodies-", ".tmp");
        spillFile = file;
        spill =
            FileChannel.open(
                file,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
      }
      return spill;
    }
  }

  /** Forgets every body and deletes the spill file. */
  @Override
  public void close() {
    synchronized (spillLock) {
      if (spill != null) {
        try {
          spill.close();
          Files.deleteIfExists(spillFile);
        } catch (IOException e) {
          LoggerFactory.getLogger(BodyStore.class).warn("could not delete {}", spillFile, e);
        }
        spill = null;
      }
    }
    bodies.clear();
  }
}

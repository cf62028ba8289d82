package io.github.billet.render.internal.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Another output that also notes what each file holds, for the next build of a session to write
 * only what changed.
 */
public final class DigestingOutput implements SiteOutput {

  private final StagedOutput target;
  private final Map<String, String> digests = new ConcurrentHashMap<>();

  /**
   * Wraps an output.
   *
   * @param target where the files go
   */
  public DigestingOutput(StagedOutput target) {
    this.target = target;
  }

  /**
   * Returns the generation written (switched in once committed).
   *
   * @return the folder
   */
  public Path folder() {
    return target.folder();
  }

  /**
   * Returns what each written file holds.
   *
   * @return the digests by site-relative path
   */
  public Map<String, String> digests() {
    return Map.copyOf(digests);
  }

  @Override
  public void write(String relative, byte[] bytes) throws IOException {
    target.write(relative, bytes);
    digests.put(relative, OutputDigests.ofBytes(bytes));
  }

  @Override
  public void copy(String relative, Path source) throws IOException {
    target.copy(relative, source);
    digests.put(relative, OutputDigests.ofCopy(source));
  }

  @Override
  public void commit() throws IOException {
    target.commit();
  }

  @Override
  public int written() {
    return target.written();
  }

  @Override
  public int unchanged() {
    return target.unchanged();
  }

  @Override
  public int previousPages() {
    return target.previousPages();
  }

  @Override
  public int pagesKept() {
    return target.pagesKept();
  }

  @Override
  public void keepPrevious() {
    target.keepPrevious();
  }

  @Override
  public void close() {
    target.close();
  }
}

package io.github.billet.core;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The posts of earlier loads of one content folder, so that a later load parses only the files that
 * changed: a {@link ContentLoader} given a cache takes a post from it when its file has the same
 * size, modification time and file key as when it was parsed, and puts every post it parses into
 * it. A change that keeps all three (an edit within the file system's time resolution that keeps
 * the size) is not seen, as with {@code make}. Thread-safe.
 *
 * <p>A cached post comes back as it was parsed, with what its body {@link MarkdownBody#derived
 * keeps}; {@link ContentLoader.Builder#onParsed} does not run for it again. Use one cache per
 * content folder and loader configuration (rules, parser, extensions).
 *
 * <pre>{@code
 * PostCache cache = new PostCache();
 * ContentLoader loader = ContentLoader.builder().cache(cache).build();
 * ContentTree first = loader.load(content);
 * ContentTree again = loader.load(content); // parses only what changed since
 * }</pre>
 */
public final class PostCache {

  /** What a file looked like when it was parsed. */
  record Stamp(long size, FileTime modified, Object fileKey) {
    static Stamp of(BasicFileAttributes attributes) {
      return new Stamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
    }
  }

  /** A parsed file: its post (null when it could not become one) and problems. */
  record Entry(Stamp stamp, Post post, List<Problem> problems) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /** Makes an empty cache. */
  public PostCache() {}

  /**
   * Tells how many files the cache holds.
   *
   * @return the number of source files
   */
  public int size() {
    return entries.size();
  }

  /** Forgets everything. */
  public void clear() {
    entries.clear();
  }

  Optional<Entry> get(String source, Stamp stamp) {
    Entry entry = entries.get(source);
    return entry != null && entry.stamp().equals(stamp) ? Optional.of(entry) : Optional.empty();
  }

  void put(String source, Stamp stamp, Post post, List<Problem> problems) {
    entries.put(source, new Entry(stamp, post, List.copyOf(problems)));
  }

  /** Forgets the files that are no longer in the tree. */
  void retain(Set<String> sources) {
    Objects.requireNonNull(sources);
    entries.keySet().retainAll(sources);
  }
}

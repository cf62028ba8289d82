package io.github.billet.render.internal.page;

import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Looks up a part of a page in a bounded cache of a page writer, making it when missing.
 *
 * <p>The part is made inside {@link ConcurrentMap#computeIfAbsent}, so that making a missing part
 * (labels, date formats, escaping, a whole header) stays out of the page writer's own code. Past
 * {@code max} entries a part is made and not kept, so hostile input cannot grow the cache without
 * bound.
 *
 * <pre>{@code
 * String line = BoundedCache.get(datesShown, 8192, key, k -> PageHtml.publishedOn(labels, fr, d));
 * }</pre>
 */
public final class BoundedCache {

  private BoundedCache() {}

  /**
   * Returns the cached part, or makes it (and keeps it while the cache has room).
   *
   * @param cache the cache, shared by the threads of one writer
   * @param max the most entries kept
   * @param key the part's key
   * @param make makes the part from its key; runs at most once per kept key
   * @param <K> the key type
   * @param <V> the part type
   * @return the part
   */
  public static <K, V> V get(
      ConcurrentMap<K, V> cache, int max, K key, Function<? super K, ? extends V> make) {
    V part = cache.get(key);
    if (part != null) {
      return part;
    }
    return cache.size() < max ? cache.computeIfAbsent(key, make) : make.apply(key);
  }
}

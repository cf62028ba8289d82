package io.github.billet.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Merges front matter trees: maps key by key, anything else from the top tree wins. */
public final class DeepMerge {

  private DeepMerge() {}

  /**
   * Merges two trees.
   *
   * @param base the lower tree, such as folder defaults
   * @param top the upper tree, such as a post's own front matter
   * @return an unmodifiable merged map, keys of {@code base} first
   */
  public static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> top) {
    Map<String, Object> out = new LinkedHashMap<>(base);
    for (Map.Entry<String, Object> e : top.entrySet()) {
      Object under = out.get(e.getKey());
      if (under instanceof Map<?, ?> u && e.getValue() instanceof Map<?, ?> t) {
        @SuppressWarnings("unchecked")
        Map<String, Object> merged = merge((Map<String, Object>) u, (Map<String, Object>) t);
        out.put(e.getKey(), merged);
      } else {
        out.put(e.getKey(), e.getValue());
      }
    }
    return Collections.unmodifiableMap(out);
  }
}

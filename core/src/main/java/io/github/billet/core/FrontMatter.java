package io.github.billet.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A post's whole front matter as an immutable tree, for the keys the model does not type ({@code
 * video.src}, {@code slides.title}, {@code toc}, {@code eleventyNavigation.order}, …).
 *
 * <p>Values are {@link String}, {@link Boolean}, {@link Long}, {@link Double}, {@link
 * java.math.BigInteger}, {@link java.math.BigDecimal}, {@code null}, unmodifiable {@link List}s and
 * unmodifiable {@link Map}s with {@code String} keys in source order. Paths are dotted: {@code
 * "video.src"} reads key {@code src} of map {@code video}; a list index is a number ({@code
 * "segments.0.url"}). The tree also remembers where each key was written, for problems.
 *
 * <pre>{@code
 * String videoUrl = post.frontMatter().getString("video.src").orElse("");
 * boolean toc = post.frontMatter().getBoolean("toc", false);
 * }</pre>
 */
public final class FrontMatter {

  private static final FrontMatter EMPTY = new FrontMatter(Map.of(), Map.of());

  private final Map<String, Object> root;
  private final Map<String, SourcePosition> positions;

  private FrontMatter(Map<String, Object> root, Map<String, SourcePosition> positions) {
    this.root = root;
    this.positions = positions;
  }

  /**
   * Returns the empty front matter.
   *
   * @return a front matter with no key
   */
  public static FrontMatter empty() {
    return EMPTY;
  }

  /**
   * Creates a front matter from a map, copying it deeply into immutable collections.
   *
   * @param values keys and values, of the types listed in the class description
   * @param positions where each dotted key path was written; may be empty
   * @return the front matter
   */
  public static FrontMatter of(Map<String, ?> values, Map<String, SourcePosition> positions) {
    Objects.requireNonNull(values, "values");
    @SuppressWarnings("unchecked")
    Map<String, Object> copy = (Map<String, Object>) freeze(values);
    return new FrontMatter(copy, Map.copyOf(positions));
  }

  /**
   * Creates a front matter from a map, with no positions.
   *
   * @param values keys and values
   * @return the front matter
   */
  public static FrontMatter of(Map<String, ?> values) {
    return of(values, Map.of());
  }

  /**
   * Wraps already immutable values without copying; for the parser.
   *
   * @param frozen an unmodifiable tree as built by {@link #of(Map, Map)}
   * @param positions positions
   * @return the front matter
   */
  static FrontMatter wrap(Map<String, Object> frozen, Map<String, SourcePosition> positions) {
    return new FrontMatter(frozen, positions);
  }

  private static Object freeze(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.put(String.valueOf(e.getKey()), freeze(e.getValue()));
      }
      return Collections.unmodifiableMap(out);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object item : list) {
        out.add(freeze(item));
      }
      return Collections.unmodifiableList(out);
    }
    return value;
  }

  /**
   * Returns the top-level map.
   *
   * @return an unmodifiable map in source order
   */
  public Map<String, Object> asMap() {
    return root;
  }

  /**
   * Tells whether a key path is present (even with a null value).
   *
   * @param path a dotted path
   * @return true when present
   */
  public boolean has(String path) {
    return lookup(path) != MISSING;
  }

  /**
   * Returns the value at a dotted path.
   *
   * @param path a dotted path such as {@code video.src}
   * @return the value, empty when absent or null
   */
  public Optional<Object> get(String path) {
    Object value = lookup(path);
    return value == MISSING ? Optional.empty() : Optional.ofNullable(value);
  }

  /**
   * Returns a scalar value as text: strings as they are, numbers and booleans as written.
   *
   * @param path a dotted path
   * @return the text, empty when absent, null, a list or a map
   */
  public Optional<String> getString(String path) {
    Object value = get(path).orElse(null);
    if (value == null || value instanceof Map || value instanceof List) {
      return Optional.empty();
    }
    return Optional.of(String.valueOf(value));
  }

  /**
   * Returns a scalar value as text, or a default.
   *
   * @param path a dotted path
   * @param defaultValue returned when absent or not a scalar
   * @return the text
   */
  public String getString(String path, String defaultValue) {
    return getString(path).orElse(defaultValue);
  }

  /**
   * Returns a boolean: YAML booleans, or the strings {@code true} and {@code false} in any case.
   *
   * @param path a dotted path
   * @param defaultValue returned when absent or not a boolean
   * @return the value
   */
  public boolean getBoolean(String path, boolean defaultValue) {
    Object value = get(path).orElse(null);
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s) {
      if (s.equalsIgnoreCase("true")) {
        return true;
      }
      if (s.equalsIgnoreCase("false")) {
        return false;
      }
    }
    return defaultValue;
  }

  /**
   * Returns an integer number, or a default.
   *
   * @param path a dotted path
   * @param defaultValue returned when absent or not an integer that fits a long
   * @return the value
   */
  public long getLong(String path, long defaultValue) {
    Object value = get(path).orElse(null);
    if (value instanceof Long l) {
      return l;
    }
    if (value instanceof Integer i) {
      return i;
    }
    if (value instanceof String s) {
      try {
        return Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        return defaultValue;
      }
    }
    return defaultValue;
  }

  /**
   * Returns a list of scalars as texts; a single scalar reads as a list of one.
   *
   * @param path a dotted path
   * @return the texts, empty when absent; nested lists and maps are skipped
   */
  public List<String> getStrings(String path) {
    Object value = get(path).orElse(null);
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      List<String> out = new ArrayList<>(list.size());
      for (Object item : list) {
        if (item != null && !(item instanceof Map || item instanceof List)) {
          out.add(String.valueOf(item));
        }
      }
      return List.copyOf(out);
    }
    if (value instanceof Map) {
      return List.of();
    }
    return List.of(String.valueOf(value));
  }

  /**
   * Returns a nested map as a front matter of its own (positions kept).
   *
   * @param path a dotted path
   * @return the sub-tree, empty when absent or not a map
   */
  public Optional<FrontMatter> getMap(String path) {
    Object value = get(path).orElse(null);
    if (!(value instanceof Map<?, ?>)) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) value;
    String prefix = path + ".";
    Map<String, SourcePosition> sub = new LinkedHashMap<>();
    for (Map.Entry<String, SourcePosition> e : positions.entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        sub.put(e.getKey().substring(prefix.length()), e.getValue());
      }
    }
    return Optional.of(new FrontMatter(map, Map.copyOf(sub)));
  }

  /**
   * Returns where a key path was written in the source file.
   *
   * @param path a dotted path
   * @return the position of its key, empty when unknown
   */
  public Optional<SourcePosition> positionOf(String path) {
    return Optional.ofNullable(positions.get(path));
  }

  /**
   * Returns every known key position, by dotted path.
   *
   * @return an unmodifiable map
   */
  public Map<String, SourcePosition> positions() {
    return positions;
  }

  private static final Object MISSING = new Object();

  private Object lookup(String path) {
    Object current = root;
    int start = 0;
    while (true) {
      int dot = path.indexOf('.', start);
      String key = dot < 0 ? path.substring(start) : path.substring(start, dot);
      if (current instanceof Map<?, ?> map) {
        // One look-up for the common case; containsKey only tells a null value from no key.
        Object value = map.get(key);
        if (value == null && !map.containsKey(key)) {
          // A key may itself contain dots: try the rest of the path as one key.
          if (dot >= 0 && map.containsKey(path.substring(start))) {
            return map.get(path.substring(start));
          }
          return MISSING;
        }
        current = value;
      } else if (current instanceof List<?> list) {
        int index;
        try {
          index = Integer.parseInt(key);
        } catch (NumberFormatException e) {
          return MISSING;
        }
        if (index < 0 || index >= list.size()) {
          return MISSING;
        }
        current = list.get(index);
      } else {
        return MISSING;
      }
      if (dot < 0) {
        return current;
      }
      start = dot + 1;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FrontMatter other && root.equals(other.root);
  }

  @Override
  public int hashCode() {
    return root.hashCode();
  }

  @Override
  public String toString() {
    return root.toString();
  }
}

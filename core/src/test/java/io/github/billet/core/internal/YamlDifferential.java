package io.github.billet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Compares the fast front matter reader with the Jackson path on one text. */
final class YamlDifferential {

  static final int MAX_NODES = 10_000;
  static final int MAX_DEPTH = 32;
  static final int MAX_CHARS = 1 << 20;
  static final YamlTreeReader READER = new YamlTreeReader(50, MAX_NODES, MAX_DEPTH, MAX_CHARS);

  private YamlDifferential() {}

  static YamlTreeReader.Result fast(String yaml) {
    return FastYaml.read(yaml, 2, MAX_NODES, MAX_DEPTH, MAX_CHARS);
  }

  /**
   * Checks that the fast path gives nothing or exactly the Jackson path's result.
   *
   * @return whether the fast path gave a result
   */
  static boolean agree(String yaml) {
    YamlTreeReader.Result fast = fast(yaml);
    YamlTreeReader.Result jackson;
    try {
      jackson = READER.readWithJackson(yaml, "post.md", 2);
    } catch (ProblemException e) {
      assertThat(fast)
          .as("Jackson refuses (%s) but the fast path reads:\n%s", e.problem().message(), yaml)
          .isNull();
      return false;
    }
    if (fast == null) {
      return false;
    }
    assertThat(jackson.problems())
        .as("Jackson's problems, fast path accepted:\n%s", yaml)
        .isEmpty();
    assertThat(shape(fast.root())).as("tree of:\n%s", yaml).isEqualTo(shape(jackson.root()));
    assertThat(fast.root()).as("tree of:\n%s", yaml).isEqualTo(jackson.root());
    assertThat(new TreeMap<>(fast.positions()))
        .as("positions of:\n%s", yaml)
        .isEqualTo(new TreeMap<>(jackson.positions()));
    assertThat(fast.problems()).isEmpty();
    return true;
  }

  /** The tree with every value's class and every map's key order. */
  static String shape(Object value) {
    StringBuilder out = new StringBuilder();
    shape(value, out);
    return out.toString();
  }

  private static void shape(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Map<?, ?> map) {
      out.append(map.getClass().getSimpleName()).append('{');
      map.forEach(
          (k, v) -> {
            out.append(k).append('=');
            shape(v, out);
            out.append(", ");
          });
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append(list.getClass().getSimpleName()).append('[');
      for (Object item : list) {
        shape(item, out);
        out.append(", ");
      }
      out.append(']');
    } else {
      out.append(value.getClass().getSimpleName()).append('(').append(value).append(')');
    }
  }
}

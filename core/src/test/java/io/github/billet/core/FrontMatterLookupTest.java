package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Paths into the front matter: nested maps, list indices, null values and keys holding dots. */
class FrontMatterLookupTest {

  private static FrontMatter sample() {
    Map<String, Object> root = new HashMap<>();
    root.put("title", "Titre");
    root.put("empty", null);
    root.put("image", Map.of("path", "./cover.png", "alt", "Une image"));
    root.put("tags", List.of("a", "b"));
    root.put("og.title", "with a dot");
    Map<String, Object> nested = new HashMap<>();
    nested.put("none", null);
    root.put("meta", nested);
    return FrontMatter.of(root);
  }

  @Test
  void aKeyWithANullValueIsPresentButHoldsNothing() {
    FrontMatter fm = sample();
    assertThat(fm.has("empty")).isTrue();
    assertThat(fm.get("empty")).isEmpty();
    assertThat(fm.has("meta.none")).isTrue();
    assertThat(fm.get("meta.none")).isEmpty();
  }

  @Test
  void missingKeysAreAbsentAtEveryLevel() {
    FrontMatter fm = sample();
    assertThat(fm.has("nothing")).isFalse();
    assertThat(fm.has("image.width")).isFalse();
    assertThat(fm.has("meta.none.deeper")).isFalse();
    assertThat(fm.has("tags.2")).isFalse();
    assertThat(fm.has("tags.x")).isFalse();
    assertThat(fm.has("title.x")).isFalse();
  }

  @Test
  void pathsReachNestedValuesListItemsAndDottedKeys() {
    FrontMatter fm = sample();
    assertThat(fm.getString("image.path")).contains("./cover.png");
    assertThat(fm.getString("tags.1")).contains("b");
    assertThat(fm.getString("og.title")).contains("with a dot");
    assertThat(fm.getString("title")).contains("Titre");
  }
}

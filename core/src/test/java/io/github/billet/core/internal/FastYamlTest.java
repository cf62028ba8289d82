package io.github.billet.core.internal;

import static io.github.billet.core.internal.YamlDifferential.READER;
import static io.github.billet.core.internal.YamlDifferential.agree;
import static io.github.billet.core.internal.YamlDifferential.fast;
import static io.github.billet.core.internal.YamlDifferential.shape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.billet.core.SourcePosition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast front matter reader: what it reads, always as Jackson does, and what it leaves. */
class FastYamlTest {

  /** Reads with the fast path, which must accept, and checks it against Jackson. */
  private static YamlTreeReader.Result accepted(String yaml) {
    assertThat(fast(yaml)).as("the fast path should read:\n%s", yaml).isNotNull();
    assertThat(agree(yaml)).isTrue();
    return fast(yaml);
  }

  /** Checks that the fast path leaves the text and the reader still gives Jackson's answer. */
  private static void left(String yaml) {
    assertThat(fast(yaml)).as("the fast path should leave:\n%s", yaml).isNull();
    Object expected;
    try {
      YamlTreeReader.Result jackson = READER.readWithJackson(yaml, "post.md", 2);
      expected = List.of(shape(jackson.root()), jackson.positions(), jackson.problems());
    } catch (ProblemException e) {
      assertThatThrownBy(() -> READER.read(yaml, "post.md", 2))
          .isInstanceOf(ProblemException.class)
          .extracting(t -> ((ProblemException) t).problem())
          .isEqualTo(e.problem());
      return;
    }
    try {
      YamlTreeReader.Result read = READER.read(yaml, "post.md", 2);
      assertThat(List.of(shape(read.root()), read.positions(), read.problems()))
          .isEqualTo(expected);
    } catch (ProblemException e) {
      throw new AssertionError(e.problem().toString(), e);
    }
  }

  @Test
  void typicalPost() {
    YamlTreeReader.Result result =
        accepted(
            """
            # a comment line
            title: "Une semaine à l'atelier\u00a0: \\"bilan\\""
            description: Ce que nous avons appris, et pourquoi #BlueHats revient
            date: 2023-04-05
            draft: false

            image:
              path: ./cover.png
              alt: 'L''équipe devant l''écran'
              hide: True
            tags:
              - Logiciel libre
              - "Communs numériques"
            """);
    assertThat(result.root())
        .containsExactly(
            Map.entry("title", "Une semaine à l'atelier\u00a0: \"bilan\""),
            Map.entry("description", "Ce que nous avons appris, et pourquoi"),
            Map.entry("date", "2023-04-05"),
            Map.entry("draft", false),
            Map.entry(
                "image",
                Map.of("path", "./cover.png", "alt", "L'équipe devant l'écran", "hide", true)),
            Map.entry("tags", List.of("Logiciel libre", "Communs numériques")));
    assertThat(result.positions())
        .containsEntry("title", new SourcePosition(3, 1))
        .containsEntry("image.hide", new SourcePosition(11, 3))
        .containsEntry("tags.1", new SourcePosition(14, 5))
        .hasSize(11);
  }

  @Test
  void sequenceAtTheKeysIndentAndCompactMappings() {
    YamlTreeReader.Result result =
        accepted(
            """
            links:
            - url: /fr/a/
              label: "A"
            -   url: /fr/b/
                label: B
            order: 3
            empty:
            last: ~
            """);
    assertThat(result.root().get("links"))
        .isEqualTo(
            List.of(Map.of("url", "/fr/a/", "label", "A"), Map.of("url", "/fr/b/", "label", "B")));
    assertThat(result.root()).containsEntry("order", 3L).containsEntry("empty", "");
    assertThat(result.root().get("last")).isNull();
    assertThat(result.positions())
        .containsEntry("links.0", new SourcePosition(3, 3))
        .containsEntry("links.1", new SourcePosition(5, 5))
        .containsEntry("links.1.label", new SourcePosition(6, 5));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "# nothing but a comment\n\n",
        "a: x\n",
        "a: x",
        "a:    spaced out   \n",
        "a: x # trailing comment\n",
        "a: \"x\" # trailing comment\n",
        "a: 'x'   # trailing comment\n",
        "a: x#not-a-comment\n",
        "a: https://example.org/p?q=1#frag\n",
        "a: C:\\dir\\file\n",
        "a: x:y\n",
        "a: \"k: v # not a comment\"\n",
        "a: 'back\\slash'\n",
        "a: \"\"\n",
        "a: ''\n",
        "a: \"true\"\n",
        "a: '42'\n",
        "a: true\nb: False\nc: TRUE\nd: null\ne: Null\nf: NULL\ng: ~\n",
        "a: 0\nb: 7\nc: 123456789012345678\n",
        "a: 2024-02-30\n",
        "a: plain, with [brackets] and {braces}, \"quotes\" and 'apostrophes'\n",
        "a: two  spaces\n",
        "a: é à ü ß\nb: 😀 emoji 🎉\nc: \u00a0nbsp\u00a0\n",
        "a_b-c: x\n_under: w\nCamel-Case_2: z\n",
        "a:\nb:\n",
        "a: # comment instead of a value\nb: w\n",
        "a: # comment, then a map\n  b: w\n",
        "a:\n  b:\n    c: d\n  e:\nf: g\n",
        "a:\n    deep: x\n    deeper:\n          z: w\nb: c\n",
        "tags:\n- a\n- b\ntitle: t\n",
        "tags:\n   - a\n   -    b\n",
        "tags:\n  # comment\n  - a\n\n  - b\n",
        "list:\n- a: 1\n  b:\n    c: d\n- e: f\n",
        "list:\n- a:\n  - x\n  - w\n  b: z\n",
        "list:\n  - a:\n      - x\n",
        "a: [x, w]\n",
        "a: []\n",
        "a: [ ]\n",
        "languages: [fr, en]\nb: c\n",
        "a: [ x ,w  ,  z ]   \n",
        "a: [x] # comment\n",
        "a: [\"q, with comma\", 'it''s', plain words]\n",
        "a: [1, true, null, ~, 2024-01-02, ./p.png, é, 😀]\n",
        "a:\n  b: [x, w]\n",
        "list:\n- k: [x]\n  j: w\n",
      })
  void readsAsJacksonDoes(String yaml) {
    accepted(yaml);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // multi-line scalars and block scalars
        "a: one\n  two\n",
        "a: \"one\n  two\"\n",
        "a: 'one\n  two'\n",
        "a: |\n  text\n",
        "a: >-\n  text\n",
        "- a\n- b\n",
        "tags:\n  - one\n    two\n",
        // flow collections
        "a: {b: c}\n",
        "a: [x, [y]]\n",
        "a: [x, {y: z}]\n",
        "a: [x,]\n",
        "a: [x, , y]\n",
        "a: [,]\n",
        "a: [x: y]\n",
        "a: [\"x\": y]\n",
        "a: [https://example.org]\n",
        "a: [x #y]\n",
        "a: [x] y\n",
        "a: [x\n",
        "a: [x,\n  y]\n",
        "a: [-x]\n",
        "a: [yes, no]\n",
        "a: [1.5]\n",
        "a: [\"\\t\"]\n",
        "- [x]\n",
        // anchors, aliases, tags
        "a: &x v\nb: *x\n",
        "a: !!str 1\n",
        "a: !custom v\n",
        // keys
        "\"a\": x\n",
        "'a': x\n",
        "a b: x\n",
        "a.b: x\n",
        "a : x\n",
        "? a\n: x\n",
        "1: x\n",
        "é: x\n",
        "yes: x\n",
        "null: x\n",
        "a:x\n",
        "a: x\na: w\n",
        "<<: x\n",
        // documents and directives
        "---\na: x\n",
        "a: x\n---\nb: w\n",
        "a: x\n...\n",
        "%YAML 1.2\na: x\n",
        // characters
        "a:\tx\n",
        "a: x\t\n",
        "a:\n\t b: x\n",
        "a: x\r\n",
        "\uFEFFa: x\n",
        "a: x\u0085y\n",
        "a: x\u2028y\n",
        "a: \u0007\n",
        "a: x\u007Fy\n",
        "a: \uD83D\n",
        "a: \uFFFE\n",
        // double-quoted escapes other than \" and \\, and broken quotes
        "a: \"x\\ty\"\n",
        "a: \"\\u00e9\"\n",
        "a: \"x\\/y\"\n",
        "a: \"x\\\n",
        "a: \"open\n",
        "a: 'open\n",
        "a: \"x\" y\n",
        "a: \"x\"# c\n",
        "a: 'x'y\n",
        // plain scalars Jackson reads as something else or refuses
        "a: x: y\n",
        "a: x:\n",
        "a: -1\n",
        "a: +1\n",
        "a: 1.5\n",
        "a: .5\n",
        "a: 1e3\n",
        "a: 0x10\n",
        "a: 012\n",
        "a: 1_000\n",
        "a: 1234567890123456789\n",
        "a: 99999999999999999999\n",
        "a: 12:30\n",
        "a: 2024-01-02T10:00:00\n",
        "a: 2024-1-2\n",
        "a: .inf\n",
        "a: yes\n",
        "a: No\n",
        "a: ON\n",
        "a: off\n",
        "a: y\n",
        "a: tRUE\n",
        "a: nULL\n",
        "a: ~x\n",
        "a: <<\n",
        "a: =\n",
        "a: -\n",
        "a: - x\n",
        "a: ?x\n",
        "a: :x\n",
        "a: ,x\n",
        "a: %x\n",
        "a: @x\n",
        "a: `x`\n",
        "a: *x\n",
        "a: &x\n",
        "a: !x\n",
        "a: #x\n  b: c\n  d\n",
        // structure
        "  a: x\n",
        "a: x\n b: w\n",
        "a:\n  b: x\n c: w\n",
        "a:\n  b: x\n   c: w\n",
        "a: x\n  b: w\n",
        "tags:\n  - a\n - b\n",
        "tags:\n  - a\n   - b\n",
        "tags:\n  -\n  - b\n",
        "tags:\n  - \n",
        "tags:\n  - # c\n",
        "tags:\n  - - a\n",
        "tags:\n  -a\n",
        "tags:\n-\n  x: w\n",
        "a:\n  - x\n  b: w\n",
        "a: x\n- w\n",
      })
  void leavesToJackson(String yaml) {
    left(yaml);
  }

  @Test
  void leavesLongTextsToJackson() {
    StringBuilder long_ = new StringBuilder();
    for (int i = 0; long_.length() <= 64 * 1024; i++) {
      long_.append("key").append(i).append(": value number ").append(i).append('\n');
    }
    left(long_.toString());
    left("k".repeat(129) + ": x\n");
    accepted("k".repeat(128) + ": x\n");
    assertThat(fast("a: x\n")).isNotNull();
    assertThat(FastYaml.read("a: x\n", 2, 10, 8, 5)).isNull();
  }

  @Test
  void leavesDeepDocumentsToJackson() {
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 9; i++) {
      deep.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    deep.append("  ".repeat(9)).append("leaf: x\n");
    left(deep.toString());
  }

  @Test
  void leavesDocumentsAtTheLimitsToJacksonWhichRefusesThem() {
    String yaml = "a: x\nb:\n  c: w\n  d:\n    - e\n";
    YamlTreeReader roomy = new YamlTreeReader(50, 100, 32, 1000);
    assertThat(FastYaml.read(yaml, 2, 100, 32, 1000)).isNotNull();
    // Six values: the root, a, b, c, d and e.
    assertThat(FastYaml.read(yaml, 2, 7, 32, 1000)).isNotNull();
    assertThat(FastYaml.read(yaml, 2, 6, 32, 1000)).isNull();
    // The list under d is at depth 2.
    assertThat(FastYaml.read(yaml, 2, 100, 3, 1000)).isNotNull();
    assertThat(FastYaml.read(yaml, 2, 100, 2, 1000)).isNull();
    assertThatThrownBy(() -> new YamlTreeReader(50, 5, 32, 1000).read(yaml, "post.md", 2))
        .isInstanceOf(ProblemException.class)
        .extracting(t -> ((ProblemException) t).problem().code())
        .isEqualTo("yaml.too-large");
    assertThatThrownBy(() -> new YamlTreeReader(50, 100, 2, 1000).read(yaml, "post.md", 2))
        .isInstanceOf(ProblemException.class)
        .extracting(t -> ((ProblemException) t).problem().code())
        .isEqualTo("yaml.too-deep");
    assertThat(roomy).isNotNull();
  }

  @Test
  void resultsAreUnmodifiable() {
    YamlTreeReader.Result result = accepted("a:\n  b: c\nl:\n  - x\n");
    assertThatThrownBy(() -> result.root().put("z", "z"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((Map<String, Object>) result.root().get("a")).put("z", "z"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<Object>) result.root().get("l")).add("z"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> result.positions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}

package io.github.billet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.billet.core.Problem;
import io.github.billet.core.SourcePosition;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The front matter reader on documents that sit on either side of the plain subset most posts use:
 * each expected tree is what YAML (SnakeYAML's YAML 1.1 resolver, under Jackson) means by the text,
 * with the reader's own choices: only {@code true}/{@code false} are booleans (as YAML 1.2 and the
 * reference site's js-yaml read them), dates stay text, an empty node is the empty text.
 */
class YamlTreeReaderTest {

  static final YamlTreeReader READER = new YamlTreeReader(50, 10_000, 32, 1 << 20);

  /** A map in key order; values may be null. */
  static Map<String, Object> m(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** A list; items may be null. */
  static List<Object> l(Object... items) {
    return Arrays.asList(items);
  }

  static YamlTreeReader.Result read(String yaml) {
    try {
      return READER.read(yaml, "post.md", 2);
    } catch (ProblemException e) {
      throw new AssertionError("refused: " + e.problem() + "\n" + yaml, e);
    }
  }

  static Problem refused(String yaml) {
    try {
      YamlTreeReader.Result result = READER.read(yaml, "post.md", 2);
      throw new AssertionError("read as " + shape(result.root()) + ":\n" + yaml);
    } catch (ProblemException e) {
      return e.problem();
    }
  }

  /** The tree with every scalar's class and every map's key order. */
  static String shape(Object value) {
    StringBuilder out = new StringBuilder();
    shape(value, out);
    return out.toString();
  }

  private static void shape(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(e.getKey()).append('=');
        shape(e.getValue(), out);
        out.append(", ");
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (Object item : list) {
        shape(item, out);
        out.append(", ");
      }
      out.append(']');
    } else {
      out.append(value.getClass().getSimpleName()).append('(').append(value).append(')');
    }
  }

  static void readsAs(String yaml, Map<String, Object> expected) {
    YamlTreeReader.Result result = read(yaml);
    assertThat(shape(result.root())).as("tree of:\n%s", yaml).isEqualTo(shape(expected));
    assertThat(result.problems()).as("problems of:\n%s", yaml).isEmpty();
  }

  @Test
  void typicalPost() {
    YamlTreeReader.Result result =
        read(
            """
            # a comment line
            title: "Une semaine à l'atelier\u00a0: \\"bilan\\""
            description: Ce que nous avons appris, et pourquoi # BlueHats revient
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
    assertThat(shape(result.root()))
        .isEqualTo(
            shape(
                m(
                    "title",
                    "Une semaine à l'atelier\u00a0: \"bilan\"",
                    "description",
                    "Ce que nous avons appris, et pourquoi",
                    "date",
                    "2023-04-05",
                    "draft",
                    false,
                    "image",
                    m("path", "./cover.png", "alt", "L'équipe devant l'écran", "hide", true),
                    "tags",
                    l("Logiciel libre", "Communs numériques"))));
    // Lines count from 2 (the line after the opening '---'); columns from 1, at the key or item.
    assertThat(result.positions())
        .containsEntry("title", new SourcePosition(3, 1))
        .containsEntry("image.hide", new SourcePosition(11, 3))
        .containsEntry("tags.1", new SourcePosition(14, 5))
        .hasSize(11);
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void sequenceAtTheKeysIndentAndCompactMappings() {
    YamlTreeReader.Result result =
        read(
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
    assertThat(shape(result.root()))
        .isEqualTo(
            shape(
                m(
                    "links",
                    l(m("url", "/fr/a/", "label", "A"), m("url", "/fr/b/", "label", "B")),
                    "order",
                    3L,
                    "empty",
                    "",
                    "last",
                    null)));
    assertThat(result.positions())
        .containsEntry("links.0", new SourcePosition(3, 3))
        .containsEntry("links.1", new SourcePosition(5, 5))
        .containsEntry("links.1.label", new SourcePosition(6, 5));
  }

  static Stream<Arguments> plainDocuments() {
    return Stream.of(
        Arguments.of("", m()),
        Arguments.of("# nothing but a comment\n\n", m()),
        Arguments.of("a: x\n", m("a", "x")),
        Arguments.of("a: x", m("a", "x")),
        Arguments.of("a:    spaced out   \n", m("a", "spaced out")),
        Arguments.of("a: x # trailing comment\n", m("a", "x")),
        Arguments.of("a: \"x\" # trailing comment\n", m("a", "x")),
        Arguments.of("a: 'x'   # trailing comment\n", m("a", "x")),
        Arguments.of("a: x#not-a-comment\n", m("a", "x#not-a-comment")),
        Arguments.of(
            "a: https://example.org/p?q=1#frag\n", m("a", "https://example.org/p?q=1#frag")),
        Arguments.of("a: C:\\dir\\file\n", m("a", "C:\\dir\\file")),
        Arguments.of("a: x:y\n", m("a", "x:y")),
        Arguments.of("a: \"k: v # not a comment\"\n", m("a", "k: v # not a comment")),
        Arguments.of("a: 'back\\slash'\n", m("a", "back\\slash")),
        Arguments.of("a: \"\"\n", m("a", "")),
        Arguments.of("a: ''\n", m("a", "")),
        Arguments.of("a: \"true\"\n", m("a", "true")),
        Arguments.of("a: '42'\n", m("a", "42")),
        Arguments.of(
            "a: true\nb: False\nc: TRUE\nd: null\ne: Null\nf: NULL\ng: ~\n",
            m("a", true, "b", false, "c", true, "d", null, "e", null, "f", null, "g", null)),
        Arguments.of(
            "a: 0\nb: 7\nc: 123456789012345678\n", m("a", 0L, "b", 7L, "c", 123456789012345678L)),
        Arguments.of("a: 2024-02-30\n", m("a", "2024-02-30")),
        Arguments.of(
            "a: plain, with [brackets] and {braces}, \"quotes\" and 'apostrophes'\n",
            m("a", "plain, with [brackets] and {braces}, \"quotes\" and 'apostrophes'")),
        Arguments.of("a: two  spaces\n", m("a", "two  spaces")),
        Arguments.of(
            "a: é à ü ß\nb: 😀 emoji 🎉\nc: \u00a0nbsp\u00a0\n",
            m("a", "é à ü ß", "b", "😀 emoji 🎉", "c", "\u00a0nbsp\u00a0")),
        Arguments.of(
            "a_b-c: x\n_under: w\nCamel-Case_2: z\n",
            m("a_b-c", "x", "_under", "w", "Camel-Case_2", "z")),
        Arguments.of("a:\nb:\n", m("a", "", "b", "")),
        Arguments.of("a: # comment instead of a value\nb: w\n", m("a", "", "b", "w")),
        Arguments.of("a: # comment, then a map\n  b: w\n", m("a", m("b", "w"))),
        Arguments.of(
            "a:\n  b:\n    c: d\n  e:\nf: g\n", m("a", m("b", m("c", "d"), "e", ""), "f", "g")),
        Arguments.of(
            "a:\n    deep: x\n    deeper:\n          z: w\nb: c\n",
            m("a", m("deep", "x", "deeper", m("z", "w")), "b", "c")),
        Arguments.of("tags:\n- a\n- b\ntitle: t\n", m("tags", l("a", "b"), "title", "t")),
        Arguments.of("tags:\n   - a\n   -    b\n", m("tags", l("a", "b"))),
        Arguments.of("tags:\n  # comment\n  - a\n\n  - b\n", m("tags", l("a", "b"))),
        Arguments.of(
            "list:\n- a: 1\n  b:\n    c: d\n- e: f\n",
            m("list", l(m("a", 1L, "b", m("c", "d")), m("e", "f")))),
        Arguments.of(
            "list:\n- a:\n  - x\n  - w\n  b: z\n", m("list", l(m("a", l("x", "w"), "b", "z")))),
        Arguments.of("list:\n  - a:\n      - x\n", m("list", l(m("a", l("x"))))),
        Arguments.of("a: [x, w]\n", m("a", l("x", "w"))),
        Arguments.of("a: []\n", m("a", l())),
        Arguments.of("a: [ ]\n", m("a", l())),
        Arguments.of("languages: [fr, en]\nb: c\n", m("languages", l("fr", "en"), "b", "c")),
        Arguments.of("a: [ x ,w  ,  z ]   \n", m("a", l("x", "w", "z"))),
        Arguments.of("a: [x] # comment\n", m("a", l("x"))),
        Arguments.of(
            "a: [\"q, with comma\", 'it''s', plain words]\n",
            m("a", l("q, with comma", "it's", "plain words"))),
        Arguments.of(
            "a: [1, true, null, ~, 2024-01-02, ./p.png, é, 😀]\n",
            m("a", l(1L, true, null, null, "2024-01-02", "./p.png", "é", "😀"))),
        Arguments.of("a:\n  b: [x, w]\n", m("a", m("b", l("x", "w")))),
        Arguments.of("list:\n- k: [x]\n  j: w\n", m("list", l(m("k", l("x"), "j", "w")))));
  }

  @ParameterizedTest
  @MethodSource
  void plainDocuments(String yaml, Map<String, Object> expected) {
    readsAs(yaml, expected);
  }

  static Stream<Arguments> otherYaml() {
    return Stream.of(
        // multi-line scalars fold into one line; block scalars keep theirs
        Arguments.of("a: one\n  two\n", m("a", "one two")),
        Arguments.of("a: \"one\n  two\"\n", m("a", "one two")),
        Arguments.of("a: 'one\n  two'\n", m("a", "one two")),
        Arguments.of("a: |\n  text\n", m("a", "text\n")),
        Arguments.of("a: >-\n  text\n", m("a", "text")),
        Arguments.of("tags:\n  - one\n    two\n", m("tags", l("one two"))),
        // flow collections
        Arguments.of("a: {b: c}\n", m("a", m("b", "c"))),
        Arguments.of("a: [x, [y]]\n", m("a", l("x", l("y")))),
        Arguments.of("a: [x, {y: z}]\n", m("a", l("x", m("y", "z")))),
        Arguments.of("a: [x,]\n", m("a", l("x"))),
        Arguments.of("a: [x: y]\n", m("a", l(m("x", "y")))),
        Arguments.of("a: [\"x\": y]\n", m("a", l(m("x", "y")))),
        Arguments.of("a: [https://example.org]\n", m("a", l("https://example.org"))),
        Arguments.of("a: [x,\n  y]\n", m("a", l("x", "y"))),
        Arguments.of("a: [-x]\n", m("a", l("-x"))),
        Arguments.of("a: [yes, no]\n", m("a", l("yes", "no"))),
        Arguments.of("a: [1.5]\n", m("a", l(1.5))),
        Arguments.of("a: [\"\\t\"]\n", m("a", l("\t"))),
        // tags: a standard tag types the node; a local tag (the application's) is not applied,
        // and a tag alone gives an empty node
        Arguments.of("a: !!str 1\n", m("a", "1")),
        Arguments.of("a: !custom v\n", m("a", "v")),
        Arguments.of("a: !x\n", m("a", "")),
        // a merge key is YAML 1.1's type repository, not its syntax: an ordinary key here
        Arguments.of("<<: x\n", m("<<", "x")),
        // a more indented line continues the plain scalar, even one that looks like an item
        Arguments.of("tags:\n  - a\n   - b\n", m("tags", l("a - b"))),
        // keys
        Arguments.of("\"a\": x\n", m("a", "x")),
        Arguments.of("'a': x\n", m("a", "x")),
        Arguments.of("a b: x\n", m("a b", "x")),
        Arguments.of("a.b: x\n", m("a.b", "x")),
        Arguments.of("a : x\n", m("a", "x")),
        Arguments.of("? a\n: x\n", m("a", "x")),
        Arguments.of("1: x\n", m("1", "x")),
        Arguments.of("é: x\n", m("é", "x")),
        Arguments.of("yes: x\n", m("yes", "x")),
        // documents and directives: one document, started or ended by its markers
        Arguments.of("---\na: x\n", m("a", "x")),
        Arguments.of("a: x\n...\n", m("a", "x")),
        Arguments.of("%YAML 1.2\n---\na: x\n", m("a", "x")),
        // characters: a tab before a comment or the line end, CR LF as a line break, a byte
        // order mark
        Arguments.of("a: x\t\n", m("a", "x")),
        Arguments.of("a: x\r\n", m("a", "x")),
        Arguments.of("\uFEFFa: x\n", m("a", "x")),
        // double-quoted escapes
        Arguments.of("a: \"x\\ty\"\n", m("a", "x\ty")),
        Arguments.of("a: \"\\u00e9\"\n", m("a", "é")),
        // plain scalars YAML 1.1 types
        Arguments.of("a: -1\n", m("a", -1L)),
        Arguments.of("a: +1\n", m("a", 1L)),
        Arguments.of("a: 1.5\n", m("a", 1.5)),
        Arguments.of("a: .5\n", m("a", 0.5)),
        Arguments.of("a: 0x10\n", m("a", 16L)),
        Arguments.of("a: 1_000\n", m("a", 1000L)),
        Arguments.of("a: 1234567890123456789\n", m("a", 1234567890123456789L)),
        Arguments.of("a: 99999999999999999999\n", m("a", new BigInteger("99999999999999999999"))),
        Arguments.of("a: 2024-01-02T10:00:00\n", m("a", "2024-01-02T10:00:00")),
        Arguments.of("a: 2024-1-2\n", m("a", "2024-1-2")),
        // YAML 1.1's other boolean words stay text here
        Arguments.of("a: yes\n", m("a", "yes")),
        Arguments.of("a: No\n", m("a", "No")),
        Arguments.of("a: ON\n", m("a", "ON")),
        Arguments.of("a: off\n", m("a", "off")),
        Arguments.of("a: y\n", m("a", "y")),
        // not YAML's words in other capitalizations: text
        Arguments.of("a: tRUE\n", m("a", "tRUE")),
        Arguments.of("a: nULL\n", m("a", "nULL")),
        Arguments.of("a: ~x\n", m("a", "~x")),
        Arguments.of("a: <<\n", m("a", "<<")),
        Arguments.of("a: =\n", m("a", "=")),
        Arguments.of("a: ?x\n", m("a", "?x")),
        Arguments.of("a: :x\n", m("a", ":x")),
        // an anchor on an empty value, then a comment
        Arguments.of("a: &x\n", m("a", "")),
        Arguments.of("a: #x\n  b: c\n  d: e\n", m("a", m("b", "c", "d", "e"))));
  }

  @ParameterizedTest
  @MethodSource
  void otherYaml(String yaml, Map<String, Object> expected) {
    readsAs(yaml, expected);
  }

  static Stream<Arguments> invalidYaml() {
    return Stream.of(
        // a front matter is a mapping
        Arguments.of("- a\n- b\n", "front-matter.not-a-map"),
        Arguments.of("- [x]\n", "front-matter.not-a-map"),
        Arguments.of("just text\n", "front-matter.not-a-map"),
        // a ':' not followed by a space does not end a key: the document is one text
        Arguments.of("a:x\n", "front-matter.not-a-map"),
        // one document only
        Arguments.of("a: x\n---\nb: w\n", "yaml.syntax"),
        // broken flow collections
        Arguments.of("a: [x, , y]\n", "yaml.syntax"),
        Arguments.of("a: [,]\n", "yaml.syntax"),
        Arguments.of("a: [x] y\n", "yaml.syntax"),
        Arguments.of("a: [x\n", "yaml.syntax"),
        // in a flow collection too, ' #' starts a comment, which hides the closing bracket
        Arguments.of("a: [x #y]\n", "yaml.syntax"),
        // directives without a document start
        Arguments.of("%YAML 1.2\na: x\n", "yaml.syntax"),
        // characters YAML refuses
        Arguments.of("a:\n\t b: x\n", "yaml.syntax"),
        Arguments.of("a: \u0007\n", "yaml.syntax"),
        Arguments.of("a: \uD83D\n", "yaml.syntax"),
        Arguments.of("a: \uFFFE\n", "yaml.syntax"),
        Arguments.of("a: x\u007Fy\n", "yaml.syntax"),
        // YAML 1.1 (SnakeYAML's) does not separate with tabs
        Arguments.of("a:\tx\n", "yaml.syntax"),
        // broken quotes and escapes
        Arguments.of("a: \"x\\\n", "yaml.syntax"),
        Arguments.of("a: \"open\n", "yaml.syntax"),
        // '\/' is a YAML 1.2 escape, not a YAML 1.1 one
        Arguments.of("a: \"x\\/y\"\n", "yaml.syntax"),
        Arguments.of("a: 'open\n", "yaml.syntax"),
        Arguments.of("a: \"x\" y\n", "yaml.syntax"),
        Arguments.of("a: 'x'y\n", "yaml.syntax"),
        // a plain scalar holding ': ', or starting with an indicator
        Arguments.of("a: x: y\n", "yaml.syntax"),
        Arguments.of("a: x:\n", "yaml.syntax"),
        // YAML 1.1 reads '.inf' as infinity, but Jackson's number decoding refuses it
        Arguments.of("a: .inf\n", "yaml.syntax"),
        Arguments.of("a: - x\n", "yaml.syntax"),
        Arguments.of("a: %x\n", "yaml.syntax"),
        Arguments.of("a: @x\n", "yaml.syntax"),
        Arguments.of("a: `x`\n", "yaml.syntax"),
        Arguments.of("a: ,x\n", "yaml.syntax"),
        // indentation that YAML cannot read
        Arguments.of("a: x\n b: w\n", "yaml.syntax"),
        Arguments.of("a:\n  b: x\n c: w\n", "yaml.syntax"),
        Arguments.of("a:\n  b: x\n   c: w\n", "yaml.syntax"),
        Arguments.of("a: x\n  b: w\n", "yaml.syntax"),
        Arguments.of("tags:\n  - a\n - b\n", "yaml.syntax"),
        Arguments.of("a:\n  - x\n  b: w\n", "yaml.syntax"),
        Arguments.of("a: x\n- w\n", "yaml.syntax"));
  }

  @ParameterizedTest
  @MethodSource
  void invalidYaml(String yaml, String code) {
    Problem problem = refused(yaml);
    assertThat(problem.code()).as("code for:\n%s", yaml).isEqualTo(code);
    int lines = (int) yaml.chars().filter(c -> c == '\n').count();
    assertThat(problem.line()).as("line for:\n%s", yaml).isBetween(2, 2 + lines);
    assertThat(problem.file()).isEqualTo("post.md");
    assertThat(problem.hint()).isNotBlank();
  }

  @Test
  void syntaxProblemsSayWhereAndWhy() {
    Problem problem = refused("title: x\ntags:\n  - a\n  b: w\n");
    assertThat(problem.code()).isEqualTo("yaml.syntax");
    // SnakeYAML locates it at the list that the key breaks into.
    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.message()).startsWith("invalid YAML in the front matter: ");
    assertThat(problem.hint()).contains("indentation");
    Problem two = refused("a: x\n---\nb: w\n");
    assertThat(two.line()).isEqualTo(4);
    assertThat(two.message()).contains("more than one YAML document");
    Problem list = refused("- a\n- b\n");
    assertThat(list.line()).isEqualTo(2);
    assertThat(list.column()).isEqualTo(1);
    assertThat(list.message()).contains("a list");
  }

  @Test
  void emptyNodesAreTheEmptyText() {
    // In YAML an item or a value with nothing after its indicator is an empty node, which YAML's
    // core schema resolves to null; Jackson, and so this reader, gives the empty text, as for
    // 'a:'.
    readsAs("tags:\n  -\n  - b\n", m("tags", l("", "b")));
    readsAs("tags:\n  - \n", m("tags", l("")));
    readsAs("tags:\n  - # c\n", m("tags", l("")));
    readsAs("tags:\n  - - a\n", m("tags", l(l("a"))));
    readsAs("tags:\n  -a\n", m("tags", "-a"));
    readsAs("tags:\n-\n  x: w\n", m("tags", l(m("x", "w"))));
    // A '-' at the line end starts an item, which cannot follow a key on its line.
    assertThat(refused("a: -\n").code()).isEqualTo("yaml.syntax");
  }

  @Test
  void aliasesRepeatTheAnchoredNode() {
    readsAs("a: &x v\nb: *x\n", m("a", "v", "b", "v"));
    readsAs("a: &x 1\nb: *x\n", m("a", 1L, "b", 1L));
    readsAs("a: &x '1'\nb: *x\n", m("a", "1", "b", "1"));
    readsAs("a: &x true\nb: *x\n", m("a", true, "b", true));
    readsAs("a: &x ~\nb: *x\n", m("a", null, "b", null));
    readsAs("a: &x one\n  two\nb: *x\n", m("a", "one two", "b", "one two"));
    readsAs("a: &x |\n  block\nb: *x\n", m("a", "block\n", "b", "block\n"));
    readsAs("a: &x {k: v}\nb: *x\n", m("a", m("k", "v"), "b", m("k", "v")));
    readsAs("a: &x [1, 2]\nb: *x\nc: *x\n", m("a", l(1L, 2L), "b", l(1L, 2L), "c", l(1L, 2L)));
    readsAs("a: [&x 1, *x]\n", m("a", l(1L, 1L)));
    readsAs("a:\n  - &x 1.5\n  - *x\n", m("a", l(1.5, 1.5)));
    // The first entry's key of an anchored map does not carry the map's anchor.
    readsAs("a: &m\n  k: &v w\nb: *v\nc: *m\n", m("a", m("k", "w"), "b", "w", "c", m("k", "w")));
    // An anchor on a key names the key's node, typed as any plain scalar.
    readsAs("&k a: x\nb: *k\n", m("a", "x", "b", "a"));
    readsAs("&k 1: x\nb: *k\n", m("1", "x", "b", 1L));
    // An alias is the very node its anchor names: a tagged text, an empty node.
    readsAs("a: &x !!str 1\nb: *x\n", m("a", "1", "b", "1"));
    readsAs("a: &x\nb: *x\n", m("a", "", "b", ""));
    // A later anchor of the same name replaces the earlier one, a scalar's a map's too.
    readsAs("a: &x {k: v}\nb: &x s\nc: *x\n", m("a", m("k", "v"), "b", "s", "c", "s"));
    readsAs("a: &x 1\nb: &x 2\nc: *x\n", m("a", 1L, "b", 2L, "c", 2L));
    readsAs("a: &x s\nb: &x {k: v}\nc: *x\n", m("a", "s", "b", m("k", "v"), "c", m("k", "v")));
    // The anchored node is shared, not copied.
    YamlTreeReader.Result shared = read("a: &x {k: v}\nb: *x\n");
    assertThat(shared.root().get("b")).isSameAs(shared.root().get("a"));
  }

  @Test
  void anAliasWithoutItsAnchorIsAnErrorThatKeepsTheRest() {
    for (String yaml : List.of("a: *x\nb: &x v\n", "a: &x v\nb: *y\n")) {
      YamlTreeReader.Result result = read(yaml);
      assertThat(result.problems()).extracting(Problem::code).containsExactly("yaml.unknown-alias");
      assertThat(result.problems().get(0).line()).isEqualTo(yaml.startsWith("a: *") ? 2 : 3);
      assertThat(result.root()).hasSize(2);
    }
  }

  @Test
  void aliasExpansionIsLimited() {
    // The billion laughs: each level doubles the values an alias stands for.
    StringBuilder laughs = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      laughs.append("l").append(i).append(": &l").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        laughs.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
      }
      laughs.append("]\n");
    }
    Problem problem = refused(laughs.toString());
    assertThat(problem.code()).isEqualTo("yaml.alias-limit");
    assertThat(problem.message()).contains("aliases");
    assertThat(problem.hint()).contains("anchors");
    // Fifty aliases of one scalar are allowed; the fifty-first is one too many.
    StringBuilder many = new StringBuilder("a: &x v\nl: [");
    for (int i = 0; i < 51; i++) {
      many.append(i == 0 ? "" : ", ").append("*x");
    }
    String fiftyOne = many + "]\n";
    assertThat(refused(fiftyOne).code()).isEqualTo("yaml.alias-limit");
    String fifty = fiftyOne.replaceFirst(", \\*x]", "]");
    assertThat(read(fifty).root().get("l")).asList().hasSize(50);
  }

  @Test
  void duplicateKeysAreErrorsThatKeepTheFirstValue() {
    YamlTreeReader.Result result = read("a: x\nb: y\na: w\n");
    assertThat(result.root()).containsEntry("a", "x").containsEntry("b", "y").hasSize(2);
    assertThat(result.problems()).hasSize(1);
    Problem problem = result.problems().get(0);
    assertThat(problem.code()).isEqualTo("yaml.duplicate-key");
    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.column()).isEqualTo(1);
    assertThat(problem.message()).contains("'a'").contains("first on line 2");
    assertThat(result.positions()).containsEntry("a", new SourcePosition(2, 1));
  }

  @Test
  void sizeAndDepthAreLimited() throws ProblemException {
    String yaml = "a: x\nb:\n  c: w\n  d:\n    - e\n";
    // Six values: the root, a, b, c, d and e; the list under d is at depth 2.
    assertThat(new YamlTreeReader(50, 6, 32, 1000).read(yaml, "post.md", 2).root()).hasSize(2);
    assertThatThrownBy(() -> new YamlTreeReader(50, 5, 32, 1000).read(yaml, "post.md", 2))
        .isInstanceOf(ProblemException.class)
        .extracting(t -> ((ProblemException) t).problem().code())
        .isEqualTo("yaml.too-large");
    assertThat(new YamlTreeReader(50, 100, 3, 1000).read(yaml, "post.md", 2).root()).hasSize(2);
    assertThatThrownBy(() -> new YamlTreeReader(50, 100, 2, 1000).read(yaml, "post.md", 2))
        .isInstanceOf(ProblemException.class)
        .extracting(t -> ((ProblemException) t).problem().code())
        .isEqualTo("yaml.too-deep");
  }

  @Test
  void longAndDeepDocumentsWithinTheLimitsRead() {
    StringBuilder long_ = new StringBuilder();
    int keys = 0;
    for (; long_.length() <= 64 * 1024; keys++) {
      long_.append("key").append(keys).append(": value number ").append(keys).append('\n');
    }
    YamlTreeReader.Result result = read(long_.toString());
    assertThat(result.root()).hasSize(keys).containsEntry("key7", "value number 7");
    assertThat(result.positions()).containsEntry("key7", new SourcePosition(9, 1));
    readsAs("k".repeat(129) + ": x\n", m("k".repeat(129), "x"));
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 9; i++) {
      deep.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    deep.append("  ".repeat(9)).append("leaf: x\n");
    Map<String, Object> expected = m("leaf", "x");
    for (int i = 8; i >= 0; i--) {
      expected = m("k" + i, expected);
    }
    readsAs(deep.toString(), expected);
  }

  @Test
  void resultsAreUnmodifiable() {
    YamlTreeReader.Result result = read("a:\n  b: c\nl:\n  - x\n");
    assertThatThrownBy(() -> result.root().put("z", "z"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((Map<String, Object>) result.root().get("a")).put("z", "z"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<Object>) result.root().get("l")).add("z"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> result.positions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** Every path of the tree (maps' keys, lists' items), as the positions name them. */
  static List<String> paths(Object node, String path) {
    List<String> out = new ArrayList<>();
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String child = path.isEmpty() ? e.getKey().toString() : path + "." + e.getKey();
        out.add(child);
        out.addAll(paths(e.getValue(), child));
      }
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        out.add(path + "." + i);
        out.addAll(paths(list.get(i), path + "." + i));
      }
    }
    return out;
  }
}

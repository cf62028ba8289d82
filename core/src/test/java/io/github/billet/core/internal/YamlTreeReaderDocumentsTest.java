package io.github.billet.core.internal;

import static io.github.billet.core.internal.YamlTreeReaderTest.READER;
import static io.github.billet.core.internal.YamlTreeReaderTest.paths;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.PostParseException;
import io.github.billet.core.Problem;
import io.github.billet.core.SourcePosition;
import io.github.billet.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The front matter reader on every front matter of the real corpus, and on generated documents full
 * of YAML's corner cases: each reads to a tree whose every node has a position inside the text, or
 * is refused with a located syntax problem; nothing else escapes.
 */
class YamlTreeReaderDocumentsTest {

  private static final Set<String> FATAL =
      Set.of("yaml.syntax", "front-matter.not-a-map", "yaml.too-deep", "yaml.too-large");
  private static final Set<String> KEPT =
      Set.of("yaml.duplicate-key", "yaml.unknown-alias", "yaml.comment-cut");

  @Test
  void realCorpus() throws IOException, ProblemException {
    Path root = Corpus.root();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    int frontMatters = 0;
    for (Path file : files) {
      String source = root.relativize(file).toString();
      String text = SourceText.normalize(Files.readString(file, StandardCharsets.UTF_8), source);
      PostReader.FrontMatterSplit split;
      try {
        split = PostReader.split(text, source);
      } catch (PostParseException e) {
        continue;
      }
      if (!split.hasFrontMatter()) {
        continue;
      }
      frontMatters++;
      YamlTreeReader.Result result;
      try {
        result = READER.read(split.yaml(), source, split.yamlLine());
      } catch (ProblemException e) {
        throw new AssertionError(source + ": " + e.problem(), e);
      }
      assertThat(result.root()).as(source).isNotEmpty();
      String[] lines = text.split("\n", -1);
      for (String path : paths(result.root(), "")) {
        SourcePosition at = result.positions().get(path);
        assertThat(at).as("%s: position of %s", source, path).isNotNull();
        String line = lines[at.line() - 1];
        String last = path.substring(path.lastIndexOf('.') + 1);
        if (!last.chars().allMatch(Character::isDigit)) {
          // A key's position is where the key is written.
          assertThat(line.substring(at.column() - 1))
              .as("%s: %s at %s", source, path, at)
              .matches("[\"']?" + java.util.regex.Pattern.quote(last) + "[\"']?\\s*:.*");
        }
      }
    }
    assertThat(frontMatters).isGreaterThan(100);
  }

  @Test
  void generatedDocuments(TestReporter reporter) {
    // -Dbillet.yaml.seed and -Dbillet.yaml.documents run other or longer campaigns by hand.
    Random random = new Random(Long.getLong("billet.yaml.seed", 20_251_201L));
    int documents = Integer.getInteger("billet.yaml.documents", 6000);
    int read = 0;
    for (int i = 0; i < documents; i++) {
      String yaml = new Generator(random).document();
      int lastLine = 2 + (int) yaml.chars().filter(c -> c == '\n').count();
      YamlTreeReader.Result result;
      try {
        result = READER.read(yaml, "post.md", 2);
      } catch (ProblemException e) {
        Problem problem = e.problem();
        assertThat(problem.code()).as(yaml).isIn(FATAL);
        assertThat(problem.line()).as(yaml).isBetween(2, lastLine);
        assertThat(problem.message()).as(yaml).isNotBlank();
        assertThat(problem.hint()).as(yaml).isNotBlank();
        continue;
      }
      read++;
      for (Problem problem : result.problems()) {
        assertThat(problem.code()).as(yaml).isIn(KEPT);
        assertThat(problem.line()).as(yaml).isBetween(2, lastLine);
      }
      for (String path : paths(result.root(), "")) {
        SourcePosition at = result.positions().get(path);
        assertThat(at).as("position of %s in:\n%s", path, yaml).isNotNull();
        assertThat(at.line()).as("line of %s in:\n%s", path, yaml).isBetween(2, lastLine);
        assertThat(at.column()).as("column of %s in:\n%s", path, yaml).isPositive();
      }
    }
    reporter.publishEntry("coverage", read + " of " + documents + " generated documents read");
    // The generator aims at the edges, yet most of its documents are valid YAML.
    assertThat(read).isBetween(documents / 2, documents);
  }

  /** Random small documents from pieces that sit on either side of the plain subset's edges. */
  static final class Generator {
    private static final String[] KEYS = {
      "title", "date", "tags", "image", "a", "b", "_x", "k-1", "Key_2", "url", "alt", "hide"
    };
    private static final String[] ODD_KEYS = {
      "yes", "null", "on", "y", "True", "1", "\"q\"", "'s'", "a b", "a.b", "é", "x ", "<<", "? k",
      "-k", "k:k"
    };
    private static final String[] SCALARS = {
      "plain text",
      "Plain, with commas",
      "two  spaces",
      "a:b",
      "x#c",
      "x #c",
      "x # c: d",
      "\"dq\"",
      "\"dq\" # c",
      "\"d\\\"q\"",
      "\"d\\\\q\"",
      "\"a: b # c\"",
      "\"\"",
      "'sq'",
      "'it''s'",
      "'a: b'",
      "''",
      "'x' # c",
      "2024-01-02",
      "0",
      "7",
      "42",
      "123456789012345678",
      "true",
      "True",
      "TRUE",
      "false",
      "False",
      "FALSE",
      "null",
      "Null",
      "NULL",
      "~",
      "é à ü",
      "😀 emoji",
      "\u00a0nbsp",
      "nbsp\u00a0",
      "x [y] {z}",
      "x,",
      "x ]",
      "https://example.org/a?b=c#d",
      "C:\\dir",
      "a\\b",
      "x ",
      "x  ",
      "\"x\"  ",
      "'x'  ",
      "./cover.png",
      "../up",
      "NaN",
      "Infinity",
      "x!",
      "x&y",
      "x*",
      "x|y",
      "x>y",
      "x%",
      "x@y",
      "x`y`",
      "x:\u00a0y",
      "x\u00a0#c",
      "x\u00a0",
      "x'",
      "x\"",
      "x?",
      "x-",
      "x - y",
      "x: ",
      "Z"
    };
    private static final String[] EDGE_SCALARS = {
      "a: b",
      "ends:",
      ":x",
      "x #",
      "#c",
      "\"dq\"#c",
      "\"d\\tq\"",
      "\"\\u00e9\"",
      "\"\\/\"",
      "\"open",
      "\"x\" y",
      "'open",
      "'x'y",
      "2024-1-2",
      "2024-01-02 10:00",
      "2024-01-02T10:00:00Z",
      "1e3",
      "0x10",
      "0o7",
      "1_000",
      ".5",
      "-1",
      "+1",
      "00",
      "012",
      "1234567890123456789",
      "99999999999999999999",
      "1.5",
      "1.",
      "12:30",
      "-",
      "- x",
      "-x",
      "yes",
      "Yes",
      "YES",
      "no",
      "No",
      "on",
      "On",
      "off",
      "OFF",
      "y",
      "n",
      "Y",
      "N",
      "tRUE",
      "fAlse",
      "nULL",
      "~x",
      ".nan",
      ".inf",
      "-.inf",
      "<<",
      "=",
      "x\u00a0: y",
      "[a, b]",
      "[]",
      "[ ]",
      "[a,b]",
      "[ a , b ]",
      "[\"x, y\", 'z']",
      "['it''s', \"d\\\"q\"]",
      "[a, [b]]",
      "[a, {b: c}]",
      "[a,]",
      "[,]",
      "[a,,b]",
      "[a b, c]",
      "[a: b]",
      "[a :b]",
      "[\"a\": b]",
      "[a, b] # c",
      "[a, b]#c",
      "[a, b] x",
      "[a, 1, true, null, ~, 012, 1.5, yes]",
      "[2024-01-02, ./p.png, ../q]",
      "[x#y]",
      "[x #y]",
      "[é, 😀, \u00a0x]",
      "[-a, ?b, .c, &d, *e, !f, |g, >h, %i, @j, `k`]",
      "[a]]",
      "[[a]",
      "[a",
      "[\"a",
      "['a' b]",
      "{a: 1}",
      "{}",
      "|",
      ">",
      "|-",
      "&a x",
      "*a",
      "!!str 1",
      "!t x",
      "%x",
      "@x",
      "`x`",
      "?x",
      "? x",
      ",x",
      ".x",
      "...",
      "---",
      ".",
      "./",
      "x:",
      "x::"
    };

    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private int budget = 14;

    Generator(Random random) {
      this.random = random;
    }

    String document() {
      map(0, 0, false);
      String text = out.toString();
      return random.nextInt(5) == 0 ? mutate(text) : text;
    }

    private <T> T pick(T[] values) {
      return values[random.nextInt(values.length)];
    }

    private String scalar() {
      return random.nextInt(10) == 0 ? pick(EDGE_SCALARS) : pick(SCALARS);
    }

    private String key() {
      return random.nextInt(8) == 0 ? pick(ODD_KEYS) : pick(KEYS);
    }

    private void noise(int indent) {
      switch (random.nextInt(12)) {
        case 0:
          out.append('\n');
          break;
        case 1:
          out.append(" ".repeat(random.nextInt(indent + 3))).append("# note: x\n");
          break;
        case 2:
          out.append("  \n");
          break;
        default:
          break;
      }
    }

    /** A mapping at {@code indent}; its first key follows a '- ' already written when inline. */
    private void map(int indent, int depth, boolean inline) {
      int keys = 1 + random.nextInt(4);
      Set<String> used = new HashSet<>();
      for (int i = 0; i < keys && budget > 0; i++) {
        budget--;
        if (i > 0 || !inline) {
          noise(indent);
          out.append(" ".repeat(indent));
        }
        String key = key();
        // Mostly distinct keys; now and then a duplicate.
        while (!used.add(key) && random.nextInt(10) != 0) {
          key = key();
        }
        out.append(key).append(':');
        entryValue(indent, depth);
      }
    }

    private void entryValue(int indent, int depth) {
      int kind = depth > 3 ? 0 : random.nextInt(6);
      switch (kind) {
        case 0:
        case 1:
          out.append(" ".repeat(1 + random.nextInt(2))).append(scalar()).append('\n');
          break;
        case 2:
          afterKey();
          map(indent + 1 + random.nextInt(4), depth + 1, false);
          break;
        case 3:
          afterKey();
          sequence(indent + (random.nextBoolean() ? 0 : 1 + random.nextInt(4)), depth + 1);
          break;
        case 4:
          afterKey();
          break;
        default:
          out.append(" ").append(scalar()).append(random.nextBoolean() ? "\n" : " # c\n");
      }
    }

    private void afterKey() {
      switch (random.nextInt(5)) {
        case 0:
          out.append("   \n");
          break;
        case 1:
          out.append(" # c\n");
          break;
        default:
          out.append('\n');
      }
    }

    private void sequence(int indent, int depth) {
      int items = 1 + random.nextInt(3);
      for (int i = 0; i < items && budget > 0; i++) {
        budget--;
        noise(indent);
        out.append(" ".repeat(indent)).append('-');
        int gap = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3);
        out.append(" ".repeat(gap));
        if (depth < 4 && random.nextInt(3) == 0) {
          map(indent + 1 + gap, depth + 1, true);
        } else if (random.nextInt(20) == 0) {
          out.append('\n');
        } else {
          out.append(scalar()).append('\n');
        }
      }
    }

    private String mutate(String text) {
      StringBuilder s = new StringBuilder(text);
      int position = s.length() == 0 ? 0 : random.nextInt(s.length());
      String[] inserts = {
        "\t", " ", "  ", "\n", "\r", "#", ": ", "-", "\"", "'", "\u0085", "\u2028", "\uFEFF",
        "\u0001", "\uD83D", "---\n", "...\n", "\\", "é"
      };
      switch (random.nextInt(4)) {
        case 0:
          s.insert(position, pick(inserts));
          break;
        case 1:
          if (s.length() > 0) {
            s.deleteCharAt(position);
          }
          break;
        case 2:
          int lineStart = s.lastIndexOf("\n", position) + 1;
          s.insert(lineStart, ' ');
          break;
        default:
          int start = s.lastIndexOf("\n", position) + 1;
          if (start < s.length() && s.charAt(start) == ' ') {
            s.deleteCharAt(start);
          }
      }
      return s.toString();
    }
  }
}

package io.github.billet.core.internal;

import static io.github.billet.core.internal.YamlDifferential.agree;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.PostParseException;
import io.github.billet.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The fast front matter reader against the Jackson path: on every front matter of the real corpus
 * and on generated documents full of YAML's corner cases, it gives nothing or the very same result.
 */
class FastYamlDifferentialTest {

  @Test
  void realCorpus(TestReporter reporter) throws IOException, ProblemException, PostParseException {
    Path root = Corpus.root();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    int frontMatters = 0;
    int accepted = 0;
    List<String> left = new ArrayList<>();
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
      if (agree(split.yaml())) {
        accepted++;
      } else {
        left.add(source);
      }
    }
    String report =
        "the fast path reads " + accepted + " of " + frontMatters + " front matters; left: " + left;
    reporter.publishEntry("coverage", report);
    assertThat(frontMatters).as(report).isGreaterThan(100);
    assertThat(accepted * 100).as(report).isGreaterThanOrEqualTo(frontMatters * 90);
  }

  @Test
  void generatedDocuments(TestReporter reporter) {
    // -Dbillet.yaml.seed and -Dbillet.yaml.documents run other or longer campaigns by hand.
    Random random = new Random(Long.getLong("billet.yaml.seed", 20_251_201L));
    int accepted = 0;
    int documents = Integer.getInteger("billet.yaml.documents", 6000);
    for (int i = 0; i < documents; i++) {
      String yaml = new Generator(random).document();
      if (agree(yaml)) {
        accepted++;
      }
    }
    reporter.publishEntry(
        "coverage", "the fast path read " + accepted + " of " + documents + " generated documents");
    // The generator aims at the edges, yet many documents stay inside the subset.
    assertThat(accepted)
        .as("the fast path read %d of %d generated documents", accepted, documents)
        .isBetween(documents / 4, documents * 3 / 4);
  }

  /** Random small documents from pieces that sit on either side of the subset's edges. */
  private static final class Generator {
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
        // Mostly distinct keys; now and then a duplicate, which the fast path leaves.
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

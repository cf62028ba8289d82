package io.github.billet.core.internal;

import io.github.billet.core.SourcePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the common, plain subset of front matter YAML without Jackson or SnakeYAML, giving the very
 * {@link YamlTreeReader.Result} the Jackson path gives, or {@code null} ("not sure") for anything
 * outside the subset.
 *
 * <p>The subset: block mappings with plain keys ({@code [A-Za-z_][A-Za-z0-9_-]*}, not a YAML 1.1
 * boolean or null word), block sequences of one-line scalars or of compact mappings ({@code - url:
 * /x/}), a sequence as a key's value indented more than the key or as much, and one-line scalars:
 * double-quoted with only {@code \"} and {@code \\} escapes, single-quoted, and plain ones that
 * stay text (relative paths such as {@code ./cover.png} included), plus {@code true}/{@code false}
 * and {@code null} (three capitalizations each), {@code ~}, decimal integers of up to 18 digits
 * without a sign nor a leading zero, and {@code YYYY-MM-DD} dates (which the Jackson path keeps as
 * text). A key with no value and no nested block is the empty text, as Jackson reads it. Comments
 * and blank lines are skipped. Everything else (flow collections, block scalars, multi-line
 * scalars, anchors, tags, other escapes, duplicate keys, tabs, control characters, documents near
 * the node, depth or size limits...) is left to the Jackson path. Stateless and thread-safe.
 */
final class FastYaml {

  /** The longest text read here; longer ones go to the Jackson path. */
  private static final int MAX_CHARS = 64 * 1024;

  /** The deepest nesting read here (the root map is at depth 0). */
  private static final int MAX_DEPTH = 8;

  /** The longest key read here (SnakeYAML has had limits on simple keys). */
  private static final int MAX_KEY = 128;

  private FastYaml() {}

  /**
   * Reads a front matter, or says it is not sure.
   *
   * @param yaml the text
   * @param firstLine the source file line of the text's first line
   * @param maxNodes the Jackson path's node limit: documents reaching it are left to that path
   * @param maxDepth the Jackson path's depth limit: documents reaching it are left to that path
   * @param maxChars the Jackson path's size limit: documents reaching it are left to that path
   * @return the result the Jackson path gives, or {@code null} when the text is outside the subset
   */
  static YamlTreeReader.Result read(
      String yaml, int firstLine, int maxNodes, int maxDepth, int maxChars) {
    if (yaml.length() > MAX_CHARS || yaml.length() >= maxChars || !plainCharacters(yaml)) {
      return null;
    }
    try {
      return new Run(yaml, firstLine, maxNodes, Math.min(maxDepth, MAX_DEPTH)).document();
    } catch (Bail e) {
      return null;
    }
  }

  /**
   * Tells whether the text holds only characters read here: no tab, no carriage return nor other
   * control character, no character SnakeYAML refuses or reads as a line break (U+0085, U+2028,
   * U+2029), no byte order mark, no unpaired surrogate.
   */
  static boolean plainCharacters(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x20) {
        if (c != '\n') {
          return false;
        }
      } else if (c >= 0x7F) {
        if (c <= 0x9F || c == '\u2028' || c == '\u2029' || c >= '\uFEFF' && isSpecial(c)) {
          return false;
        }
        if (Character.isHighSurrogate(c)) {
          if (i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1))) {
            return false;
          }
          i++;
        } else if (Character.isLowSurrogate(c)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isSpecial(char c) {
    return c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF';
  }

  /** Thrown to leave the subset; carries no stack trace. */
  private static final class Bail extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Bail() {
      super(null, null, false, false);
    }
  }

  /** The state of one read. */
  private static final class Run {
    final String text;
    final int firstLine;
    final int maxNodes;
    final int maxDepth;
    final Map<String, SourcePosition> positions = new HashMap<>();

    /** Content lines (neither blank nor comments): line index, line start, indent, end. */
    int[] lineNos = new int[32];

    int[] lineStarts = new int[32];
    int[] indents = new int[32];
    int[] ends = new int[32];
    int count;

    /** The current content line. */
    int line;

    /** Where the current line's content starts (after the indent, or after a '- '). */
    int cursor;

    int nodes;

    Run(String text, int firstLine, int maxNodes, int maxDepth) {
      this.text = text;
      this.firstLine = firstLine;
      this.maxNodes = maxNodes;
      this.maxDepth = maxDepth;
    }

    YamlTreeReader.Result document() {
      splitLines();
      if (count == 0) {
        return new YamlTreeReader.Result(Map.of(), Map.of(), List.of());
      }
      if (indents[0] != 0) {
        throw new Bail();
      }
      node();
      line = 0;
      cursor = lineStarts[0];
      Map<String, Object> root = map(0, "", 0);
      if (line < count) {
        throw new Bail();
      }
      return new YamlTreeReader.Result(root, Collections.unmodifiableMap(positions), List.of());
    }

    private void splitLines() {
      int length = text.length();
      int start = 0;
      int lineNo = 0;
      while (start <= length) {
        int nl = text.indexOf('\n', start);
        int end = nl < 0 ? length : nl;
        int p = start;
        while (p < end && text.charAt(p) == ' ') {
          p++;
        }
        if (p < end && text.charAt(p) != '#') {
          if (p == start
              && end - start >= 3
              && (text.startsWith("---", start) || text.startsWith("...", start))) {
            throw new Bail();
          }
          add(lineNo, start, p - start, end);
        }
        if (nl < 0) {
          break;
        }
        start = nl + 1;
        lineNo++;
      }
    }

    private void add(int lineNo, int start, int indent, int end) {
      if (count == lineNos.length) {
        int size = count * 2;
        lineNos = Arrays.copyOf(lineNos, size);
        lineStarts = Arrays.copyOf(lineStarts, size);
        indents = Arrays.copyOf(indents, size);
        ends = Arrays.copyOf(ends, size);
      }
      lineNos[count] = lineNo;
      lineStarts[count] = start;
      indents[count] = indent;
      ends[count] = end;
      count++;
    }

    private void next() {
      line++;
      if (line < count) {
        cursor = lineStarts[line] + indents[line];
      }
    }

    private void node() {
      if (++nodes >= maxNodes) {
        throw new Bail();
      }
    }

    private SourcePosition position(int at) {
      // SnakeYAML counts columns in code points: an emoji before a flow item counts once.
      return new SourcePosition(
          firstLine + lineNos[line], text.codePointCount(lineStarts[line], at) + 1);
    }

    /** A '-' followed by a space or the line end, starting the current line's content. */
    private boolean isDash(int l) {
      int p = lineStarts[l] + indents[l];
      return text.charAt(p) == '-' && (p + 1 == ends[l] || text.charAt(p + 1) == ' ');
    }

    /** The block mapping whose keys start at column {@code col}; the cursor is on its first key. */
    private Map<String, Object> map(int col, String path, int depth) {
      if (depth >= maxDepth) {
        throw new Bail();
      }
      Map<String, Object> map = new LinkedHashMap<>();
      while (true) {
        int p = cursor;
        int end = ends[line];
        int colon = keyEnd(p, end);
        if (colon < 0) {
          throw new Bail();
        }
        String key = text.substring(p, colon);
        if (map.containsKey(key) || isWord(key)) {
          throw new Bail();
        }
        String childPath = path.isEmpty() ? key : path + "." + key;
        SourcePosition at = position(p);
        node();
        int v = skipSpaces(colon + 1, end);
        Object value;
        if (v == end || text.charAt(v) == '#') {
          next();
          if (line < count && indents[line] > col) {
            value =
                isDash(line)
                    ? sequence(indents[line], childPath, depth + 1)
                    : map(indents[line], childPath, depth + 1);
          } else if (line < count && indents[line] == col && isDash(line)) {
            value = sequence(col, childPath, depth + 1);
          } else {
            value = "";
          }
        } else {
          value =
              text.charAt(v) == '[' ? flowSequence(v, end, childPath, depth + 1) : scalar(v, end);
          next();
          if (line < count && indents[line] > col) {
            throw new Bail();
          }
        }
        map.put(key, value);
        positions.put(childPath, at);
        if (line >= count || indents[line] < col) {
          return Collections.unmodifiableMap(map);
        }
        if (indents[line] > col) {
          throw new Bail();
        }
      }
    }

    /** The block sequence whose '-' are at column {@code col}; the current line is its first. */
    private List<Object> sequence(int col, String path, int depth) {
      if (depth >= maxDepth) {
        throw new Bail();
      }
      List<Object> list = new ArrayList<>();
      while (true) {
        int end = ends[line];
        int v = skipSpaces(cursor + 1, end);
        if (v == end || text.charAt(v) == '#' || (text.charAt(v) == '-' && isDashAt(v, end))) {
          throw new Bail();
        }
        String childPath = path + "." + list.size();
        SourcePosition at = position(v);
        node();
        Object value;
        if (keyEnd(v, end) >= 0) {
          cursor = v;
          value = map(v - lineStarts[line], childPath, depth + 1);
        } else {
          value = scalar(v, end);
          next();
          if (line < count && indents[line] > col) {
            throw new Bail();
          }
        }
        list.add(value);
        positions.put(childPath, at);
        if (line >= count || indents[line] < col) {
          return Collections.unmodifiableList(list);
        }
        if (indents[line] > col) {
          throw new Bail();
        }
        if (!isDash(line)) {
          return Collections.unmodifiableList(list);
        }
      }
    }

    /**
     * A flow sequence on one line, {@code [a, "b", 'c']}, of one-line scalars: no nested flow
     * collections, no ':' nor '#' inside a plain item, no empty item (a trailing comma included).
     */
    private List<Object> flowSequence(int p, int end, String path, int depth) {
      if (depth >= maxDepth) {
        throw new Bail();
      }
      while (end > p && text.charAt(end - 1) == ' ') {
        end--;
      }
      List<Object> list = new ArrayList<>();
      int q = skipSpaces(p + 1, end);
      if (q < end && text.charAt(q) == ']') {
        afterQuote(q + 1, end);
        return Collections.unmodifiableList(list);
      }
      while (true) {
        if (q >= end) {
          throw new Bail();
        }
        SourcePosition at = position(q);
        node();
        char first = text.charAt(q);
        Object value;
        if (first == '"' || first == '\'') {
          int close = quotedEnd(q, end, first);
          value = first == '"' ? doubleQuoted(q, close + 1) : singleQuoted(q, close + 1);
          q = close + 1;
        } else {
          int e = q;
          while (e < end && text.charAt(e) != ',' && text.charAt(e) != ']') {
            char c = text.charAt(e);
            if (c == '[' || c == '{' || c == '}' || c == '#' || c == ':' || c == '"' || c == '\'') {
              throw new Bail();
            }
            e++;
          }
          int last = e;
          while (last > q && text.charAt(last - 1) == ' ') {
            last--;
          }
          if (last == q) {
            throw new Bail();
          }
          value = plain(text.substring(q, last));
          q = e;
        }
        list.add(value);
        positions.put(path + "." + (list.size() - 1), at);
        q = skipSpaces(q, end);
        if (q >= end) {
          throw new Bail();
        }
        char c = text.charAt(q);
        if (c == ']') {
          afterQuote(q + 1, end);
          return Collections.unmodifiableList(list);
        }
        if (c != ',') {
          throw new Bail();
        }
        q = skipSpaces(q + 1, end);
        if (q < end && text.charAt(q) == ']') {
          throw new Bail();
        }
      }
    }

    /** The index of the quote closing a quoted scalar that starts at {@code p}, on this line. */
    private int quotedEnd(int p, int end, char quote) {
      int q = p + 1;
      while (q < end) {
        char c = text.charAt(q);
        if (quote == '"' && c == '\\') {
          q += 2;
        } else if (c == quote) {
          if (quote == '\'' && q + 1 < end && text.charAt(q + 1) == '\'') {
            q += 2;
          } else {
            return q;
          }
        } else {
          q++;
        }
      }
      throw new Bail();
    }

    private boolean isDashAt(int p, int end) {
      return p + 1 == end || text.charAt(p + 1) == ' ';
    }

    private int skipSpaces(int p, int end) {
      while (p < end && text.charAt(p) == ' ') {
        p++;
      }
      return p;
    }

    /**
     * The index of the ':' ending a plain key that starts at {@code p}, when followed by a space or
     * the line end; else -1.
     */
    private int keyEnd(int p, int end) {
      char c = text.charAt(p);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_')) {
        return -1;
      }
      int q = p + 1;
      while (q < end) {
        c = text.charAt(q);
        if (c >= 'a' && c <= 'z'
            || c >= 'A' && c <= 'Z'
            || c >= '0' && c <= '9'
            || c == '_'
            || c == '-') {
          q++;
        } else {
          break;
        }
      }
      if (q - p <= MAX_KEY
          && q < end
          && text.charAt(q) == ':'
          && (q + 1 == end || text.charAt(q + 1) == ' ')) {
        return q;
      }
      return -1;
    }

    /** A one-line scalar starting at {@code p} and running to the line end or a comment. */
    private Object scalar(int p, int end) {
      while (end > p && text.charAt(end - 1) == ' ') {
        end--;
      }
      char first = text.charAt(p);
      if (first == '"') {
        return doubleQuoted(p, end);
      }
      if (first == '\'') {
        return singleQuoted(p, end);
      }
      for (int k = p + 1; k < end; k++) {
        if (text.charAt(k) == '#' && text.charAt(k - 1) == ' ') {
          end = k - 1;
          while (end > p && text.charAt(end - 1) == ' ') {
            end--;
          }
          break;
        }
      }
      String value = text.substring(p, end);
      if (value.endsWith(":") || value.contains(": ")) {
        throw new Bail();
      }
      return plain(value);
    }

    private String doubleQuoted(int p, int end) {
      StringBuilder escaped = null;
      int from = p + 1;
      int q = p + 1;
      while (true) {
        if (q >= end) {
          throw new Bail();
        }
        char c = text.charAt(q);
        if (c == '"') {
          break;
        }
        if (c == '\\') {
          char e = q + 1 < end ? text.charAt(q + 1) : 0;
          if (e != '"' && e != '\\') {
            throw new Bail();
          }
          if (escaped == null) {
            escaped = new StringBuilder(end - p);
          }
          escaped.append(text, from, q).append(e);
          q += 2;
          from = q;
        } else {
          q++;
        }
      }
      afterQuote(q + 1, end);
      return escaped == null ? text.substring(p + 1, q) : escaped.append(text, from, q).toString();
    }

    private String singleQuoted(int p, int end) {
      StringBuilder escaped = null;
      int from = p + 1;
      int q = p + 1;
      while (true) {
        if (q >= end) {
          throw new Bail();
        }
        if (text.charAt(q) == '\'') {
          if (q + 1 < end && text.charAt(q + 1) == '\'') {
            if (escaped == null) {
              escaped = new StringBuilder(end - p);
            }
            escaped.append(text, from, q + 1);
            q += 2;
            from = q;
            continue;
          }
          break;
        }
        q++;
      }
      afterQuote(q + 1, end);
      return escaped == null ? text.substring(p + 1, q) : escaped.append(text, from, q).toString();
    }

    /** After a closing quote: nothing, or spaces and a comment. */
    private void afterQuote(int q, int end) {
      if (q == end) {
        return;
      }
      int c = skipSpaces(q, end);
      if (c == q || c == end || text.charAt(c) != '#') {
        throw new Bail();
      }
    }

    /** Types a plain scalar as SnakeYAML's resolver and the Jackson path do, or bails. */
    private static Object plain(String value) {
      char first = value.charAt(0);
      if (first >= '0' && first <= '9') {
        if (isDate(value)) {
          return value;
        }
        if (value.length() <= 18 && (first != '0' || value.length() == 1) && allDigits(value)) {
          return Long.parseLong(value);
        }
        throw new Bail();
      }
      switch (first) {
        case '-':
        case '?':
        case ':':
        case ',':
        case '[':
        case ']':
        case '{':
        case '}':
        case '#':
        case '&':
        case '*':
        case '!':
        case '|':
        case '>':
        case '\'':
        case '"':
        case '%':
        case '@':
        case '`':
        case '.':
          // A relative path: SnakeYAML's float resolver wants a digit or "inf"/"nan" after '.'.
          if (value.startsWith("./") || value.startsWith("../")) {
            return value;
          }
          throw new Bail();
        case '+':
        case '<':
        case '=':
        case '\\':
          throw new Bail();
        case '~':
          if (value.length() == 1) {
            return null;
          }
          throw new Bail();
        default:
          break;
      }
      switch (value) {
        case "true":
        case "True":
        case "TRUE":
          return Boolean.TRUE;
        case "false":
        case "False":
        case "FALSE":
          return Boolean.FALSE;
        case "null":
        case "Null":
        case "NULL":
          return null;
        default:
          if (isWord(value)) {
            throw new Bail();
          }
          return value;
      }
    }

    /** Words YAML 1.1 or 1.2 may read as booleans or null, in any capitalization. */
    private static boolean isWord(String value) {
      switch (value.length()) {
        case 1:
          return "yYnN".indexOf(value.charAt(0)) >= 0;
        case 2:
          return value.equalsIgnoreCase("no") || value.equalsIgnoreCase("on");
        case 3:
          return value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("off");
        case 4:
          return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("null");
        case 5:
          return value.equalsIgnoreCase("false");
        default:
          return false;
      }
    }

    private static boolean isDate(String value) {
      if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
        return false;
      }
      for (int i = 0; i < 10; i++) {
        char c = value.charAt(i);
        if (i != 4 && i != 7 && (c < '0' || c > '9')) {
          return false;
        }
      }
      return true;
    }

    private static boolean allDigits(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c < '0' || c > '9') {
          return false;
        }
      }
      return true;
    }
  }
}

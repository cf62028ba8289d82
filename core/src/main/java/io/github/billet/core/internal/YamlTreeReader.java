package io.github.billet.core.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.billet.core.Problem;
import io.github.billet.core.SourcePosition;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads a YAML mapping into an immutable tree of maps, lists and scalars, remembering where each
 * key was written, with Jackson's streaming YAML parser.
 *
 * <p>Jackson's parser reports aliases without expanding them; this reader expands them itself,
 * sharing the anchored value, and stops with {@code yaml.alias-limit} past a number of aliases or
 * of expanded nodes (the billion-laughs attack). Duplicate keys are errors that keep the first
 * value. Thread-safe.
 *
 * <p>Longer than most classes because it is one walk over the YAML parser's events that keeps the
 * positions, the anchors and the limits together.
 */
public final class YamlTreeReader {

  /** The tree and the non-fatal problems. */
  public record Result(
      Map<String, Object> root, Map<String, SourcePosition> positions, List<Problem> problems) {}

  private final YAMLFactory factory;
  private final int maxAliases;
  private final int maxNodes;
  private final int maxDepth;
  // What the document is, in messages: "front matter", "site configuration".
  private final String subject;

  /**
   * Creates a reader.
   *
   * @param maxAliases the most aliases in one document
   * @param maxNodes the most nodes in the tree once aliases are expanded
   * @param maxDepth the deepest nesting of maps and lists
   * @param maxChars the longest document, in characters
   */
  public YamlTreeReader(int maxAliases, int maxNodes, int maxDepth, int maxChars) {
    this(maxAliases, maxNodes, maxDepth, maxChars, "front matter");
  }

  /**
   * Creates a reader whose messages name the document as given.
   *
   * @param maxAliases the most aliases in one document
   * @param maxNodes the most nodes in the tree once aliases are expanded
   * @param maxDepth the deepest nesting of maps and lists
   * @param maxChars the longest document, in characters
   * @param subject what the document is, such as {@code site configuration}
   */
  public YamlTreeReader(int maxAliases, int maxNodes, int maxDepth, int maxChars, String subject) {
    this.maxAliases = maxAliases;
    this.maxNodes = maxNodes;
    this.maxDepth = maxDepth;
    this.subject = subject;
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Math.max(1024, maxChars));
    options.setMaxAliasesForCollections(Math.max(1, maxAliases));
    options.setAllowDuplicateKeys(true);
    this.factory =
        new AnchorFactory(
            YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(maxDepth + 1).build()));
  }

  /**
   * Reads a YAML document whose root must be a mapping (or empty).
   *
   * @param yaml the text
   * @param source the source name for problems
   * @param firstLine the source file line of the text's first line
   * @return the tree
   * @throws ProblemException carrying the fatal problem
   */
  public Result read(String yaml, String source, int firstLine) throws ProblemException {
    Result result = tree(yaml, source, firstLine);
    if (yaml.indexOf(" #") < 0) {
      return result; // the common case: no comment can have cut a value
    }
    List<Problem> cuts = new ArrayList<>();
    String[] lines = yaml.split("\n", -1);
    commentCuts(result.root(), "", lines, firstLine, result.positions(), source, cuts);
    if (cuts.isEmpty()) {
      return result;
    }
    List<Problem> problems = new ArrayList<>(result.problems());
    problems.addAll(cuts);
    return new Result(result.root(), result.positions(), List.copyOf(problems));
  }

  /**
   * Warns about each text value that a {@code #} cut short: in YAML, a {@code #} after a space
   * starts a comment, so {@code alt: the #BlueHats page} gives {@code "the"} and drops the rest of
   * the line without a word. A {@code #} followed by a space reads as a deliberate comment and is
   * left alone; quoted values and block texts are never cut and never warned about.
   */
  private static void commentCuts(
      Object node,
      String path,
      String[] lines,
      int firstLine,
      Map<String, SourcePosition> positions,
      String source,
      List<Problem> out) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        String childPath = path.isEmpty() ? key : path + "." + key;
        commentCuts(e.getValue(), childPath, lines, firstLine, positions, source, out);
      }
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        commentCuts(list.get(i), path + "." + i, lines, firstLine, positions, source, out);
      }
    } else if (node instanceof String value && !value.isEmpty()) {
      SourcePosition at = positions.get(path);
      int index = at == null ? -1 : at.line() - firstLine;
      if (index < 0 || index >= lines.length) {
        return;
      }
      String line = lines[index];
      int from = Math.max(0, at.column() - 1);
      for (int i = line.indexOf(value, from); i >= 0; i = line.indexOf(value, i + 1)) {
        int hash = i + value.length();
        while (hash < line.length() && line.charAt(hash) == ' ') {
          hash++;
        }
        if (hash > i + value.length()
            && hash + 1 < line.length()
            && line.charAt(hash) == '#'
            && !Character.isWhitespace(line.charAt(hash + 1))) {
          String dropped = line.substring(hash).strip();
          out.add(
              Problem.warning(
                  source,
                  at.line(),
                  hash + 1,
                  "yaml.comment-cut",
                  "'"
                      + path
                      + "' ends before '"
                      + dropped
                      + "': in YAML a '#' after a space starts a comment, so the rest of the"
                      + " line is dropped",
                  "put the whole value in double quotes to keep the '#', such as \""
                      + (value + " " + dropped).replace("\\", "\\\\").replace("\"", "\\\"")
                      + "\""));
          return;
        }
      }
    }
  }

  private Result tree(String yaml, String source, int firstLine) throws ProblemException {
    Run run = new Run(source, firstLine);
    try (AnchorParser parser = (AnchorParser) factory.createParser(yaml)) {
      run.parser = parser;
      JsonToken token = parser.nextToken();
      if (token == null) {
        return new Result(Map.of(), Map.of(), List.of());
      }
      if (token != JsonToken.START_OBJECT) {
        SourcePosition at = run.position(parser.currentTokenLocation());
        throw new ProblemException(
            Problem.error(
                source,
                at.line(),
                at.column(),
                "front-matter.not-a-map",
                "the " + subject + " is " + describe(token) + ", not a set of keys",
                "write one 'key: value' per line, such as 'title: \"My post\"'"));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> root = (Map<String, Object>) run.value(token, "", 0);
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        SourcePosition at = run.position(parser.currentTokenLocation());
        throw new ProblemException(
            Problem.error(
                source,
                at.line(),
                at.column(),
                "yaml.syntax",
                "the " + subject + " holds more than one YAML document",
                "remove the extra '---' or '...' line inside the " + subject));
      }
      return new Result(root, Collections.unmodifiableMap(run.positions), run.problems);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      SourcePosition at =
          location == null ? new SourcePosition(firstLine, 0) : run.position(location);
      String reason = e.getOriginalMessage();
      throw new ProblemException(
          Problem.error(
              source,
              at.line(),
              at.column(),
              "yaml.syntax",
              "invalid YAML in the " + subject + ": " + firstLineOf(reason),
              "check quotes and indentation; quote values that contain ': ' or start with"
                  + " a special character"));
    } catch (IOException e) {
      throw new ProblemException(
          Problem.error(
              source,
              firstLine,
              0,
              "yaml.syntax",
              "invalid YAML in the " + subject + ": " + firstLineOf(e.getMessage()),
              "check quotes and indentation"));
    }
  }

  /**
   * Booleans as YAML 1.2 and the reference site's js-yaml read them: only {@code true} and {@code
   * false} (any capitalization); YAML 1.1 words such as {@code yes} or {@code on} stay text.
   */
  private static Object bool(JsonToken token, String text) {
    String t = text == null ? "" : text.trim();
    if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
      return token == JsonToken.VALUE_TRUE;
    }
    return text;
  }

  private static String firstLineOf(String text) {
    if (text == null) {
      return "unknown reason";
    }
    int nl = text.indexOf('\n');
    return (nl < 0 ? text : text.substring(0, nl)).trim();
  }

  private static String describe(JsonToken token) {
    switch (token) {
      case START_ARRAY:
        return "a list";
      case VALUE_NULL:
        return "empty";
      default:
        return "a single value";
    }
  }

  /** The state of one read. */
  private final class Run {
    final String source;
    final int firstLine;
    final Map<String, SourcePosition> positions = new HashMap<>();
    final List<Problem> problems = new ArrayList<>();
    final Map<String, Object> anchors = new HashMap<>();
    final Map<String, Integer> anchorSizes = new HashMap<>();
    AnchorParser parser;
    int nodes;
    int aliases;

    Run(String source, int firstLine) {
      this.source = source;
      this.firstLine = firstLine;
    }

    SourcePosition position(JsonLocation location) {
      int line = location.getLineNr();
      int column = location.getColumnNr();
      return new SourcePosition(line > 0 ? firstLine + line - 1 : firstLine, Math.max(0, column));
    }

    Object value(JsonToken token, String path, int depth) throws IOException, ProblemException {
      String anchor = parser.anchor();
      int before = nodes;
      nodes++;
      checkNodes();
      Object value;
      switch (token) {
        case START_OBJECT:
          value = map(path, depth);
          break;
        case START_ARRAY:
          value = list(path, depth);
          break;
        case VALUE_STRING:
          if (parser.isCurrentAlias()) {
            nodes--;
            return alias(parser.getText());
          }
          value = parser.getText();
          break;
        case VALUE_NUMBER_INT:
          value =
              parser.getNumberType() == com.fasterxml.jackson.core.JsonParser.NumberType.BIG_INTEGER
                  ? parser.getBigIntegerValue()
                  : (Object) parser.getLongValue();
          break;
        case VALUE_NUMBER_FLOAT:
          value = parser.getDoubleValue();
          break;
        case VALUE_TRUE:
        case VALUE_FALSE:
          value = bool(token, parser.getText());
          break;
        case VALUE_NULL:
          value = null;
          break;
        default:
          value = parser.getText();
      }
      if (anchor != null) {
        anchors.put(anchor, value);
        anchorSizes.put(anchor, nodes - before);
      }
      return value;
    }

    /** Remembers an anchored key, such as {@code &k title: x}, which a later alias may name. */
    private void keyAnchor() {
      ScalarEvent key = parser.lastScalar();
      if (key != null && key.getAnchor() != null) {
        anchors.put(key.getAnchor(), typedScalar(key));
        anchorSizes.put(key.getAnchor(), 1);
      }
    }

    private Object alias(String name) throws ProblemException {
      SourcePosition at = position(parser.currentTokenLocation());
      if (!anchors.containsKey(name)) {
        problems.add(
            Problem.error(
                source,
                at.line(),
                at.column(),
                "yaml.unknown-alias",
                "alias '*" + name + "' refers to no anchor defined before it",
                "define '&" + name + "' earlier in the " + subject + ", or remove the alias"));
        return null;
      }
      aliases++;
      nodes += anchorSizes.get(name);
      if (aliases > maxAliases) {
        throw new ProblemException(
            aliasLimit(at, aliases + " aliases, more than the limit of " + maxAliases));
      }
      if (nodes > maxNodes) {
        throw new ProblemException(
            aliasLimit(at, "aliases expand to more than " + maxNodes + " values"));
      }
      return anchors.get(name);
    }

    /** A key's scalar typed as a value: keys are read as text, the node an alias names is not. */
    private Object typedScalar(ScalarEvent scalar) {
      if (scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
        return scalar.getValue();
      }
      try (YAMLParser single = (YAMLParser) factory.createParser(scalar.getValue())) {
        JsonToken token = single.nextToken();
        switch (token == null ? JsonToken.VALUE_NULL : token) {
          case VALUE_NUMBER_INT:
            return single.getNumberType()
                    == com.fasterxml.jackson.core.JsonParser.NumberType.BIG_INTEGER
                ? single.getBigIntegerValue()
                : (Object) single.getLongValue();
          case VALUE_NUMBER_FLOAT:
            return single.getDoubleValue();
          case VALUE_TRUE:
          case VALUE_FALSE:
            return bool(token, single.getText());
          case VALUE_NULL:
            return null;
          default:
            return scalar.getValue();
        }
      } catch (IOException e) {
        return scalar.getValue();
      }
    }

    private Problem aliasLimit(SourcePosition at, String what) {
      return Problem.error(
          source,
          at.line(),
          at.column(),
          "yaml.alias-limit",
          "YAML alias expansion beyond the limit: " + what,
          "write the values out instead of using anchors (&) and aliases (*)");
    }

    private void checkNodes() throws ProblemException {
      if (nodes > maxNodes) {
        SourcePosition at = position(parser.currentTokenLocation());
        throw new ProblemException(
            Problem.error(
                source,
                at.line(),
                at.column(),
                "yaml.too-large",
                "the " + subject + " holds more than " + maxNodes + " values",
                "move long data out of the " + subject));
      }
    }

    private void checkDepth(int depth) throws ProblemException {
      if (depth >= maxDepth) {
        SourcePosition at = position(parser.currentTokenLocation());
        throw new ProblemException(
            Problem.error(
                source,
                at.line(),
                at.column(),
                "yaml.too-deep",
                "the " + subject + " nests lists and maps more than " + maxDepth + " levels deep",
                "flatten the " + subject));
      }
    }

    private Map<String, Object> map(String path, int depth) throws IOException, ProblemException {
      checkDepth(depth);
      Map<String, Object> map = new LinkedHashMap<>();
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        keyAnchor();
        SourcePosition at = position(parser.currentTokenLocation());
        String childPath = path.isEmpty() ? key : path + "." + key;
        Object child = value(parser.nextToken(), childPath, depth + 1);
        if (map.containsKey(key)) {
          SourcePosition first = positions.get(childPath);
          problems.add(
              Problem.error(
                  source,
                  at.line(),
                  at.column(),
                  "yaml.duplicate-key",
                  "key '"
                      + key
                      + "' is given twice"
                      + (first == null ? "" : " (first on line " + first.line() + ")")
                      + "; the first value is kept",
                  "remove one of the two '" + key + ":' lines"));
        } else {
          map.put(key, child);
          positions.put(childPath, at);
        }
      }
      if (token != JsonToken.END_OBJECT) {
        throw new IOException("unexpected " + token);
      }
      return Collections.unmodifiableMap(map);
    }

    private List<Object> list(String path, int depth) throws IOException, ProblemException {
      checkDepth(depth);
      List<Object> list = new ArrayList<>();
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == null) {
          throw new IOException("unexpected end of the " + subject);
        }
        String childPath = path + "." + list.size();
        SourcePosition at = position(parser.currentTokenLocation());
        list.add(value(token, childPath, depth + 1));
        positions.put(childPath, at);
      }
      return Collections.unmodifiableList(list);
    }
  }

  /** Jackson's YAML factory, making {@link AnchorParser}s. */
  private static final class AnchorFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    AnchorFactory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) {
      return new AnchorParser(
          context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
    }
  }

  /**
   * Jackson's YAML parser, telling the anchor of every node: Jackson's own {@code getObjectId()}
   * tells it for maps and lists only, and for a key gives the enclosing map's anchor; the scalar
   * event it has just read holds it.
   */
  private static final class AnchorParser extends YAMLParser {
    AnchorParser(
        IOContext context,
        int parserFeatures,
        int yamlFeatures,
        LoaderOptions options,
        ObjectCodec codec,
        Reader reader) {
      super(context, parserFeatures, yamlFeatures, options, codec, reader);
    }

    /** The scalar event just read (the current key or scalar value), or null. */
    ScalarEvent lastScalar() {
      return _lastEvent instanceof ScalarEvent scalar ? scalar : null;
    }

    /** The anchor of the current value (a map, list or scalar), or null. */
    String anchor() {
      JsonToken token = currentToken();
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        return _currentAnchor;
      }
      ScalarEvent scalar = lastScalar();
      return scalar == null ? null : scalar.getAnchor();
    }
  }
}

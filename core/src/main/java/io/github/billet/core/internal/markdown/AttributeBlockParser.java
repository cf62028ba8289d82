package io.github.billet.core.internal.markdown;

import io.github.billet.core.markdown.AttributeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Parses <code>{...}</code> attribute blocks: {@code .class}, {@code #id}, {@code key=value},
 * {@code key="quoted value"} or {@code key='quoted value'}, separated by spaces, on one line.
 *
 * <p>Anything else (an empty block, a stray brace, a backslash or {@code &} inside) is not a block
 * and stays text, so that the text renders exactly as written.
 */
final class AttributeBlockParser implements InlineContentParser {

  private static final int MAX_LENGTH = 1000;

  @Override
  public ParsedInline tryParse(InlineParserState inlineParserState) {
    Scanner scanner = inlineParserState.scanner();
    Position start = scanner.position();
    scanner.next(); // '{'
    StringBuilder source = new StringBuilder("{");
    Optional<List<AttributeBlock.Item>> items = parseItems(scanner, source);
    if (items.isEmpty() || items.get().isEmpty()) {
      scanner.setPosition(start);
      return ParsedInline.none();
    }
    return ParsedInline.of(new AttributeBlock(items.get(), source.toString()), scanner.position());
  }

  private static Optional<List<AttributeBlock.Item>> parseItems(
      Scanner scanner, StringBuilder source) {
    List<AttributeBlock.Item> items = new ArrayList<>();
    while (true) {
      int spaces = skipSpaces(scanner, source);
      char c = scanner.peek();
      if (c == '}') {
        scanner.next();
        source.append('}');
        return Optional.of(items);
      }
      if (!items.isEmpty() && spaces == 0) {
        return Optional.empty();
      }
      if (c == '.' || c == '#') {
        scanner.next();
        source.append(c);
        String name = word(scanner, source);
        if (name.isEmpty()) {
          return Optional.empty();
        }
        items.add(new AttributeBlock.Item(c == '.' ? "class" : "id", name));
      } else {
        String key = word(scanner, source);
        if (key.isEmpty() || !scanner.next('=')) {
          return Optional.empty();
        }
        source.append('=');
        Optional<String> value = value(scanner, source);
        if (value.isEmpty()) {
          return Optional.empty();
        }
        items.add(new AttributeBlock.Item(key, value.get()));
      }
      if (source.length() > MAX_LENGTH) {
        return Optional.empty();
      }
    }
  }

  private static int skipSpaces(Scanner scanner, StringBuilder source) {
    int n = 0;
    while (scanner.peek() == ' ' || scanner.peek() == '\t') {
      source.append(scanner.peek());
      scanner.next();
      n++;
    }
    return n;
  }

  private static String word(Scanner scanner, StringBuilder source) {
    StringBuilder w = new StringBuilder();
    while (true) {
      char c = scanner.peek();
      if (c == Scanner.END
          || c == '\n'
          || Character.isWhitespace(c)
          || "{}.#=\"'\\&<>`".indexOf(c) >= 0) {
        break;
      }
      w.append(c);
      scanner.next();
    }
    source.append(w);
    return w.toString();
  }

  private static Optional<String> value(Scanner scanner, StringBuilder source) {
    char quote = scanner.peek();
    if (quote == '"' || quote == '\'') {
      scanner.next();
      StringBuilder v = new StringBuilder();
      while (true) {
        char c = scanner.peek();
        if (c == Scanner.END || c == '\n' || c == '\\' || c == '&' || v.length() > MAX_LENGTH) {
          return Optional.empty();
        }
        scanner.next();
        if (c == quote) {
          break;
        }
        v.append(c);
      }
      source.append(quote).append(v).append(quote);
      return Optional.of(v.toString());
    }
    StringBuilder v = new StringBuilder();
    while (true) {
      char c = scanner.peek();
      if (c == Scanner.END
          || c == '\n'
          || Character.isWhitespace(c)
          || "{}\"'=\\&<>`".indexOf(c) >= 0) {
        break;
      }
      v.append(c);
      scanner.next();
    }
    source.append(v);
    return v.length() == 0 ? Optional.empty() : Optional.of(v.toString());
  }

  /**
   * Triggers on <code>{</code>. commonmark asks a factory for its triggers and a parser at every
   * block it parses inline, so both are made once: the parser keeps no state between calls.
   */
  static final class Factory implements InlineContentParserFactory {
    private static final Set<Character> TRIGGERS = Set.of('{');
    private final AttributeBlockParser parser = new AttributeBlockParser();

    @Override
    public Set<Character> getTriggerCharacters() {
      return TRIGGERS;
    }

    @Override
    public InlineContentParser create() {
      return parser;
    }
  }
}

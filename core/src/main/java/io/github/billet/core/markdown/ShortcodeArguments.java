package io.github.billet.core.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses shortcode arguments the way Nunjucks calls write them: comma-separated quoted strings
 * ({@code "..."} or {@code '...'}, backslash escapes), numbers and {@code [...]} lists of those; a
 * bare word (letters, digits, {@code _ - . /}) is a string.
 */
public final class ShortcodeArguments {

  private final String s;
  private int i;

  private ShortcodeArguments(String s) {
    this.s = s;
  }

  /**
   * Parses an argument list.
   *
   * @param arguments the text between the shortcode name and {@code %}}
   * @return strings, numbers (as strings of digits wrapped in {@link Number}) and lists; empty when
   *     malformed
   */
  public static Optional<List<Object>> parse(String arguments) {
    if (arguments.isBlank()) {
      return Optional.of(List.of());
    }
    ShortcodeArguments p = new ShortcodeArguments(arguments);
    List<Object> values = p.list(Character.MIN_VALUE);
    if (values == null) {
      return Optional.empty();
    }
    p.spaces();
    return p.i == arguments.length() ? Optional.of(values) : Optional.empty();
  }

  private List<Object> list(char close) {
    List<Object> values = new ArrayList<>();
    spaces();
    if (i < s.length() && s.charAt(i) == close) {
      return values;
    }
    while (true) {
      spaces();
      Object value = value();
      if (value == null) {
        return null;
      }
      values.add(value);
      spaces();
      if (i < s.length() && s.charAt(i) == ',') {
        i++;
        continue;
      }
      return values;
    }
  }

  private Object value() {
    if (i >= s.length()) {
      return null;
    }
    char c = s.charAt(i);
    if (c == '"' || c == '\'') {
      i++;
      StringBuilder v = new StringBuilder();
      while (i < s.length()) {
        char d = s.charAt(i++);
        if (d == c) {
          return v.toString();
        }
        if (d == '\\' && i < s.length()) {
          d = s.charAt(i++);
        }
        v.append(d);
      }
      return null;
    }
    if (c == '[') {
      i++;
      List<Object> inner = list(']');
      spaces();
      if (inner == null || i >= s.length() || s.charAt(i) != ']') {
        return null;
      }
      i++;
      return inner;
    }
    int start = i;
    while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
      i++;
    }
    if (i > start && (i == s.length() || !isWordChar(s.charAt(i)))) {
      try {
        return Double.valueOf(s.substring(start, i));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    // A bare word (a video id, a name): Nunjucks would read a variable, which Billet has none of.
    while (i < s.length() && isWordChar(s.charAt(i))) {
      i++;
    }
    return i == start ? null : s.substring(start, i);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '/';
  }

  private void spaces() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }
}

package io.github.billet.core.internal;

import io.github.billet.core.CoverImage;
import io.github.billet.core.FrontMatter;
import io.github.billet.core.Language;
import io.github.billet.core.Permalink;
import io.github.billet.core.Problem;
import io.github.billet.core.SourcePosition;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Typed reads of a post's front matter, each wrong type a problem, and the front matter's dates.
 *
 * <pre>{@code
 * FrontMatterTyping typing = new FrontMatterTyping(source, fm, problems, file, history);
 * Optional<LocalDate> date = typing.date();
 * }</pre>
 */
public final class FrontMatterTyping {

  private static final DateTimeFormatter STRICT_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final String source;
  private final FrontMatter fm;
  private final List<Problem> problems;
  private final Optional<Path> file;
  private final Supplier<GitHistory> git;

  FrontMatterTyping(
      String source,
      FrontMatter fm,
      List<Problem> problems,
      Optional<Path> file,
      Supplier<GitHistory> git) {
    this.source = source;
    this.fm = fm;
    this.problems = problems;
    this.file = file;
    this.git = git;
  }

  private SourcePosition at(String key) {
    return fm.positionOf(key).orElse(new SourcePosition(1, 1));
  }

  private void wrongType(String key, Object value, String expected, String hint) {
    SourcePosition p = at(key);
    problems.add(
        Problem.error(
            source,
            p.line(),
            p.column(),
            "field.type",
            "'" + key + "' must be " + expected + ", found " + kind(value),
            hint));
  }

  private static String kind(Object value) {
    if (value instanceof List) {
      return "a list";
    }
    if (value instanceof Map) {
      return "a map";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    if (value instanceof Number) {
      return "a number";
    }
    return "text";
  }

  Optional<String> string(String key) {
    Object value = fm.get(key).orElse(null);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof List || value instanceof Map) {
      wrongType(key, value, "text", "write it on one line: '" + key + ": \"...\"'");
      return Optional.empty();
    }
    return Optional.of(String.valueOf(value));
  }

  boolean bool(String key, boolean defaultValue) {
    Object value = fm.get(key).orElse(null);
    if (value == null) {
      return defaultValue;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return s.equalsIgnoreCase("true");
    }
    wrongType(key, value, "true or false", "write '" + key + ": true' or '" + key + ": false'");
    return defaultValue;
  }

  Optional<Language> language() {
    Optional<String> lang = stripped(string("lang"));
    if (lang.isEmpty()) {
      return Optional.empty();
    }
    Locale locale = Locale.forLanguageTag(lang.get().replace('_', '-'));
    if (locale.getLanguage().isEmpty()) {
      SourcePosition p = at("lang");
      problems.add(
          Problem.error(
              source,
              p.line(),
              p.column(),
              "lang.invalid",
              "'" + lang.get() + "' is not a language tag",
              "write a tag such as 'lang: fr' or 'lang: en'"));
      return Optional.empty();
    }
    return Optional.of(Language.of(locale));
  }

  Permalink permalink() {
    Object value = fm.get("permalink").orElse(null);
    if (value == null || Boolean.TRUE.equals(value)) {
      return Permalink.fromRules();
    }
    if (Boolean.FALSE.equals(value)) {
      return Permalink.notPublished();
    }
    if (value instanceof String s && !s.isBlank()) {
      if (s.strip().equalsIgnoreCase("false")) {
        return Permalink.notPublished();
      }
      return Permalink.of(s.strip());
    }
    wrongType(
        "permalink",
        value,
        "a path or false",
        "write 'permalink: /path/' or 'permalink: false' (not published)");
    return Permalink.fromRules();
  }

  Optional<LocalDate> date() {
    Object value = fm.get("date").orElse(null);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof String s)) {
      wrongType("date", value, "a date", "write 'date: YYYY-MM-DD'");
      return Optional.empty();
    }
    if (DateKeywords.isKeyword(s)) {
      return DateKeywords.resolve(s, source, file, git, at("date"), problems);
    }
    Optional<LocalDate> date = parseDate(s.strip());
    if (date.isEmpty()) {
      SourcePosition p = at("date");
      problems.add(
          Problem.error(
              source,
              p.line(),
              p.column(),
              "date.invalid",
              "'" + s.strip() + "' is not a calendar date",
              "write the date as YYYY-MM-DD, such as 2024-03-26, or as an ISO date-time with an"
                  + " offset, such as 2024-03-26T10:00:00+01:00"));
    }
    return date;
  }

  Optional<CoverImage> image() {
    Object value = fm.get("image").orElse(null);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof String s) {
      return s.isBlank() ? Optional.empty() : Optional.of(new CoverImage(s.strip(), "", false));
    }
    if (!(value instanceof Map)) {
      wrongType(
          "image",
          value,
          "a map with path, alt and hide",
          "write 'image:' then " + "'  path: ./cover.png' and '  alt: \"...\"' on the next lines");
      return Optional.empty();
    }
    Optional<String> path = stripped(string("image.path"));
    if (path.isEmpty()) {
      SourcePosition p = at("image");
      problems.add(
          Problem.error(
              source,
              p.line(),
              p.column(),
              "image.path-missing",
              "'image' has no 'path'",
              "add '  path: ./cover.png' under 'image:'"));
      return Optional.empty();
    }
    String alt = string("image.alt").orElse("").strip();
    return Optional.of(new CoverImage(path.get(), alt, bool("image.hide", false)));
  }

  List<String> tags() {
    Object value = fm.get("tags").orElse(null);
    if (value == null) {
      return List.of();
    }
    if (value instanceof Map) {
      wrongType("tags", value, "a list of texts", "write 'tags: [one, two]'");
      return List.of();
    }
    List<?> items = value instanceof List<?> l ? l : List.of(value);
    LinkedHashSet<String> tags = new LinkedHashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      if (item == null) {
        continue;
      }
      if (item instanceof List || item instanceof Map) {
        wrongType("tags." + i, item, "text", "write each tag as text");
        continue;
      }
      String tag = String.valueOf(item).strip();
      if (!tag.isEmpty()) {
        tags.add(tag);
      }
    }
    return List.copyOf(tags);
  }

  /**
   * Parses a front matter date: {@code YYYY-MM-DD}, or an ISO date-time (with {@code T} or a
   * space), with or without an offset; date-times are converted to UTC, as the reference site.
   *
   * @param s the text
   * @return the UTC calendar date, empty when it is not a date
   */
  public static Optional<LocalDate> parseDate(String s) {
    try {
      if (s.length() == 10) {
        LocalDate plain;
        try {
          plain = plainDate(s);
        } catch (java.time.DateTimeException e) {
          return Optional.empty();
        }
        return plain != null ? Optional.of(plain) : Optional.of(LocalDate.parse(s, STRICT_DATE));
      }
      String iso =
          s.length() > 10 && s.charAt(10) == ' '
              ? s.substring(0, 10) + 'T' + s.substring(11).strip()
              : s;
      if (iso.endsWith("z")) {
        iso = iso.substring(0, iso.length() - 1) + 'Z';
      }
      try {
        return Optional.of(
            OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
      } catch (DateTimeParseException e) {
        // not an offset date-time, try a local one (taken as UTC)
      }
      LocalDateTime local = LocalDateTime.parse(iso);
      LocalDate strictCheck = LocalDate.parse(iso.substring(0, 10), STRICT_DATE);
      return Optional.of(
          strictCheck.equals(local.toLocalDate()) ? strictCheck : local.toLocalDate());
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads {@code YYYY-MM-DD} made of ASCII digits without the formatter; null when the text has
   * another shape, and a {@link java.time.DateTimeException} when it is no calendar date.
   */
  private static LocalDate plainDate(String s) {
    if (s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int[] digits = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i : digits) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    int year =
        (s.charAt(0) - '0') * 1000
            + (s.charAt(1) - '0') * 100
            + (s.charAt(2) - '0') * 10
            + (s.charAt(3) - '0');
    int month = (s.charAt(5) - '0') * 10 + (s.charAt(6) - '0');
    int day = (s.charAt(8) - '0') * 10 + (s.charAt(9) - '0');
    return LocalDate.of(year, month, day);
  }

  /** The text stripped, empty when absent or blank. */
  static Optional<String> stripped(Optional<String> text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String s = text.get().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}

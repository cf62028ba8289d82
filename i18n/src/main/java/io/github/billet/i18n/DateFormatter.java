package io.github.billet.i18n;

import io.github.billet.core.Language;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Formats post dates for readers, the way the reference site shows them: {@code 26 mars 2024},
 * {@code 1er mars 2024} (French, month in lower case, "1er" for the first of the month) and {@code
 * 26 March 2024} (English, day first). Other languages get the JDK's long date style for their
 * locale unless a pattern is set for them.
 *
 * <p>Post dates are calendar dates ({@link LocalDate}, UTC on the site); no time zone is applied.
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * DateFormatter dates = DateFormatter.defaults();
 * dates.format(LocalDate.of(2024, 3, 1), Language.FRENCH);   // "1er mars 2024"
 * dates.format(LocalDate.of(2024, 3, 26), Language.ENGLISH); // "26 March 2024"
 * DateFormatter.isoDate(LocalDate.of(2024, 3, 26));         // "2024-03-26", for <time datetime>
 * }</pre>
 */
public final class DateFormatter {

  /** The built-in forms' formatters, made when first needed (most dates are spelled out). */
  private static final class BuiltIn {
    /** "1er mars 2024", "26 mars 2024". */
    static final DateTimeFormatter FRENCH = french();

    /** "26 March 2024". */
    static final DateTimeFormatter ENGLISH = Builder.ofPattern("d MMMM yyyy", Language.ENGLISH);
  }

  private static final String[] FRENCH_MONTHS = {
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre"
  };

  private static final String[] ENGLISH_MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  private static final DateFormatter DEFAULTS = builder().build();

  private final Map<Language, DateTimeFormatter> formatters;

  /** The languages that keep their built-in form (French, English), unless a builder set one. */
  private final Set<Language> builtIn;

  private DateFormatter(Builder builder) {
    this.formatters = Map.copyOf(builder.formatters);
    this.builtIn = Set.copyOf(builder.builtIn);
  }

  /**
   * Returns the formatter with the built-in French and English forms and the JDK's long style for
   * other languages.
   *
   * @return the shared default formatter
   */
  public static DateFormatter defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a formatter with the built-in French and English forms, to which patterns for more
   * languages can be added.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Formats a date for readers of a language.
   *
   * @param date the date
   * @param language the reader's language
   * @return the date as text, for example {@code 26 mars 2024}
   */
  public String format(LocalDate date, Language language) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(language, "language");
    int year = date.getYear();
    // The built-in forms are spelled here for four-digit years, without the JDK's locale data;
    // other years and languages go through its formatter.
    if (year >= 1000 && year <= 9999 && builtIn.contains(language)) {
      if (language.equals(Language.FRENCH)) {
        int day = date.getDayOfMonth();
        return (day == 1 ? "1er" : Integer.toString(day))
            + ' '
            + FRENCH_MONTHS[date.getMonthValue() - 1]
            + ' '
            + year;
      }
      return date.getDayOfMonth() + " " + ENGLISH_MONTHS[date.getMonthValue() - 1] + ' ' + year;
    }
    return formatterFor(language).format(date);
  }

  /**
   * Formats with the formatter alone, as {@link #format} does without its spelled-out built-in
   * forms (the tests compare both).
   */
  String formatWithFormatter(LocalDate date, Language language) {
    return formatterFor(language).format(Objects.requireNonNull(date, "date"));
  }

  /**
   * Returns the java.time formatter used for a language.
   *
   * @param language the language
   * @return the formatter, set in the builder or derived from the language's locale
   */
  public DateTimeFormatter formatterFor(Language language) {
    Objects.requireNonNull(language, "language");
    if (builtIn.contains(language)) {
      return language.equals(Language.FRENCH) ? BuiltIn.FRENCH : BuiltIn.ENGLISH;
    }
    DateTimeFormatter f = formatters.get(language);
    if (f != null) {
      return f;
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(language.locale())
        .withChronology(IsoChronology.INSTANCE);
  }

  /**
   * Returns the ISO 8601 form of a date, as an HTML {@code <time datetime>} attribute wants it.
   *
   * @param date the date
   * @return the date as {@code YYYY-MM-DD}, for example {@code 2024-03-26}
   */
  public static String isoDate(LocalDate date) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(Objects.requireNonNull(date, "date"));
  }

  private static DateTimeFormatter french() {
    Map<Long, String> days = new HashMap<>();
    for (long d = 1; d <= 31; d++) {
      days.put(d, Long.toString(d));
    }
    days.put(1L, "1er");
    return new DateTimeFormatterBuilder()
        .appendText(ChronoField.DAY_OF_MONTH, days)
        .appendLiteral(' ')
        .appendText(ChronoField.MONTH_OF_YEAR, TextStyle.FULL)
        .appendLiteral(' ')
        .appendValue(ChronoField.YEAR)
        .toFormatter(Language.FRENCH.locale())
        .withChronology(IsoChronology.INSTANCE);
  }

  /**
   * Builds a {@link DateFormatter}.
   *
   * <pre>{@code
   * DateFormatter dates = DateFormatter.builder()
   *     .pattern(Language.of("de"), "d. MMMM yyyy")
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final Map<Language, DateTimeFormatter> formatters = new HashMap<>();
    private final Set<Language> builtIn = new HashSet<>(Set.of(Language.FRENCH, Language.ENGLISH));

    private Builder() {}

    /**
     * Sets the pattern used for a language, in {@link DateTimeFormatter} syntax, replacing any
     * built-in form (French loses its "1er").
     *
     * @param language the language
     * @param pattern the pattern, for example {@code d MMMM yyyy}
     * @return this builder
     * @throws IllegalArgumentException if the pattern is invalid
     */
    public Builder pattern(Language language, String pattern) {
      Objects.requireNonNull(pattern, "pattern");
      formatters.put(Objects.requireNonNull(language, "language"), ofPattern(pattern, language));
      builtIn.remove(language);
      return this;
    }

    /**
     * Sets the formatter used for a language, for forms a pattern cannot express.
     *
     * @param language the language
     * @param formatter the formatter; it should not need a time or a zone
     * @return this builder
     */
    public Builder formatter(Language language, DateTimeFormatter formatter) {
      formatters.put(
          Objects.requireNonNull(language, "language"),
          Objects.requireNonNull(formatter, "formatter"));
      builtIn.remove(language);
      return this;
    }

    /**
     * Builds the formatter.
     *
     * @return an immutable formatter
     */
    public DateFormatter build() {
      return new DateFormatter(this);
    }

    private static DateTimeFormatter ofPattern(String pattern, Language language) {
      return DateTimeFormatter.ofPattern(pattern, language.locale())
          .withChronology(IsoChronology.INSTANCE);
    }
  }
}

package io.github.billet.i18n;

import io.github.billet.core.Language;
import io.github.billet.i18n.internal.LabelBundles;
import io.github.billet.i18n.internal.Placeholders;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The texts a blog page shows (dates, tags, pagination, skip links, the 404 page…) in each language
 * of the site. French and English are built in; a site adds languages, or changes texts, with a map
 * or a UTF-8 {@code .properties} bundle per language.
 *
 * <p>A text is looked up along a fallback chain: the requested language, then the builder's
 * {@linkplain Builder#fallback(Language...) fallback languages} in order (English then French by
 * default). A key that no language of the chain has is returned as itself, so that the gap shows on
 * the page and nothing fails. Texts hold placeholders written {@code {name}}; a placeholder with no
 * value is kept as written. A {@link LocalDate} value is formatted with the {@link DateFormatter}
 * in the language of the text that was found.
 *
 * <p>Instances are immutable and thread-safe: build one per site and share it.
 *
 * <pre>{@code
 * Labels labels = Labels.builder()
 *     .add(Language.of("de"), Map.of("post.publishedOn", "Veröffentlicht am {date}"))
 *     .fallback(Language.ENGLISH, Language.FRENCH)
 *     .build();
 * labels.publishedOn(Language.FRENCH, LocalDate.of(2024, 3, 26)); // "Publié le 26 mars 2024"
 * labels.get(Language.of("de"), Label.NEXT_PAGE);                  // "Next page" (fallback)
 * labels.readIn(Language.ENGLISH);                                 // "Read in English"
 * }</pre>
 */
public final class Labels {

  private static final Logger LOG = LoggerFactory.getLogger(Labels.class);

  private final Map<Language, Map<String, String>> bundles;
  private final List<Language> fallback;
  private final DateFormatter dates;

  /** The fallback chain of every language with texts or in the fallback list, made once. */
  private final Map<Language, List<Language>> chains;

  private Labels(Builder b) {
    Map<Language, Map<String, String>> copy = new LinkedHashMap<>();
    for (Map.Entry<Language, Map<String, String>> e : b.bundles.entrySet()) {
      copy.put(e.getKey(), Map.copyOf(e.getValue()));
    }
    this.bundles = Collections.unmodifiableMap(copy);
    this.fallback = List.copyOf(b.fallback);
    this.dates = b.dates;
    Map<Language, List<Language>> known = new HashMap<>();
    for (Language language : copy.keySet()) {
      known.put(language, chainOf(language));
    }
    for (Language language : fallback) {
      known.put(language, chainOf(language));
    }
    this.chains = Map.copyOf(known);
  }

  /**
   * Returns the built-in French and English labels, falling back to English then French.
   *
   * @return labels with the defaults
   */
  public static Labels defaults() {
    return builder().build();
  }

  /**
   * Starts labels holding the built-in French and English texts.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a label's text.
   *
   * @param language the reader's language
   * @param label the label
   * @return its text, along the fallback chain, or the key itself when no language has it
   */
  public String get(Language language, Label label) {
    return get(language, label.key(), Map.of());
  }

  /**
   * Returns a label's text with its placeholders filled.
   *
   * @param language the reader's language
   * @param label the label
   * @param values the placeholder values by name
   * @return the filled text, or the key itself when no language has it
   */
  public String get(Language language, Label label, Map<String, ?> values) {
    return get(language, label.key(), values);
  }

  /**
   * Returns the text of a key.
   *
   * @param language the reader's language
   * @param key the message key, for example {@code post.toc}
   * @return its text, along the fallback chain, or the key itself when no language has it
   */
  public String get(Language language, String key) {
    return get(language, key, Map.of());
  }

  /**
   * Returns the text of a key with its placeholders filled.
   *
   * <pre>{@code
   * labels.get(Language.FRENCH, "post.publishedOn", Map.of("date", "26 mars 2024"));
   * // "Publié le 26 mars 2024"
   * }</pre>
   *
   * @param language the reader's language
   * @param key the message key
   * @param values the placeholder values by name; a {@link LocalDate} is formatted, anything else
   *     is turned into text with {@code toString}
   * @return the filled text, or the key itself when no language has it
   */
  public String get(Language language, String key, Map<String, ?> values) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(values, "values");
    for (Language candidate : fallbackChain(language)) {
      Map<String, String> texts = bundles.get(candidate);
      String template = texts == null ? null : texts.get(key);
      if (template != null) {
        if (!candidate.equals(language)) {
          LOG.debug("label {} missing in {}, using {}", key, language, candidate);
        }
        return fill(template, candidate, values);
      }
    }
    LOG.debug("label {} missing in {} and its fallbacks {}", key, language, fallback);
    return key;
  }

  /**
   * Returns the unfilled text of a key, looked up along the fallback chain.
   *
   * @param language the reader's language
   * @param key the message key
   * @return the text with its placeholders, or empty when no language of the chain has it
   */
  public Optional<String> template(Language language, String key) {
    Objects.requireNonNull(key, "key");
    for (Language candidate : fallbackChain(language)) {
      Map<String, String> texts = bundles.get(candidate);
      if (texts != null && texts.containsKey(key)) {
        return Optional.of(texts.get(key));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the languages a text is looked up in, in order.
   *
   * @param language the requested language
   * @return the requested language followed by the fallback languages, without repeats
   */
  public List<Language> fallbackChain(Language language) {
    Objects.requireNonNull(language, "language");
    List<Language> known = chains.get(language);
    return known != null ? known : chainOf(language);
  }

  private List<Language> chainOf(Language language) {
    Set<Language> chain = new LinkedHashSet<>();
    chain.add(language);
    chain.addAll(fallback);
    return List.copyOf(chain);
  }

  /**
   * Returns the languages that have texts of their own.
   *
   * @return the languages, built-in ones first
   */
  public Set<Language> languages() {
    return bundles.keySet();
  }

  /**
   * Returns the keys that some language has and this one lacks; useful to check a bundle.
   *
   * @param language the language to check
   * @return the missing keys, sorted; all keys when the language has no texts
   */
  public SortedSet<String> missingKeys(Language language) {
    Map<String, String> own = bundles.getOrDefault(language, Map.of());
    SortedSet<String> missing = new TreeSet<>();
    for (Map<String, String> texts : bundles.values()) {
      for (String key : texts.keySet()) {
        if (!own.containsKey(key)) {
          missing.add(key);
        }
      }
    }
    return Collections.unmodifiableSortedSet(missing);
  }

  /**
   * Returns the date formatter used for {@link LocalDate} placeholder values.
   *
   * @return the date formatter
   */
  public DateFormatter dates() {
    return dates;
  }

  /**
   * Returns "Publié le 26 mars 2024" / "Published on 26 March 2024".
   *
   * @param language the reader's language
   * @param date the publication date
   * @return the text
   */
  public String publishedOn(Language language, LocalDate date) {
    return get(language, Label.PUBLISHED_ON, Map.of("date", date));
  }

  /**
   * Returns "Mis à jour le 26 mars 2024" / "Updated on 26 March 2024".
   *
   * @param language the reader's language
   * @param date the update date
   * @return the text
   */
  public String updatedOn(Language language, LocalDate date) {
    return get(language, Label.UPDATED_ON, Map.of("date", date));
  }

  /**
   * Returns "Page 2 sur 5" / "Page 2 of 5".
   *
   * @param language the reader's language
   * @param page the 1-based page number
   * @param pages the number of pages
   * @return the text
   */
  public String pageOf(Language language, int page, int pages) {
    return get(language, Label.PAGE_OF, Map.of("page", page, "pages", pages));
  }

  /**
   * Returns the title of a tag page: "Articles avec le tag « Europe »" / "Posts tagged “Europe”".
   *
   * @param language the reader's language
   * @param tag the tag as shown
   * @return the text
   */
  public String postsTagged(Language language, String tag) {
    return get(language, Label.POSTS_TAGGED, Map.of("tag", tag));
  }

  /**
   * Returns "Traduction de « title »" / "Translation of “title”".
   *
   * @param language the reader's language, that of the translation
   * @param originalTitle the title of the original post
   * @return the text
   */
  public String translationOf(Language language, String originalTitle) {
    return get(language, Label.TRANSLATION_OF, Map.of("title", originalTitle));
  }

  /**
   * Returns "12 articles" / "1 post", choosing the singular or plural text by the language's rule:
   * in French 0 and 1 are singular, in other languages only 1.
   *
   * @param language the reader's language
   * @param count the number of posts
   * @return the text
   */
  public String postCount(Language language, long count) {
    return count(language, "post.count", count);
  }

  /**
   * Returns a counted text from the keys {@code baseKey.one} and {@code baseKey.other}, with its
   * {@code {count}} placeholder filled. French treats 0 and 1 as singular, other languages only 1.
   *
   * @param language the reader's language
   * @param baseKey the key without its {@code .one} / {@code .other} suffix
   * @param count the number
   * @return the text
   */
  public String count(Language language, String baseKey, long count) {
    boolean one = count == 1 || (count == 0 && language.equals(Language.FRENCH));
    return get(language, baseKey + (one ? ".one" : ".other"), Map.of("count", count));
  }

  /**
   * Returns the link text to a post's translation, written in the translation's own language: "Read
   * in English" for an English translation, "Lire en français" for a French one. A language without
   * that text gets its own name, for example "Deutsch".
   *
   * @param target the language of the translation
   * @return the text, in the target language
   */
  public String readIn(Language target) {
    String own = ownText(target, Label.READ_IN_THIS_LANGUAGE.key());
    return own != null ? own : capitalize(languageName(target), target.locale());
  }

  /**
   * Returns a language's name in that language: "français", "English", "Deutsch".
   *
   * @param language the language
   * @return its name, from its own bundle or else from the JDK
   */
  public String languageName(Language language) {
    String own = ownText(language, Label.LANGUAGE_NAME.key());
    if (own != null) {
      return own;
    }
    String jdk = language.locale().getDisplayLanguage(language.locale());
    return jdk.isEmpty() ? language.code() : jdk;
  }

  private String ownText(Language language, String key) {
    Map<String, String> texts = bundles.get(Objects.requireNonNull(language, "language"));
    return texts == null ? null : texts.get(key);
  }

  private String fill(String template, Language textLanguage, Map<String, ?> values) {
    if (values.isEmpty()) {
      return template;
    }
    return Placeholders.fill(
        template,
        name -> {
          Object value = values.get(name);
          if (value == null) {
            return null;
          }
          if (value instanceof LocalDate date) {
            return dates.format(date, textLanguage);
          }
          return value.toString();
        });
  }

  private static String capitalize(String s, Locale locale) {
    if (s.isEmpty()) {
      return s;
    }
    int first = s.codePointAt(0);
    int n = Character.charCount(first);
    return s.substring(0, n).toUpperCase(locale) + s.substring(n);
  }

  /**
   * Builds {@link Labels}: starts from the built-in French and English texts; texts added later
   * replace earlier ones key by key.
   *
   * <pre>{@code
   * Labels labels = Labels.builder()
   *     .addProperties(Language.of("de"), Path.of("labels_de.properties"))
   *     .add(Language.FRENCH, Map.of("post.tags", "Étiquettes"))
   *     .fallback(Language.ENGLISH, Language.FRENCH)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final Map<Language, Map<String, String>> bundles = new LinkedHashMap<>();
    private List<Language> fallback = List.of(Language.ENGLISH, Language.FRENCH);
    private DateFormatter dates = DateFormatter.defaults();

    private Builder() {
      bundles.put(Language.FRENCH, new HashMap<>(LabelBundles.builtIn("fr")));
      bundles.put(Language.ENGLISH, new HashMap<>(LabelBundles.builtIn("en")));
    }

    /**
     * Adds or replaces texts of a language.
     *
     * @param language the language
     * @param texts texts by message key
     * @return this builder
     */
    public Builder add(Language language, Map<String, String> texts) {
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(texts, "texts");
      Map<String, String> bundle = bundles.computeIfAbsent(language, l -> new HashMap<>());
      texts.forEach(
          (key, text) ->
              bundle.put(
                  Objects.requireNonNull(key, "key"),
                  Objects.requireNonNull(text, () -> "text of " + key)));
      return this;
    }

    /**
     * Adds or replaces texts of a language from a {@code .properties} text.
     *
     * @param language the language
     * @param reader the properties text, not closed
     * @return this builder
     * @throws IOException if reading fails
     */
    public Builder addProperties(Language language, Reader reader) throws IOException {
      return add(language, LabelBundles.read(reader));
    }

    /**
     * Adds or replaces texts of a language from {@code .properties} bytes in UTF-8, such as a
     * resource of the calling application ({@code getClass().getResourceAsStream(...)}).
     *
     * @param language the language
     * @param in the bytes, not closed
     * @return this builder
     * @throws IOException if reading fails or the bytes are not UTF-8
     */
    public Builder addProperties(Language language, InputStream in) throws IOException {
      return add(language, LabelBundles.readUtf8(in));
    }

    /**
     * Adds or replaces texts of a language from a {@code .properties} file in UTF-8.
     *
     * @param language the language
     * @param file the file
     * @return this builder
     * @throws IOException if the file cannot be read or is not UTF-8
     */
    public Builder addProperties(Language language, Path file) throws IOException {
      try (InputStream in = Files.newInputStream(file)) {
        return addProperties(language, in);
      }
    }

    /**
     * Sets the languages tried, in order, after the requested one; English then French by default.
     * No argument means no fallback.
     *
     * @param languages the fallback languages
     * @return this builder
     */
    public Builder fallback(Language... languages) {
      return fallback(Arrays.asList(languages));
    }

    /**
     * Sets the languages tried, in order, after the requested one.
     *
     * @param languages the fallback languages
     * @return this builder
     */
    public Builder fallback(List<Language> languages) {
      List<Language> copy = new ArrayList<>();
      for (Language l : languages) {
        copy.add(Objects.requireNonNull(l, "fallback language"));
      }
      this.fallback = copy;
      return this;
    }

    /**
     * Sets the formatter of {@link LocalDate} placeholder values.
     *
     * @param dates the date formatter
     * @return this builder
     */
    public Builder dates(DateFormatter dates) {
      this.dates = Objects.requireNonNull(dates, "dates");
      return this;
    }

    /**
     * Builds the labels.
     *
     * @return immutable labels
     */
    public Labels build() {
      return new Labels(this);
    }
  }
}

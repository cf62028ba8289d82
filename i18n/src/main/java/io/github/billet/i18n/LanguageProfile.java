package io.github.billet.i18n;

import io.github.billet.core.Language;
import io.github.billet.i18n.internal.LabelBundles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link LanguageDetector} knows of one language: its stop words (frequent function words
 * such as {@code le}, {@code de}, {@code l'}), letter trigrams frequent in it, and its
 * characteristic letters ({@code é}, {@code ç}…). French and English are built in; another language
 * is added by giving its own profile.
 *
 * <p>Stop words carry most of the evidence, so a profile should list some fifty or more of the
 * language's most frequent short words. A stop word or trigram that another profile of the same
 * detector also lists is ignored, since it tells nothing. Elisions end with an apostrophe ({@code
 * l'}); in trigrams, {@code _} marks the start or end of a word ({@code _th}, {@code ux_}).
 *
 * <pre>{@code
 * LanguageProfile german = LanguageProfile.builder(Language.of("de"))
 *     .stopWords("der", "die", "das", "und", "ist", "nicht", "mit", "auf", "für", "ein", "eine")
 *     .trigrams("sch", "ung", "ich", "_ge")
 *     .letters("äöüß")
 *     .build();
 * }</pre>
 */
public final class LanguageProfile {

  private static final int TRIGRAM_LENGTH = 3;

  private final Language language;
  private final Set<String> stopWords;
  private final Set<String> trigrams;
  private final String letters;

  private LanguageProfile(Builder b) {
    this.language = b.language;
    this.stopWords = Set.copyOf(b.stopWords);
    this.trigrams = Set.copyOf(b.trigrams);
    this.letters = b.letters;
  }

  /**
   * Returns the built-in French profile.
   *
   * @return the French profile
   */
  public static LanguageProfile french() {
    return BuiltIn.FRENCH;
  }

  /**
   * Returns the built-in English profile.
   *
   * @return the English profile
   */
  public static LanguageProfile english() {
    return BuiltIn.ENGLISH;
  }

  /**
   * Starts an empty profile.
   *
   * @param language the language it describes
   * @return a new builder
   */
  public static Builder builder(Language language) {
    return new Builder(language);
  }

  /**
   * Returns the language.
   *
   * @return the language the profile describes
   */
  public Language language() {
    return language;
  }

  /**
   * Returns the stop words, lower case.
   *
   * @return an immutable set
   */
  public Set<String> stopWords() {
    return stopWords;
  }

  /**
   * Returns the trigrams, lower case, {@code _} marking a word boundary.
   *
   * @return an immutable set
   */
  public Set<String> trigrams() {
    return trigrams;
  }

  /**
   * Returns the characteristic letters, lower case.
   *
   * @return the letters, possibly empty
   */
  public String letters() {
    return letters;
  }

  @Override
  public String toString() {
    return "LanguageProfile["
        + language
        + ", "
        + stopWords.size()
        + " stop words, "
        + trigrams.size()
        + " trigrams, letters '"
        + letters
        + "']";
  }

  /** Loaded on first use; immutable. */
  private static final class BuiltIn {
    static final LanguageProfile FRENCH = builtIn(Language.FRENCH);
    static final LanguageProfile ENGLISH = builtIn(Language.ENGLISH);
  }

  private static LanguageProfile builtIn(Language language) {
    String name = "internal/profile_" + language.code() + ".properties";
    Map<String, String> p;
    try (InputStream in = LanguageProfile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("built-in resource missing: " + name);
      }
      p = LabelBundles.readUtf8(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in resource " + name, e);
    }
    return builder(language)
        .stopWords(split(p.get("stopWords")))
        .trigrams(split(p.get("trigrams")))
        .letters(p.getOrDefault("letters", ""))
        .build();
  }

  private static Collection<String> split(String s) {
    if (s == null || s.isBlank()) {
      return Set.of();
    }
    return Arrays.asList(s.trim().split("\\s+"));
  }

  /**
   * Builds a {@link LanguageProfile}.
   *
   * <pre>{@code
   * LanguageProfile p = LanguageProfile.builder(Language.of("it"))
   *     .stopWords(List.of("il", "di", "che", "e", "la", "per", "non", "una"))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final Language language;
    private final Set<String> stopWords = new LinkedHashSet<>();
    private final Set<String> trigrams = new LinkedHashSet<>();
    private String letters = "";

    private Builder(Language language) {
      this.language = Objects.requireNonNull(language, "language");
    }

    /**
     * Adds stop words; they are lower-cased, and a typographic apostrophe becomes {@code '}.
     *
     * @param words the words
     * @return this builder
     * @throws IllegalArgumentException if a word is blank or holds a character that is neither a
     *     letter nor a final apostrophe
     */
    public Builder stopWords(Collection<String> words) {
      for (String w : words) {
        stopWords.add(checkWord(normalize(w)));
      }
      return this;
    }

    /**
     * Adds stop words.
     *
     * @param words the words
     * @return this builder
     */
    public Builder stopWords(String... words) {
      return stopWords(Arrays.asList(words));
    }

    /**
     * Adds trigrams, three lower-case letters or {@code _} for a word boundary.
     *
     * @param grams the trigrams
     * @return this builder
     * @throws IllegalArgumentException if one is not three letters or boundaries
     */
    public Builder trigrams(Collection<String> grams) {
      for (String g : grams) {
        String t = normalize(g);
        boolean ok = t.length() == TRIGRAM_LENGTH;
        for (int i = 0; ok && i < t.length(); i++) {
          ok = Character.isLetter(t.charAt(i)) || t.charAt(i) == '_';
        }
        if (!ok || t.equals("___")) {
          throw new IllegalArgumentException(
              "a trigram is three letters, _ marking a word boundary: '" + g + "'");
        }
        trigrams.add(t);
      }
      return this;
    }

    /**
     * Adds trigrams.
     *
     * @param grams the trigrams
     * @return this builder
     */
    public Builder trigrams(String... grams) {
      return trigrams(Arrays.asList(grams));
    }

    /**
     * Sets the characteristic letters, such as {@code éèàç} for French.
     *
     * @param letters the letters; lower-cased
     * @return this builder
     * @throws IllegalArgumentException if one is not a letter
     */
    public Builder letters(String letters) {
      String l = letters.toLowerCase(Locale.ROOT);
      for (int i = 0; i < l.length(); i++) {
        if (!Character.isLetter(l.charAt(i))) {
          throw new IllegalArgumentException("not a letter: '" + l.charAt(i) + "'");
        }
      }
      this.letters = l;
      return this;
    }

    /**
     * Builds the profile.
     *
     * @return an immutable profile
     */
    public LanguageProfile build() {
      return new LanguageProfile(this);
    }

    private static String normalize(String s) {
      return Objects.requireNonNull(s, "word").replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    private static String checkWord(String w) {
      boolean ok = !w.isEmpty() && Character.isLetter(w.charAt(0));
      for (int i = 1; ok && i < w.length(); i++) {
        char c = w.charAt(i);
        ok = Character.isLetter(c) || (c == '\'' && i == w.length() - 1);
      }
      if (!ok) {
        throw new IllegalArgumentException(
            "a stop word is letters, possibly ending with an apostrophe: '" + w + "'");
      }
      return w;
    }
  }
}

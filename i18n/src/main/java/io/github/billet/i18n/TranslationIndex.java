package io.github.billet.i18n;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which post is the translation of which, per language: symmetric (if B is A's English version, A
 * is B's French version) and deterministic. Immutable and thread-safe.
 *
 * <p>Posts are identified by their source path ({@link Post#source()}): a post as given to the
 * pairing and the same post with its language decided ({@link PairedCorpus#posts()}) get the same
 * answers, in the decided languages.
 *
 * <pre>{@code
 * PairedCorpus corpus = TranslationPairing.builder().baseUrl("https://code.gouv.fr").build()
 *     .pair(tree.posts());
 * TranslationIndex index = corpus.index();
 * Optional<Post> english = index.translation(frenchPost, Language.ENGLISH);
 * List<Alternate> links = index.alternates(frenchPost); // fr, en and x-default
 * }</pre>
 */
public final class TranslationIndex {

  /** One pair of translations and how it was found. */
  public record Pair(Post first, Post second, TranslationMethod method) {
    /** Checks the components. */
    public Pair {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
      Objects.requireNonNull(method, "method");
    }
  }

  private final Map<String, Post> bySource;
  private final Map<String, Map<Language, String>> translations;
  private final Map<String, TranslationMethod> methods;
  private final List<Pair> pairs;
  private final Language defaultLanguage;
  private final String blogIndexPattern;
  private final String baseUrl;

  TranslationIndex(
      Map<String, Post> bySource,
      List<Pair> pairs,
      Language defaultLanguage,
      String blogIndexPattern,
      String baseUrl) {
    this.bySource = Collections.unmodifiableMap(new LinkedHashMap<>(bySource));
    Map<String, Map<Language, String>> t = new LinkedHashMap<>();
    Map<String, TranslationMethod> m = new LinkedHashMap<>();
    for (Pair pair : pairs) {
      link(t, pair.first(), pair.second());
      link(t, pair.second(), pair.first());
      m.put(key(pair.first(), pair.second()), pair.method());
      m.put(key(pair.second(), pair.first()), pair.method());
    }
    for (Map.Entry<String, Map<Language, String>> e : t.entrySet()) {
      e.setValue(Collections.unmodifiableMap(e.getValue()));
    }
    this.translations = Collections.unmodifiableMap(t);
    this.methods = Collections.unmodifiableMap(m);
    this.pairs = List.copyOf(pairs);
    this.defaultLanguage = defaultLanguage;
    this.blogIndexPattern = blogIndexPattern;
    this.baseUrl = baseUrl;
  }

  private static void link(Map<String, Map<Language, String>> t, Post from, Post to) {
    Map<Language, String> byLanguage = t.get(from.source());
    if (byLanguage == null) {
      byLanguage = new LinkedHashMap<>();
      t.put(from.source(), byLanguage);
    }
    byLanguage.put(to.language().orElseThrow(), to.source());
  }

  private static String key(Post a, Post b) {
    return a.source() + "\u0000" + b.source();
  }

  /**
   * Returns the translation of a post in a language.
   *
   * @param post a post of the paired corpus
   * @param language the language wanted
   * @return the translation, empty when there is none
   */
  public Optional<Post> translation(Post post, Language language) {
    Map<Language, String> t = translations.get(post.source());
    String source = t == null ? null : t.get(language);
    return source == null ? Optional.empty() : Optional.ofNullable(bySource.get(source));
  }

  /**
   * Returns every translation of a post, by language, the post itself excluded.
   *
   * @param post a post of the paired corpus
   * @return the translations in a deterministic order
   */
  public Map<Language, Post> translations(Post post) {
    Map<Language, String> t = translations.getOrDefault(post.source(), Map.of());
    Map<Language, Post> out = new LinkedHashMap<>();
    for (Map.Entry<Language, String> e : t.entrySet()) {
      out.put(e.getKey(), bySource.get(e.getValue()));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Tells whether a post has at least one translation.
   *
   * @param post a post
   * @return true when translated
   */
  public boolean isTranslated(Post post) {
    return translations.containsKey(post.source());
  }

  /**
   * Returns how two posts were paired.
   *
   * @param a a post
   * @param b its translation
   * @return the method, empty when they are not paired
   */
  public Optional<TranslationMethod> method(Post a, Post b) {
    return Optional.ofNullable(methods.get(key(a, b)));
  }

  /**
   * Returns every pair, in a deterministic order (by the first post's source path).
   *
   * @return the pairs
   */
  public List<Pair> pairs() {
    return pairs;
  }

  /**
   * Returns the hreflang alternates of a translated post: one per language (the post itself
   * included), then {@code x-default} pointing to the default language's version (or the post's own
   * when there is none). An untranslated post has none. Each gives its site path, and its absolute
   * URL when the pairing was given a base URL.
   *
   * @param post a published post
   * @return the alternates, empty for an untranslated or unpublished post
   */
  public List<Alternate> alternates(Post post) {
    // The caller may hold the post as given to the pairing, before its language was decided.
    Post self = bySource.getOrDefault(post.source(), post);
    if (!isTranslated(self) || self.url().isEmpty()) {
      return List.of();
    }
    Map<Language, Post> all = new LinkedHashMap<>();
    all.put(self.language().orElseThrow(), self);
    all.putAll(translations(self));
    List<Alternate> out = new ArrayList<>();
    for (Map.Entry<Language, Post> e : all.entrySet()) {
      Optional<String> url = e.getValue().url();
      if (url.isPresent()) {
        out.add(Alternate.of(e.getKey().code(), url.get(), baseUrl));
      }
    }
    out.sort(Alternate.byHreflang());
    if (out.size() < 2) {
      return List.of();
    }
    Post fallback = all.getOrDefault(defaultLanguage, self);
    out.add(Alternate.of(Alternate.X_DEFAULT, fallback.url().orElse(self.url().get()), baseUrl));
    return List.copyOf(out);
  }

  /**
   * Returns where a language switcher on a post's page leads for another language: the
   * translation's URL, or that language's blog index when the post is not translated into it.
   *
   * @param post a post
   * @param language the other language
   * @return a site-relative URL
   */
  public String switcherTarget(Post post, Language language) {
    Optional<Post> translation = translation(post, language);
    if (translation.isPresent() && translation.get().url().isPresent()) {
      return translation.get().url().get();
    }
    return blogIndexPattern.replace("{lang}", language.code());
  }

  /**
   * Returns the default language, the target of {@code x-default}.
   *
   * @return the language
   */
  public Language defaultLanguage() {
    return defaultLanguage;
  }
}

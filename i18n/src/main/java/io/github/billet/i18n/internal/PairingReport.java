package io.github.billet.i18n.internal;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.core.SourcePosition;
import io.github.billet.i18n.TranslationIndex;
import io.github.billet.i18n.TranslationMethod;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The integrity report of a pairing, once the pairs are chosen: one-sided links ({@code
 * translation.one-sided}), links overruled by a stronger claim ({@code translation.conflict}) and
 * paired posts of different dates ({@code translation.date-mismatch}). Not thread-safe; one per
 * run.
 *
 * <pre>{@code
 * new PairingReport(defaultLanguage, problems).reportDateMismatches(pairs);
 * }</pre>
 */
final class PairingReport {

  private final Language defaultLanguage;
  private final List<Problem> problems;

  /**
   * Creates the report of one run.
   *
   * @param defaultLanguage the language a translation is made from when dates differ
   * @param problems where the problems go
   */
  PairingReport(Language defaultLanguage, List<Problem> problems) {
    this.defaultLanguage = defaultLanguage;
    this.problems = problems;
  }

  private static String pairedBy(TranslationMethod method) {
    switch (method) {
      case TRANSLATION_KEY:
        return "their shared translationKey";
      case TRANSLATIONS_MAP:
        return "its 'translations' map";
      case FIRST_LINE_LINK:
        return "its first-line translation link";
      default:
        return "the same path under the other language's folder";
    }
  }

  private static Set<String> pairKeys(List<TranslationIndex.Pair> pairs) {
    Set<String> keys = new HashSet<>();
    for (TranslationIndex.Pair p : pairs) {
      keys.add(p.first().source() + "\u0000" + p.second().source());
      keys.add(p.second().source() + "\u0000" + p.first().source());
    }
    return keys;
  }

  /** A translation link whose target does not link back ({@code translation.one-sided}). */
  void reportOneSided(List<Claim> claims, List<TranslationIndex.Pair> pairs) {
    Set<String> directed = new HashSet<>();
    for (Claim c : claims) {
      directed.add(c.from().source() + "\u0000" + c.to().source());
    }
    Set<String> paired = pairKeys(pairs);
    Set<String> reported = new HashSet<>();
    for (Claim c : claims) {
      if (c.method() == TranslationMethod.TRANSLATION_KEY
          || !paired.contains(c.from().source() + "\u0000" + c.to().source())) {
        continue;
      }
      if (directed.contains(c.to().source() + "\u0000" + c.from().source())) {
        continue;
      }
      if (!reported.add(c.to().source())) {
        continue;
      }
      Post missing = c.to();
      problems.add(
          Problem.warning(
              missing.source(),
              missing.body().startLine(),
              1,
              "translation.one-sided",
              c.from().source()
                  + " links to this post as its "
                  + LanguageDecision.languageOf(missing).code()
                  + " translation, but this post does not link back",
              "start its body with the line "
                  + translationLine(
                      LanguageDecision.languageOf(c.from()), c.from().url().orElse("/"))));
    }
  }

  /**
   * A post's own translation link overruled by a stronger one naming another post in the same
   * language (a translationKey and a first-line link to a third post). Contested targets are left
   * to {@link TranslationClaims#reportContested}: there the post that lost has no pair in that
   * language.
   */
  void reportConflicts(List<Claim> claims, List<TranslationIndex.Pair> pairs) {
    Map<String, TranslationIndex.Pair> pairOf = new HashMap<>();
    for (TranslationIndex.Pair p : pairs) {
      pairOf.put(p.first().source() + "\u0000" + LanguageDecision.languageOf(p.second()).code(), p);
      pairOf.put(p.second().source() + "\u0000" + LanguageDecision.languageOf(p.first()).code(), p);
    }
    for (Claim c : claims) {
      if (c.method() == TranslationMethod.TRANSLATION_KEY) {
        continue;
      }
      Language language = LanguageDecision.languageOf(c.to());
      TranslationIndex.Pair kept = pairOf.get(c.from().source() + "\u0000" + language.code());
      if (kept == null) {
        continue;
      }
      Post chosen = kept.first().source().equals(c.from().source()) ? kept.second() : kept.first();
      if (chosen.source().equals(c.to().source())) {
        continue;
      }
      problems.add(
          Problem.error(
              c.from().source(),
              c.line(),
              c.column(),
              "translation.conflict",
              Claim.describe(c.method())
                  + " names "
                  + c.to().source()
                  + " as the "
                  + language.code()
                  + " translation, but the post is paired with "
                  + chosen.source()
                  + " by "
                  + pairedBy(kept.method()),
              chosen.url().isPresent()
                  ? "point it to " + chosen.url().get() + ", or remove it"
                  : "remove it"));
    }
  }

  /** The reference convention's first line pointing readers of {@code target}'s language to it. */
  static String translationLine(Language target, String url) {
    if (target.equals(Language.ENGLISH)) {
      return "*Read the [English version](" + url + ").*";
    }
    if (target.equals(Language.FRENCH)) {
      return "*Lire la [version française](" + url + ").*";
    }
    String name = target.locale().getDisplayLanguage(target.locale());
    return "*[" + name + "](" + url + ")*";
  }

  /** Paired posts of different dates ({@code translation.date-mismatch}). */
  void reportDateMismatches(List<TranslationIndex.Pair> pairs) {
    for (TranslationIndex.Pair p : pairs) {
      if (p.first().date().isEmpty()
          || p.second().date().isEmpty()
          || p.first().date().equals(p.second().date())) {
        continue;
      }
      Post translation =
          LanguageDecision.languageOf(p.first()).equals(defaultLanguage) ? p.second() : p.first();
      Post original = translation == p.first() ? p.second() : p.first();
      SourcePosition at =
          translation.frontMatter().positionOf("date").orElse(SourcePosition.UNKNOWN);
      problems.add(
          Problem.warning(
              translation.source(),
              at.line(),
              at.column(),
              "translation.date-mismatch",
              "this post is dated "
                  + translation.date().get()
                  + " but its translation "
                  + original.source()
                  + " is dated "
                  + original.date().get(),
              "give both the same date: 'date: " + original.date().get() + "'"));
    }
  }
}

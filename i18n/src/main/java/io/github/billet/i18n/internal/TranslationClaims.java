package io.github.billet.i18n.internal;

import io.github.billet.core.FrontMatter;
import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.core.SourcePosition;
import io.github.billet.i18n.TranslationMethod;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The translation claims of a pairing: what each post's {@code translations} map, first-line link
 * and {@code translationKey} say its translations are, resolved to posts ({@code
 * translation.broken-link} when none has the URL), without the claims within one language ({@code
 * translation.same-language}), and the posts claimed by two of one language ({@code
 * translation.contested}). Not thread-safe; one per run.
 *
 * <pre>{@code
 * TranslationClaims found = new TranslationClaims(urls, byUrl, problems);
 * found.claimsFromTranslationKeys(posts, claims);
 * }</pre>
 */
final class TranslationClaims {

  private final SiteUrls urls;
  private final Map<String, Post> byUrl;
  private final List<Problem> problems;

  /**
   * Creates the claims of one run.
   *
   * @param urls the site's URLs
   * @param byUrl the posts by URL, filled before the claims are resolved
   * @param problems where the problems go
   */
  TranslationClaims(SiteUrls urls, Map<String, Post> byUrl, List<Problem> problems) {
    this.urls = urls;
    this.byUrl = byUrl;
    this.problems = problems;
  }

  /** The claims of a post's {@code translations} map. */
  void claimsFromTranslationsMap(Post post, List<Claim> claims) {
    Optional<FrontMatter> map = post.frontMatter().getMap("translations");
    if (map.isEmpty()) {
      return;
    }
    for (String key : map.get().asMap().keySet()) {
      SourcePosition at =
          post.frontMatter().positionOf("translations." + key).orElse(SourcePosition.UNKNOWN);
      Optional<String> href = map.get().getString(key);
      if (href.isEmpty()) {
        continue;
      }
      resolveClaim(
          post,
          LinkAt.at(href.get(), key, at.line(), at.column()),
          TranslationMethod.TRANSLATIONS_MAP,
          claims);
    }
  }

  /** The claim of a post's first-line translation link. */
  void claimFromLink(Post post, LinkAt link, List<Claim> claims) {
    resolveClaim(post, link, TranslationMethod.FIRST_LINE_LINK, claims);
  }

  private void resolveClaim(Post post, LinkAt link, TranslationMethod method, List<Claim> claims) {
    Optional<String> page = urls.page(link.href(), post.url().orElse("/"));
    Post target = page.isPresent() ? byUrl.get(page.get()) : null;
    if (target == null) {
      String what =
          method == TranslationMethod.TRANSLATIONS_MAP
              ? "the 'translations' map"
              : "the translation link";
      // Only posts in another language can be the translation: never the post itself.
      List<String> candidates = new ArrayList<>();
      for (Map.Entry<String, Post> e : byUrl.entrySet()) {
        Post p = e.getValue();
        if (p.language().isPresent()
            && !LanguageDecision.languageOf(p).equals(LanguageDecision.languageOf(post))) {
          candidates.add(e.getKey());
        }
      }
      problems.add(
          Problem.error(
              post.source(),
              link.line(),
              link.column(),
              "translation.broken-link",
              what + " points to " + link.href() + ", which no post has",
              closestHint(page.orElse(link.href()), candidates, "fix the URL of the translation")));
      return;
    }
    if (target.language().isEmpty()) {
      // Its language is unknown, so it cannot be paired; its lang.unknown warning says what to do.
      return;
    }
    claims.add(new Claim(post, target, method, link));
  }

  /** The claims of the posts sharing a {@code translationKey}, each of the others. */
  void claimsFromTranslationKeys(List<Post> posts, List<Claim> claims) {
    Map<String, List<Post>> groups = new TreeMap<>();
    for (Post post : posts) {
      Optional<String> key = post.frontMatter().getString("translationKey");
      if (post.language().isPresent() && key.isPresent() && !key.get().isBlank()) {
        groups.computeIfAbsent(key.get().strip(), k -> new ArrayList<>()).add(post);
      }
    }
    for (List<Post> group : groups.values()) {
      for (Post a : group) {
        SourcePosition at =
            a.frontMatter().positionOf("translationKey").orElse(SourcePosition.UNKNOWN);
        for (Post b : group) {
          if (a != b) {
            claims.add(
                new Claim(
                    a,
                    b,
                    TranslationMethod.TRANSLATION_KEY,
                    LinkAt.at("", "translationKey", at.line(), at.column())));
          }
        }
      }
    }
  }

  /** The claims between two languages; the others are {@code translation.same-language}. */
  List<Claim> dropSameLanguage(List<Claim> claims) {
    List<Claim> valid = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    for (Claim c : claims) {
      if (!LanguageDecision.languageOf(c.from()).equals(LanguageDecision.languageOf(c.to()))) {
        valid.add(c);
        continue;
      }
      if (!reported.add(c.from().source() + "\u0000" + c.to().source())) {
        continue;
      }
      String how = Claim.describe(c.method());
      problems.add(
          Problem.error(
              c.from().source(),
              c.line(),
              c.column(),
              "translation.same-language",
              c.from() == c.to()
                  ? how + " points to the post itself"
                  : how
                      + " names "
                      + c.to().source()
                      + " as its translation, but both are in "
                      + LanguageDecision.languageOf(c.from()).code(),
              c.from() == c.to()
                  ? "point it to the other language's version"
                  : "point it to the version in the other language, or set 'lang' in the"
                      + " translation's front matter if its language is wrong"));
    }
    return valid;
  }

  /** Two posts of one language claiming the same post as their translation. */
  void reportContested(List<Claim> claims) {
    Map<String, Map<Language, List<Claim>>> byTarget = new LinkedHashMap<>();
    for (Claim c : claims) {
      byTarget
          .computeIfAbsent(c.to().source(), k -> new LinkedHashMap<>())
          .computeIfAbsent(LanguageDecision.languageOf(c.from()), k -> new ArrayList<>())
          .add(c);
    }
    for (Map<Language, List<Claim>> perLanguage : byTarget.values()) {
      for (List<Claim> group : perLanguage.values()) {
        Set<String> claimers = new LinkedHashSet<>();
        for (Claim c : group) {
          claimers.add(c.from().source());
        }
        if (claimers.size() < 2) {
          continue;
        }
        Set<String> seen = new HashSet<>();
        for (Claim c : group) {
          if (!seen.add(c.from().source())) {
            continue;
          }
          List<String> others = new ArrayList<>(claimers);
          others.remove(c.from().source());
          problems.add(
              Problem.error(
                  c.from().source(),
                  c.line(),
                  c.column(),
                  "translation.contested",
                  c.to().source()
                      + " is claimed as a translation both by this post and by "
                      + String.join(", ", others),
                  "keep the translation link in only one of them"));
        }
      }
    }
  }

  private static String closestHint(String url, List<String> candidates, String fallback) {
    return ClosestUrl.hint(ClosestUrl.to(url, candidates), fallback);
  }
}

package io.github.billet.i18n.internal;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.i18n.TranslationIndex;
import io.github.billet.i18n.TranslationMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pair selection of a pairing: from the claims, and the same path under another language's
 * folder, the pairs a post keeps, at most one partner a language. Not thread-safe; one per run.
 *
 * <pre>{@code
 * List<TranslationIndex.Pair> pairs = new PairSelection().choosePairs(claims, posts);
 * }</pre>
 */
final class PairSelection {

  /**
   * Keeps a consistent set of pairs: the strongest claims first (mutual before one-sided), then the
   * same path under the other language's folder, at most one partner a language for a post.
   *
   * @param claims the claims between two languages
   * @param posts the posts
   * @return the pairs
   */
  List<TranslationIndex.Pair> choosePairs(List<Claim> claims, List<Post> posts) {
    record Candidate(Post a, Post b, TranslationMethod method, boolean mutual)
        implements Comparable<Candidate> {
      /** Strongest method first, mutual claims before one-sided ones, then by source paths. */
      @Override
      public int compareTo(Candidate other) {
        int c = method.compareTo(other.method);
        if (c == 0) {
          c = Boolean.compare(!mutual, !other.mutual);
        }
        if (c == 0) {
          c = a.source().compareTo(other.a.source());
        }
        if (c == 0) {
          c = b.source().compareTo(other.b.source());
        }
        return c;
      }
    }
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    Set<String> directed = new HashSet<>();
    for (Claim c : claims) {
      directed.add(c.from().source() + "\u0000" + c.to().source());
    }
    for (Claim c : claims) {
      Post a = c.from().source().compareTo(c.to().source()) < 0 ? c.from() : c.to();
      Post b = a == c.from() ? c.to() : c.from();
      String key = a.source() + "\u0000" + b.source();
      boolean mutual =
          directed.contains(key) && directed.contains(b.source() + "\u0000" + a.source());
      Candidate old = candidates.get(key);
      if (old == null || c.method().compareTo(old.method()) < 0) {
        candidates.put(key, new Candidate(a, b, c.method(), mutual));
      }
    }
    // Same path under the other language's folder, for posts with no other claim.
    Map<String, Post> byPath = new HashMap<>();
    for (Post post : posts) {
      byPath.put(post.source(), post);
    }
    for (Post post : posts) {
      int slash = post.source().indexOf('/');
      if (slash <= 0 || post.language().isEmpty() || post.url().isEmpty()) {
        continue;
      }
      String rest = post.source().substring(slash);
      String folder = post.source().substring(0, slash);
      for (String code : languageCodes(posts)) {
        if (code.equals(folder)) {
          continue;
        }
        Post other = byPath.get(code + rest);
        if (other == null
            || other.language().isEmpty()
            || other.url().isEmpty()
            || LanguageDecision.languageOf(other).equals(LanguageDecision.languageOf(post))) {
          continue;
        }
        Post a = post.source().compareTo(other.source()) < 0 ? post : other;
        Post b = a == post ? other : post;
        candidates.putIfAbsent(
            a.source() + "\u0000" + b.source(),
            new Candidate(a, b, TranslationMethod.SAME_PATH, true));
      }
    }
    List<Candidate> ordered = new ArrayList<>(candidates.values());
    ordered.sort(null); // by Candidate.compareTo
    Map<String, Set<Language>> taken = new HashMap<>();
    List<TranslationIndex.Pair> pairs = new ArrayList<>();
    for (Candidate c : ordered) {
      Language la = LanguageDecision.languageOf(c.a());
      Language lb = LanguageDecision.languageOf(c.b());
      Set<Language> takenA = taken.computeIfAbsent(c.a().source(), k -> new HashSet<>());
      Set<Language> takenB = taken.computeIfAbsent(c.b().source(), k -> new HashSet<>());
      if (takenA.contains(lb) || takenB.contains(la)) {
        continue;
      }
      takenA.add(lb);
      takenB.add(la);
      pairs.add(new TranslationIndex.Pair(c.a(), c.b(), c.method()));
    }
    return pairs;
  }

  private Set<String> languageCodes;

  private Set<String> languageCodes(List<Post> posts) {
    if (languageCodes == null) {
      languageCodes = new java.util.TreeSet<>();
      for (Post p : posts) {
        if (p.language().isPresent()) {
          languageCodes.add(p.language().get().code());
        }
      }
    }
    return languageCodes;
  }
}

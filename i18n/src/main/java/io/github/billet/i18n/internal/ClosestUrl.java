package io.github.billet.i18n.internal;

import java.util.Collection;
import java.util.Optional;

/** Finds the existing URL nearest to a broken one, by edit distance. */
public final class ClosestUrl {

  private ClosestUrl() {}

  /**
   * Returns the candidate with the smallest edit distance to a URL; ties go to the first in {@link
   * String} order, so that the answer does not depend on the order of the candidates.
   *
   * @param url the broken URL
   * @param candidates the existing URLs
   * @return the closest, empty when there is no candidate
   */
  public static Optional<String> to(String url, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (best != null && Math.abs(candidate.length() - url.length()) > bestDistance) {
        continue;
      }
      int bound = best == null ? Integer.MAX_VALUE : bestDistance + 1;
      int d = distance(url, candidate, bound);
      if (d < bestDistance || d == bestDistance && candidate.compareTo(best) < 0) {
        bestDistance = d;
        best = candidate;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Levenshtein distance, giving up past a bound.
   *
   * @param a one text
   * @param b the other
   * @param bound stop when the distance reaches it
   * @return the distance, or a value at least {@code bound}
   */
  static int distance(String a, String b, int bound) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin >= bound) {
        return bound;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** A problem's hint: the closest URL as a question, else the fallback. */
  static String hint(Optional<String> closest, String fallback) {
    return closest.isPresent() ? "did you mean " + closest.get() + "?" : fallback;
  }
}

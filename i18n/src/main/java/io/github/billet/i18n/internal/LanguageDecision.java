package io.github.billet.i18n.internal;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.i18n.Detection;
import io.github.billet.i18n.LanguageDetector;
import java.util.List;
import java.util.Optional;

/**
 * The language decision of a pairing: a post's front matter {@code lang} wins; otherwise the text's
 * detected language is checked against the folder's ({@code lang.detected}) or stands in for a
 * missing one ({@code lang.unknown} when the text does not tell). Not thread-safe; one per run.
 *
 * <pre>{@code
 * Post decided = new LanguageDecision(detector, problems).decideLanguage(post, detection);
 * }</pre>
 */
public final class LanguageDecision {

  private final LanguageDetector detector;
  private final List<Problem> problems;

  /**
   * Creates the decision of one run.
   *
   * @param detector the detector, or null not to detect
   * @param problems where the problems go
   */
  LanguageDecision(LanguageDetector detector, List<Problem> problems) {
    this.detector = detector;
    this.problems = problems;
  }

  /** Which detector a detection kept with a body came from. */
  private record DetectionOf(LanguageDetector detector) {}

  /**
   * Returns the detector's verdict on a post, computed once and kept with its body.
   *
   * @param detector the detector
   * @param post the post
   * @return the detection
   */
  public static Detection detection(LanguageDetector detector, Post post) {
    return post.body().derived(new DetectionOf(detector), body -> detector.detect(body.markdown()));
  }

  /**
   * Runs the detection a pairing would run on a post, ahead of the pairing.
   *
   * @param detector the detector
   * @param post the post
   */
  public static void prepareDetection(LanguageDetector detector, Post post) {
    if (needsDetection(post)) {
      detection(detector, post);
    }
  }

  /** Whether a post's language is left to detection (checked, or found, from its text). */
  static boolean needsDetection(Post post) {
    return !(post.frontMatter().has("lang") && post.language().isPresent())
        && post.url().isPresent();
  }

  /**
   * Decides a post's language: the front matter's, else the folder's checked against the text, else
   * the text's; a post whose language stays unknown gets {@code lang.unknown}.
   *
   * @param post the post
   * @param detection the detector's verdict on the post, or null when it needs none or detection is
   *     off
   * @return the post with its language decided
   */
  Post decideLanguage(Post post, Detection detection) {
    if (!needsDetection(post)) {
      return post;
    }
    if (detector == null) {
      if (post.language().isEmpty()) {
        reportUnknownLanguage(post, "language detection is off");
      }
      return post;
    }
    Optional<Language> detected = detection.language();
    if (post.language().isEmpty()) {
      if (detected.isPresent()) {
        return post.withLanguage(detected.get());
      }
      reportUnknownLanguage(post, "the text does not tell (" + detection.reason() + ")");
      return post;
    }
    Language folder = post.language().get();
    if (detected.isPresent() && !detected.get().equals(folder)) {
      Language now = detected.get();
      problems.add(
          Problem.warning(
              post.source(),
              1,
              1,
              "lang.detected",
              String.format(
                  "the folder says %s but the text is %s (confidence %.2f: %s); the post is"
                      + " taken as %s and keeps its URL",
                  folder.code(),
                  now.code(),
                  detection.confidence(),
                  detection.reason(),
                  now.code()),
              "add 'lang: "
                  + now.code()
                  + "' to its front matter to say so, or move it under "
                  + now.code()
                  + "/"));
      return post.withLanguage(now);
    }
    return post;
  }

  private void reportUnknownLanguage(Post post, String why) {
    problems.add(
        Problem.warning(
            post.source(),
            0,
            0,
            "lang.unknown",
            "the post's language is unknown: no 'lang' in its front matter or its folder's rule,"
                + " and "
                + why,
            "add 'lang: fr' or 'lang: en' to its front matter"));
  }

  /** The language of a post whose language is known. */
  static Language languageOf(Post post) {
    return post.language().orElseThrow();
  }
}

package io.github.billet.i18n;

import io.github.billet.core.Language;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link LanguageDetector} found in a text: the language when it is sure enough, the best
 * candidate otherwise, a confidence in [0, 1] and a short reason a person can read.
 *
 * <pre>{@code
 * Detection d = detector.detect(markdown);
 * if (d.is(Language.ENGLISH)) { ... }               // sure it is English
 * d.language();                                     // Optional[en], or empty when unsure
 * d.reason();    // "212 English stop words vs 9 French, 0.1% accented letters"
 * }</pre>
 */
public final class Detection {

  private final Language candidate;
  private final double confidence;
  private final boolean reliable;
  private final int words;
  private final String reason;

  /**
   * Creates a detection result.
   *
   * @param candidate the best-scoring language, or null when the text gave no evidence at all
   * @param confidence the confidence in the candidate, clamped to [0, 1]
   * @param reliable whether the detector is sure enough to name the language
   * @param words the number of prose words looked at
   * @param reason why, for people
   */
  public Detection(
      Language candidate, double confidence, boolean reliable, int words, String reason) {
    if (reliable && candidate == null) {
      throw new IllegalArgumentException("a reliable detection names a language");
    }
    this.candidate = candidate;
    this.confidence = Double.isNaN(confidence) ? 0 : Math.max(0, Math.min(1, confidence));
    this.reliable = reliable;
    this.words = Math.max(0, words);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns the detected language when the detector is sure enough.
   *
   * @return the language, or empty when the text is too short, mixed or otherwise unclear
   */
  public Optional<Language> language() {
    return reliable ? Optional.of(candidate) : Optional.empty();
  }

  /**
   * Returns the best-scoring language, sure or not.
   *
   * @return the candidate, or empty when the text gave no evidence at all
   */
  public Optional<Language> candidate() {
    return Optional.ofNullable(candidate);
  }

  /**
   * Returns the confidence in the candidate: near 1 for a long text in one language, near 0 for a
   * text mixing two languages evenly or too short to tell.
   *
   * @return a number in [0, 1]
   */
  public double confidence() {
    return confidence;
  }

  /**
   * Tells whether the detector named a language.
   *
   * @return true when {@link #language()} is present
   */
  public boolean isReliable() {
    return reliable;
  }

  /**
   * Tells whether the detector is sure the text is in a given language.
   *
   * @param language the language
   * @return true when detected reliably as that language
   */
  public boolean is(Language language) {
    return reliable && candidate.equals(language);
  }

  /**
   * Returns the number of prose words looked at, Markdown syntax, code and URLs left out.
   *
   * @return the word count
   */
  public int words() {
    return words;
  }

  /**
   * Returns why, in a short sentence such as "62 French stop words vs 3 English, 3.4% accented
   * letters" or "too short: 12 words, 30 needed".
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Detection)) {
      return false;
    }
    Detection d = (Detection) o;
    return Objects.equals(candidate, d.candidate)
        && Double.compare(confidence, d.confidence) == 0
        && reliable == d.reliable
        && words == d.words
        && reason.equals(d.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(candidate, confidence, reliable, words, reason);
  }

  /**
   * Returns a form such as {@code fr 0.97 (62 French stop words vs 3 English, …)} or {@code
   * unknown, best en 0.31 (…)}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    String c = String.format(java.util.Locale.ROOT, "%.2f", confidence);
    if (reliable) {
      return candidate + " " + c + " (" + reason + ")";
    }
    return "unknown"
        + (candidate == null ? "" : ", best " + candidate + " " + c)
        + " ("
        + reason
        + ")";
  }
}

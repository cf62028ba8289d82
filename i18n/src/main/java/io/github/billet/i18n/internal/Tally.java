package io.github.billet.i18n.internal;

/**
 * Counts the evidence for each language in the words of one text; made per text, not shared between
 * threads.
 */
public final class Tally implements ProseScanner.WordSink {

  private final EvidenceIndex index;

  /** Words seen. */
  public int words;

  /** Letters seen, apostrophes excluded. */
  public int letters;

  /** Letters outside ASCII seen. */
  public int nonAsciiLetters;

  /** Stop words of each language. */
  public final int[] stopWords;

  /** Stop words of each language in cited text (link texts and quotations), also in stopWords. */
  public final int[] citedStopWords;

  /** Trigrams of each language in cited text, also in trigrams. */
  public final int[] citedTrigrams;

  /** Trigrams of each language, in words that are neither stop words nor capitalized. */
  public final int[] trigrams;

  /** Characteristic letters of each language. */
  public final int[] characteristicLetters;

  /**
   * Creates an empty tally.
   *
   * @param index the profiles' tables
   */
  public Tally(EvidenceIndex index) {
    this.index = index;
    int n = index.languages();
    stopWords = new int[n];
    citedStopWords = new int[n];
    citedTrigrams = new int[n];
    trigrams = new int[n];
    characteristicLetters = new int[n];
  }

  @Override
  public void word(char[] w, int len, int flags) {
    boolean cited = (flags & ProseScanner.CITED) != 0;
    words++;
    for (int i = 0; i < len; i++) {
      char c = w[i];
      if (c == '\'') {
        continue;
      }
      letters++;
      if (c >= 0x80) {
        nonAsciiLetters++;
      }
      int mask = index.letterMask(c);
      while (mask != 0) {
        int l = Integer.numberOfTrailingZeros(mask);
        characteristicLetters[l]++;
        mask &= mask - 1;
      }
    }
    int owner = index.stopWordOwner(w, len);
    if (owner >= 0) {
      stopWords[owner]++;
      if (cited) {
        citedStopWords[owner]++;
      }
      return;
    }
    if (owner == EvidenceIndex.SHARED
        || len < 2
        || w[len - 1] == '\''
        || (flags & ProseScanner.CAPITALIZED) != 0) {
      return; // trigrams of names tell little about the text's language
    }
    // Trigrams of _word_, with 0 for the boundaries.
    char a = 0;
    char b = w[0];
    for (int i = 1; i <= len; i++) {
      char c = i < len ? w[i] : 0;
      int g = index.trigramOwner(a, b, c);
      if (g >= 0) {
        trigrams[g]++;
        if (cited) {
          citedTrigrams[g]++;
        }
      }
      a = b;
      b = c;
    }
  }
}

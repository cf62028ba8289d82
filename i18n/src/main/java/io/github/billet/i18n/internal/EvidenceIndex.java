package io.github.billet.i18n.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features of several language profiles in lookup tables that need no allocation: stop words
 * (open addressing on the word's characters), character trigrams (open addressing on three
 * characters packed in a long) and characteristic letters.
 *
 * <p>A stop word or trigram listed by more than one profile tells nothing and is dropped; a letter
 * counts for every profile that lists it. Immutable once built.
 */
public final class EvidenceIndex {

  /** Lookup result: not in any list. */
  public static final int NONE = -1;

  /** Lookup result: in several lists, so of no help. */
  public static final int SHARED = -2;

  /** Word boundary in trigrams, written {@code _} in profiles. */
  public static final char BOUNDARY = '_';

  private static final int LETTER_TABLE = 0x0250;

  private final int languages;
  private final char[][] wordKeys;
  private final int[] wordOwners;
  private final int maxWordLength;
  private final long[] gramKeys;
  private final int[] gramOwners;
  private final int[] letterMasks;
  private final Map<Character, Integer> otherLetterMasks;

  /**
   * Builds the tables.
   *
   * @param stopWords each profile's stop words, lower case
   * @param trigrams each profile's trigrams, three characters, {@code _} for a word boundary
   * @param letters each profile's characteristic letters, lower case
   */
  public EvidenceIndex(
      List<? extends Collection<String>> stopWords,
      List<? extends Collection<String>> trigrams,
      List<String> letters) {
    this.languages = stopWords.size();
    Map<String, Integer> words = owners(stopWords);
    int size = tableSize(words.size());
    wordKeys = new char[size][];
    wordOwners = new int[size];
    int longest = 0;
    for (Map.Entry<String, Integer> e : words.entrySet()) {
      char[] key = e.getKey().toCharArray();
      longest = Math.max(longest, key.length);
      int slot = hash(key, key.length) & (size - 1);
      while (wordKeys[slot] != null) {
        slot = (slot + 1) & (size - 1);
      }
      wordKeys[slot] = key;
      wordOwners[slot] = e.getValue();
    }
    maxWordLength = longest;

    Map<String, Integer> grams = owners(trigrams);
    int gsize = tableSize(grams.size());
    gramKeys = new long[gsize];
    gramOwners = new int[gsize];
    for (Map.Entry<String, Integer> e : grams.entrySet()) {
      String g = e.getKey();
      if (g.length() != 3) {
        throw new IllegalArgumentException("a trigram has three characters: '" + g + "'");
      }
      long key = pack(unboundary(g.charAt(0)), unboundary(g.charAt(1)), unboundary(g.charAt(2)));
      int slot = mix(key) & (gsize - 1);
      while (gramKeys[slot] != 0) {
        slot = (slot + 1) & (gsize - 1);
      }
      gramKeys[slot] = key;
      gramOwners[slot] = e.getValue();
    }

    letterMasks = new int[LETTER_TABLE];
    Map<Character, Integer> others = new HashMap<>();
    for (int l = 0; l < letters.size(); l++) {
      String ls = letters.get(l);
      for (int k = 0; k < ls.length(); k++) {
        char c = ls.charAt(k);
        if (c < LETTER_TABLE) {
          letterMasks[c] |= 1 << l;
        } else {
          Integer mask = others.get(c);
          others.put(c, mask == null ? 1 << l : mask | 1 << l);
        }
      }
    }
    otherLetterMasks = Map.copyOf(others);
  }

  /**
   * Returns how many profiles the tables hold.
   *
   * @return the number of languages
   */
  public int languages() {
    return languages;
  }

  /**
   * Finds which profile a word is a stop word of.
   *
   * @param w the buffer holding the word
   * @param len the word's length
   * @return the profile's index, {@link #NONE} or {@link #SHARED}
   */
  public int stopWordOwner(char[] w, int len) {
    if (len > maxWordLength) {
      return NONE;
    }
    int mask = wordKeys.length - 1;
    int slot = hash(w, len) & mask;
    while (true) {
      char[] key = wordKeys[slot];
      if (key == null) {
        return NONE;
      }
      if (key.length == len && same(key, w, len)) {
        return wordOwners[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Finds which profile a trigram belongs to; use {@code 0} for a word boundary.
   *
   * @param a first character
   * @param b second character
   * @param c third character
   * @return the profile's index, {@link #NONE} or {@link #SHARED}
   */
  public int trigramOwner(char a, char b, char c) {
    long key = pack(a, b, c);
    int mask = gramKeys.length - 1;
    int slot = mix(key) & mask;
    while (true) {
      long k = gramKeys[slot];
      if (k == 0) {
        return NONE;
      }
      if (k == key) {
        return gramOwners[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Returns the profiles a letter is characteristic of.
   *
   * @param c a lower-case letter
   * @return a bit mask, bit i for profile i
   */
  public int letterMask(char c) {
    if (c < LETTER_TABLE) {
      return letterMasks[c];
    }
    if (otherLetterMasks.isEmpty()) {
      return 0;
    }
    Integer m = otherLetterMasks.get(c);
    return m == null ? 0 : m;
  }

  private static Map<String, Integer> owners(List<? extends Collection<String>> lists) {
    Map<String, Integer> owners = new HashMap<>();
    for (int l = 0; l < lists.size(); l++) {
      for (String item : Set.copyOf(lists.get(l))) {
        owners.put(item, owners.containsKey(item) ? SHARED : l);
      }
    }
    return owners;
  }

  private static int tableSize(int entries) {
    int size = 16;
    while (size < entries * 3) {
      size <<= 1;
    }
    return size;
  }

  private static char unboundary(char c) {
    return c == BOUNDARY ? 0 : c;
  }

  private static long pack(char a, char b, char c) {
    // The high bit keeps every packed key non-zero, zero marks an empty slot.
    return (1L << 48) | ((long) a << 32) | ((long) b << 16) | c;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29));
  }

  private static int hash(char[] w, int len) {
    int h = 0;
    for (int i = 0; i < len; i++) {
      h = 31 * h + w[i];
    }
    return h ^ (h >>> 15);
  }

  private static boolean same(char[] key, char[] w, int len) {
    for (int i = 0; i < len; i++) {
      if (key[i] != w[i]) {
        return false;
      }
    }
    return true;
  }
}

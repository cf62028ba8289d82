package io.github.billet.render.internal.html;

import io.github.billet.core.Language;
import io.github.billet.i18n.Label;
import io.github.billet.i18n.Labels;
import java.util.Map;
import java.util.Optional;

/**
 * Localizes the label of a footnote's back-link, which commonmark-ext-footnotes writes in English
 * ({@code aria-label="Back to reference 1"}) and hands to the attribute provider.
 */
final class FootnoteLabels {

  /** The label commonmark-ext-footnotes writes, before the reference's number. */
  private static final String UPSTREAM = "Back to reference ";

  private FootnoteLabels() {}

  /**
   * Replaces the English label of a back-link's attributes by the language's.
   *
   * @param attributes the attributes of an {@code <a data-footnote-backref>}, changed in place
   * @param labels the labels
   * @param language the body's language; empty keeps the English label
   */
  static void localize(Map<String, String> attributes, Labels labels, Optional<Language> language) {
    String label = attributes.get("aria-label");
    if (language.isEmpty() || label == null || !label.startsWith(UPSTREAM)) {
      return;
    }
    String ref = label.substring(UPSTREAM.length());
    attributes.put(
        "aria-label",
        labels.get(language.get(), Label.FOOTNOTE_BACK_TO_REFERENCE, Map.of("ref", ref)));
  }
}

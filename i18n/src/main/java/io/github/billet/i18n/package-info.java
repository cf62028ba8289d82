/**
 * Billet i18n: public API.
 *
 * <ul>
 *   <li>{@link io.github.billet.core.Language}: a content language (in core);
 *   <li>{@link io.github.billet.i18n.Labels} and {@link io.github.billet.i18n.Label}: the texts a
 *       blog page shows, French and English built in, more languages by bundle;
 *   <li>{@link io.github.billet.i18n.DateFormatter}: dates as readers see them ("1er mars 2024")
 *       and as {@code <time datetime>} wants them;
 *   <li>{@link io.github.billet.i18n.LanguageDetector}, {@link
 *       io.github.billet.i18n.LanguageProfile} and {@link io.github.billet.i18n.Detection}: which
 *       language a post's text is in.
 * </ul>
 *
 * <pre>{@code
 * Labels labels = Labels.defaults();
 * String toc = labels.get(Language.ENGLISH, Label.TABLE_OF_CONTENTS); // "Contents"
 * }</pre>
 */
package io.github.billet.i18n;

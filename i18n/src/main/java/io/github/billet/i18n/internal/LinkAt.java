package io.github.billet.i18n.internal;

/**
 * A link found in a post body: its destination as written, its text and where it is in the source
 * file.
 *
 * @param href the destination as written
 * @param text the link's visible text
 * @param line the 1-based line in the source file
 * @param column the 1-based column, 0 when unknown
 */
public record LinkAt(String href, String text, int line, int column) {}

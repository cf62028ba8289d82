package io.github.billet.render.body;

import java.util.Objects;

/**
 * One entry of a page's table of contents: a level-2 or level-3 heading.
 *
 * <pre>{@code
 * TocEntry entry = new TocEntry(2, "contexte", "Contexte");
 * String link = "#" + entry.id();
 * }</pre>
 *
 * @param level the heading level, 2 or 3
 * @param id the heading's id attribute (unique within the page)
 * @param text the heading's plain text
 */
public record TocEntry(int level, String id, String text) {

  /** Checks the components. */
  public TocEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}

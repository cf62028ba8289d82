package io.github.billet.render.internal.feed;

import io.github.billet.core.FrontMatter;
import io.github.billet.render.feed.FeedAuthor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a post's authors from its front matter: {@code authors} or else {@code author}, each a
 * name, a map with {@code name} and optional {@code url}, or a list of those.
 */
public final class FrontMatterAuthors {

  private FrontMatterAuthors() {}

  /**
   * Reads the authors.
   *
   * @param frontMatter the front matter
   * @return the authors in source order, without blank names or duplicates
   */
  public static List<FeedAuthor> read(FrontMatter frontMatter) {
    Object value = frontMatter.get("authors").orElse(frontMatter.get("author").orElse(null));
    List<FeedAuthor> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        add(item, out);
      }
    } else {
      add(value, out);
    }
    return List.copyOf(out);
  }

  private static void add(Object value, List<FeedAuthor> out) {
    FeedAuthor author = null;
    if (value instanceof Map<?, ?> map) {
      Object name = map.get("name");
      Object url = map.get("url");
      if (isScalar(name) && !String.valueOf(name).isBlank()) {
        author =
            new FeedAuthor(
                String.valueOf(name).strip(),
                isScalar(url) ? Optional.of(String.valueOf(url).strip()) : Optional.empty());
      }
    } else if (isScalar(value) && !String.valueOf(value).isBlank()) {
      author = FeedAuthor.of(String.valueOf(value).strip());
    }
    if (author != null && !out.contains(author)) {
      out.add(author);
    }
  }

  private static boolean isScalar(Object value) {
    return value != null && !(value instanceof Map) && !(value instanceof List);
  }
}

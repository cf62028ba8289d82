package io.github.billet.render.internal.page;

import io.github.billet.core.FrontMatter;
import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.core.SourcePosition;
import io.github.billet.render.internal.html.Markup;
import io.github.billet.render.page.NavItem;
import io.github.billet.render.page.Navigation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds each language's navigation menu from the {@code eleventyNavigation} front matter of a
 * site's pages, as Eleventy's navigation plugin does: {@code key} names an entry and is what {@code
 * parent} refers to; {@code title} is the text shown (the key by default); {@code order} sorts
 * siblings (entries without one come after, in file order); {@code url} overrides the page's URL; a
 * page that is not published ({@code permalink: false}) and gives no {@code url} is the heading of
 * a sub-menu. Unlike the plugin, which drops them silently, an entry whose parent does not exist, a
 * key used twice in one language and a parent cycle are located warnings.
 *
 * <pre>{@code
 * List<Problem> problems = new ArrayList<>();
 * Map<String, Navigation> menus = NavigationTree.build(sources, problems);
 * Navigation fr = menus.getOrDefault("fr", Navigation.empty());
 * }</pre>
 */
public final class NavigationTree {

  private static final String FIELD = "eleventyNavigation";

  /**
   * A page that may hold a menu entry.
   *
   * @param post the page's post (its front matter and source)
   * @param language the page's language
   * @param url the page's URL when it is published, empty otherwise
   */
  public record Source(Post post, Language language, Optional<String> url) {}

  /** One entry read from a page, before the tree is made. */
  private record Entry(
      String key,
      String label,
      Optional<String> parent,
      Optional<Double> order,
      Optional<String> url,
      Post post,
      int index) {}

  private NavigationTree() {}

  /**
   * Builds the menus.
   *
   * @param sources every page of the site, published or not
   * @param problems where the warnings go
   * @return each language's menu by language code; a language without entries is absent
   */
  public static Map<String, Navigation> build(List<Source> sources, List<Problem> problems) {
    List<Source> sorted = new ArrayList<>(sources);
    // File order stands for the collection order the plugin keeps between unordered siblings.
    sorted.sort(Comparator.comparing(s -> s.post().source()));
    Map<String, List<Entry>> byLanguage = new LinkedHashMap<>();
    for (Source source : sorted) {
      Optional<Entry> entry = read(source, problems, byLanguage);
      if (entry.isPresent()) {
        byLanguage
            .computeIfAbsent(source.language().code(), k -> new ArrayList<>())
            .add(entry.get());
      }
    }
    Map<String, Navigation> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<Entry>> language : byLanguage.entrySet()) {
      out.put(language.getKey(), tree(language.getValue(), problems));
    }
    return out;
  }

  private static Optional<Entry> read(
      Source source, List<Problem> problems, Map<String, List<Entry>> seen) {
    Post post = source.post();
    FrontMatter fm = post.frontMatter();
    if (!fm.has(FIELD)) {
      return Optional.empty();
    }
    Optional<FrontMatter> map = fm.getMap(FIELD);
    if (map.isEmpty()) {
      warn(
          problems,
          post,
          FIELD,
          "nav.type",
          "'eleventyNavigation' must be a map; the page is left out of the menu",
          "write 'eleventyNavigation:' then 'key: Menu text' on the next line, indented");
      return Optional.empty();
    }
    FrontMatter nav = map.get();
    String key = nav.getString("key").orElse("").strip();
    if (key.isEmpty()) {
      warn(
          problems,
          post,
          FIELD,
          "nav.key-missing",
          "'eleventyNavigation' has no 'key'; the page is left out of the menu",
          "give the entry its name: 'key: Menu text' (other entries name it as their 'parent')");
      return Optional.empty();
    }
    for (Entry other : seen.getOrDefault(source.language().code(), List.of())) {
      if (other.key().equals(key)) {
        warn(
            problems,
            post,
            FIELD + ".key",
            "nav.duplicate-key",
            "the menu key '"
                + key
                + "' is already used by "
                + other.post().source()
                + " in the same language; this entry is left out",
            "give each menu entry of a language its own 'key' (set 'title' to show the same text)");
        return Optional.empty();
      }
    }
    Optional<String> parent = nav.getString("parent").map(String::strip).filter(p -> !p.isEmpty());
    Optional<Double> order = Optional.empty();
    if (nav.has("order")) {
      Object value = nav.get("order").orElse(null);
      if (value instanceof Number n) {
        order = Optional.of(n.doubleValue());
      } else {
        warn(
            problems,
            post,
            FIELD + ".order",
            "nav.order",
            "'order' of the menu entry '" + key + "' is not a number; it is sorted last",
            "write a number such as 'order: 2' (smaller comes first)");
      }
    }
    Optional<String> url = nav.getString("url").map(String::strip).filter(u -> !u.isEmpty());
    if (url.isEmpty()) {
      url = source.url();
    }
    if (url.isPresent()) {
      String safe = Markup.safeUrl(url.get(), false);
      if (Markup.isBlocked(safe)) {
        warn(
            problems,
            post,
            FIELD + ".url",
            "nav.url-unsafe",
            "the 'url' of the menu entry '" + key + "' can run script; the entry has no link",
            "give a site path such as /fr/contact/ or an https:// URL");
        url = Optional.empty();
      } else {
        url = Optional.of(safe);
      }
    }
    String label = nav.getString("title").map(String::strip).filter(t -> !t.isEmpty()).orElse(key);
    int index = seen.getOrDefault(source.language().code(), List.of()).size();
    return Optional.of(new Entry(key, label, parent, order, url, post, index));
  }

  private static Navigation tree(List<Entry> entries, List<Problem> problems) {
    Map<String, Entry> byKey = new HashMap<>();
    Map<String, List<Entry>> children = new HashMap<>();
    List<Entry> roots = new ArrayList<>();
    for (Entry e : entries) {
      byKey.put(e.key(), e);
    }
    for (Entry e : entries) {
      if (e.parent().isEmpty()) {
        roots.add(e);
      } else if (!byKey.containsKey(e.parent().get())) {
        warn(
            problems,
            e.post(),
            FIELD + ".parent",
            "nav.parent-missing",
            "the menu entry '"
                + e.key()
                + "' names the parent '"
                + e.parent().get()
                + "', which no page of its language has as 'key'; the entry is left out",
            "fix the parent's name, or add a page with 'eleventyNavigation: {key: "
                + e.parent().get()
                + "}' ('permalink: false' makes it a menu heading only)");
      } else {
        children.computeIfAbsent(e.parent().get(), k -> new ArrayList<>()).add(e);
      }
    }
    Set<String> placed = new HashSet<>();
    List<NavItem> items = items(roots, children, placed);
    for (Entry e : entries) {
      if (!placed.contains(e.key())
          && e.parent().isPresent()
          && byKey.containsKey(e.parent().get())) {
        warn(
            problems,
            e.post(),
            FIELD + ".parent",
            "nav.parent-cycle",
            "the menu entry '" + e.key() + "' is its own ancestor by 'parent'; it is left out",
            "make the chain of 'parent' keys end at an entry without 'parent'");
      }
    }
    return new Navigation(items);
  }

  private static List<NavItem> items(
      List<Entry> siblings, Map<String, List<Entry>> children, Set<String> placed) {
    List<Entry> sorted = new ArrayList<>(siblings);
    // Ordered entries first by order, then the others; ties keep file order.
    sorted.sort(
        Comparator.comparing((Entry e) -> e.order().isEmpty())
            .thenComparing(e -> e.order().orElse(0.0))
            .thenComparingInt(Entry::index));
    List<NavItem> out = new ArrayList<>(sorted.size());
    for (Entry e : sorted) {
      if (!placed.add(e.key())) {
        continue;
      }
      List<NavItem> below = items(children.getOrDefault(e.key(), List.of()), children, placed);
      out.add(new NavItem(e.label(), e.url(), below, false));
    }
    return out;
  }

  private static void warn(
      List<Problem> problems, Post post, String path, String code, String message, String hint) {
    SourcePosition at =
        post.frontMatter()
            .positionOf(path)
            .or(() -> post.frontMatter().positionOf(FIELD))
            .orElse(SourcePosition.UNKNOWN);
    problems.add(Problem.warning(post.source(), at.line(), at.column(), code, message, hint));
  }
}

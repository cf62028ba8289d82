package io.github.billet.core.internal;

import io.github.billet.core.FrontMatter;
import io.github.billet.core.Problem;
import io.github.billet.core.Section;
import io.github.billet.core.SiteConfig;
import io.github.billet.core.SourcePosition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the {@code sections:} list of a site configuration into {@link Section}s, each bad entry a
 * located problem.
 *
 * <pre>{@code
 * SectionsReader.read("site.yaml", tree, problems, builder);
 * }</pre>
 */
final class SectionsReader {

  private static final List<String> KEYS =
      List.of("id", "match", "collection", "url", "tagsUrl", "title", "pageSize", "feed");
  private static final Set<String> KEY_SET = Set.copyOf(KEYS);
  private static final String SHAPE =
      "write '- {id: blog, collection: posts, url: \"/{lang}/blog/\", title: {fr: Blog, en:"
          + " Blog}}'";

  private SectionsReader() {}

  /**
   * Reads the sections of a configuration tree into a builder.
   *
   * @param source the configuration's name
   * @param tree the configuration
   * @param problems where problems go
   * @param builder the builder to fill
   */
  static void read(
      String source, FrontMatter tree, List<Problem> problems, SiteConfig.Builder builder) {
    if (!tree.has("sections")) {
      return;
    }
    if (!(tree.get("sections").orElse(null) instanceof List<?> list)) {
      error(source, tree, problems, "sections", "config.type", "'sections' must be a list", SHAPE);
      return;
    }
    boolean manyLanguages = tree.getStrings("languages").size() > 1;
    for (int i = 0; i < list.size(); i++) {
      readOne(source, tree, problems, builder, i, manyLanguages);
    }
  }

  private static void readOne(
      String source,
      FrontMatter tree,
      List<Problem> problems,
      SiteConfig.Builder builder,
      int index,
      boolean manyLanguages) {
    String at = "sections." + index;
    String where = tree.positionOf(at).isPresent() ? at : "sections";
    Optional<FrontMatter> entry = tree.getMap(at);
    if (entry.isEmpty()) {
      error(
          source,
          tree,
          problems,
          where,
          "config.type",
          "section " + (index + 1) + " must be a map",
          SHAPE);
      return;
    }
    FrontMatter s = entry.get();
    for (String key : s.asMap().keySet()) {
      if (!KEY_SET.contains(key)) {
        warn(
            source,
            tree,
            problems,
            at + "." + key,
            "config.unknown-key",
            "unknown section key '" + key + "' is ignored",
            "the section keys are: " + String.join(", ", KEYS));
      }
    }
    int before = problems.size();
    String name = s.getString("id").map(String::strip).orElse("");
    String label = name.isEmpty() ? "section " + (index + 1) : "section '" + name + "'";
    if (name.isEmpty()) {
      error(source, tree, problems, where, "config.section", label + " has no 'id'", SHAPE);
    }
    List<String> match = s.getStrings("match").stream().map(String::strip).toList();
    Optional<String> collection = s.getString("collection").map(String::strip);
    if (match.isEmpty() && collection.isEmpty()) {
      error(
          source,
          tree,
          problems,
          where,
          "config.section",
          label + " holds no post: it has neither 'match' nor 'collection'",
          "add 'match: [\"fr/bluehats/**\"]' (globs on paths relative to the content folder) or"
              + " 'collection: posts'");
    }
    Optional<String> url = s.getString("url").map(String::strip);
    if (url.isEmpty()) {
      error(
          source,
          tree,
          problems,
          where,
          "config.section",
          label + " has no 'url'",
          "add the URL of its listing, such as 'url: \"/{lang}/blog/\"'");
    } else {
      checkUrl(source, tree, problems, at + ".url", label, url.get(), "{lang}", false);
      if (manyLanguages && !url.get().contains("{lang}")) {
        error(
            source,
            tree,
            problems,
            at + ".url",
            "config.section-url",
            label
                + ": 'url' "
                + url.get()
                + " holds no {lang}, so the listings of the site's"
                + " languages would take the same URL",
            "write it with {lang}, such as '/{lang}/blog/'");
      }
    }
    String tagsUrl = url.map(Section::defaultTagsUrl).orElse("/{tag}/");
    if (s.has("tagsUrl")) {
      tagsUrl = s.getString("tagsUrl").orElse("").strip();
      checkUrl(source, tree, problems, at + ".tagsUrl", label, tagsUrl, "{tag}", true);
    }
    Map<String, String> titles = new LinkedHashMap<>();
    Object title = s.get("title").orElse(null);
    if (title instanceof Map<?, ?> map) {
      map.forEach((k, v) -> titles.put(String.valueOf(k), String.valueOf(v)));
    } else if (title instanceof String text) {
      for (String lang : tree.getStrings("languages")) {
        titles.put(lang, text);
      }
      if (titles.isEmpty()) {
        titles.put("fr", text);
      }
    } else if (title != null) {
      error(
          source,
          tree,
          problems,
          at + ".title",
          "config.type",
          label + ": 'title' must be a map of language to title",
          "write 'title: {fr: \"Le blog\", en: \"The blog\"}'");
    }
    OptionalInt pageSize = OptionalInt.empty();
    if (s.has("pageSize")) {
      Object size = s.get("pageSize").orElse(null);
      if ((size instanceof Integer || size instanceof Long || size instanceof java.math.BigInteger)
          && ((Number) size).doubleValue() >= 1
          && ((Number) size).doubleValue() <= 10_000) {
        pageSize = OptionalInt.of(((Number) size).intValue());
      } else {
        error(
            source,
            tree,
            problems,
            at + ".pageSize",
            "config.section-page-size",
            label + ": 'pageSize' must be a whole number from 1 to 10000, not '" + size + "'",
            "write the number of posts a listing page shows, such as 'pageSize: 12'");
      }
    }
    boolean feed = true;
    if (s.has("feed")) {
      if (s.get("feed").orElse(null) instanceof Boolean b) {
        feed = b;
      } else {
        error(
            source,
            tree,
            problems,
            at + ".feed",
            "config.type",
            label + ": 'feed' must be true or false",
            "write 'feed: false' for a section without feeds (they are on by default)");
      }
    }
    if (problems.subList(before, problems.size()).stream().anyMatch(Problem::isError)) {
      return;
    }
    try {
      builder.section(
          new Section(name, match, collection, url.get(), tagsUrl, titles, pageSize, feed));
    } catch (IllegalArgumentException e) {
      String code =
          e.getMessage().contains("overlap") || e.getMessage().contains("the same")
              ? "config.section-overlap"
              : "config.section";
      error(
          source,
          tree,
          problems,
          where,
          code,
          e.getMessage(),
          "give each section its own 'id', and 'url' and 'tagsUrl' folders that no other"
              + " section's pages use");
    }
  }

  private static void checkUrl(
      String source,
      FrontMatter tree,
      List<Problem> problems,
      String key,
      String label,
      String pattern,
      String placeholder,
      boolean required) {
    Optional<String> wrong = sectionUrlProblem(pattern, placeholder, required);
    if (wrong.isPresent()) {
      String field = key.substring(key.lastIndexOf('.') + 1);
      error(
          source,
          tree,
          problems,
          key,
          "config.section-url",
          label + ": '" + field + "' " + wrong.get(),
          required
              ? "write a folder URL such as '/{lang}/blog/tags/{tag}/'"
              : "write a folder URL such as '/{lang}/blog/'");
    }
  }

  /** What is wrong with a section URL pattern, as {@link Section} checks it. */
  private static Optional<String> sectionUrlProblem(
      String pattern, String placeholder, boolean required) {
    try {
      String url = required ? "/x/" : pattern;
      String tags = required ? pattern : "/x/{tag}/";
      new Section(
          "x", List.of("x"), Optional.empty(), url, tags, Map.of(), OptionalInt.empty(), true);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      String marker = required ? "'tagsUrl' " : "'url' ";
      return Optional.of(m.substring(m.indexOf(marker) + marker.length()));
    }
  }

  private static void error(
      String source,
      FrontMatter tree,
      List<Problem> problems,
      String key,
      String code,
      String message,
      String hint) {
    SourcePosition p = tree.positionOf(key).orElse(SourcePosition.UNKNOWN);
    problems.add(Problem.error(source, p.line(), p.column(), code, message, hint));
  }

  private static void warn(
      String source,
      FrontMatter tree,
      List<Problem> problems,
      String key,
      String code,
      String message,
      String hint) {
    SourcePosition p = tree.positionOf(key).orElse(SourcePosition.UNKNOWN);
    problems.add(Problem.warning(source, p.line(), p.column(), code, message, hint));
  }
}

package io.github.billet.core.internal;

import io.github.billet.core.FolderRule;
import io.github.billet.core.FrontMatter;
import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.core.SiteConfigException;
import io.github.billet.core.SourcePosition;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the YAML form of a {@link SiteConfig}, reporting every error at once. */
public final class SiteConfigReader {

  private static final Set<String> TOP_KEYS = Set.of("title", "baseUrl", "languages", "rules");
  private static final Set<String> RULE_KEYS =
      Set.of("match", "lang", "tags", "url", "defaults", "requireDate");

  private SiteConfigReader() {}

  /**
   * Merges default trees; see {@link DeepMerge}.
   *
   * @param base the lower tree
   * @param top the upper tree
   * @return the merged tree
   */
  public static Map<String, Object> deepMerge(Map<String, Object> base, Map<String, Object> top) {
    return DeepMerge.merge(base, top);
  }

  /**
   * Reads a configuration.
   *
   * @param source the source name
   * @param yaml the text
   * @param builder the builder to fill
   * @return the configuration
   * @throws SiteConfigException with every error
   */
  public static SiteConfig read(String source, String yaml, SiteConfig.Builder builder)
      throws SiteConfigException {
    List<Problem> problems = new ArrayList<>();
    FrontMatter tree;
    try {
      String text = SourceText.normalize(yaml, source);
      YamlTreeReader.Result result =
          new YamlTreeReader(50, 100_000, 32, Math.max(1024, text.length() + 1))
              .read(text, source, 1);
      tree = FrontMatter.of(result.root(), result.positions());
      for (Problem p : result.problems()) {
        problems.add(aboutConfiguration(p));
      }
    } catch (ProblemException e) {
      throw new SiteConfigException(List.of(aboutConfiguration(e.problem())));
    }
    Ctx ctx = new Ctx(source, tree, problems);
    for (String key : tree.asMap().keySet()) {
      if (!TOP_KEYS.contains(key)) {
        ctx.warn(
            key,
            "config.unknown-key",
            "unknown key '" + key + "' is ignored",
            "the keys are: " + String.join(", ", TOP_KEYS));
      }
    }
    Object title = tree.get("title").orElse(null);
    if (title instanceof Map<?, ?> titles) {
      for (Map.Entry<?, ?> e : titles.entrySet()) {
        builder.title(
            Locale.forLanguageTag(String.valueOf(e.getKey())), String.valueOf(e.getValue()));
      }
    } else if (title != null) {
      ctx.error(
          "title",
          "config.type",
          "'title' must be a map of language to title",
          "write 'title: {fr: \"...\", en: \"...\"}'");
    }
    Optional<String> baseUrl = tree.getString("baseUrl");
    if (baseUrl.isPresent()) {
      String url = baseUrl.get();
      if (!url.startsWith("https://") && !url.startsWith("http://")) {
        ctx.error(
            "baseUrl",
            "config.base-url",
            "'baseUrl' must be an absolute http(s) URL",
            "write 'baseUrl: https://example.gouv.fr'");
      } else {
        builder.baseUrl(url);
      }
    }
    List<String> languages = tree.getStrings("languages");
    for (int i = 0; i < languages.size(); i++) {
      String lang = languages.get(i);
      if (language(Optional.of(lang)).isEmpty()) {
        String key = "languages." + i;
        ctx.error(
            tree.positionOf(key).isPresent() ? key : "languages",
            "config.lang",
            "'" + lang + "' in 'languages' is not a language tag",
            "write language tags such as 'languages: [fr, en]'");
      } else {
        builder.language(Locale.forLanguageTag(lang));
      }
    }
    Object rules = tree.get("rules").orElse(null);
    if (rules != null && !(rules instanceof List)) {
      ctx.error(
          "rules", "config.type", "'rules' must be a list", "start each rule with '- match:'");
    } else if (rules instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        readRule(ctx, i, builder);
      }
    }
    problems.sort(null);
    for (Problem problem : problems) {
      if (problem.isError()) {
        throw new SiteConfigException(problems);
      }
    }
    for (Problem problem : problems) {
      builder.problem(problem);
    }
    return builder.build();
  }

  private static void readRule(Ctx ctx, int index, SiteConfig.Builder builder) {
    String at = "rules." + index;
    Optional<FrontMatter> rule = ctx.tree.getMap(at);
    if (rule.isEmpty()) {
      ctx.error(
          at,
          "config.type",
          "rule " + (index + 1) + " must be a map",
          "write '- match: \"fr/**\"' and the rule's keys under it");
      return;
    }
    FrontMatter r = rule.get();
    for (String key : r.asMap().keySet()) {
      if (!RULE_KEYS.contains(key)) {
        ctx.warn(
            at + "." + key,
            "config.unknown-key",
            "unknown rule key '" + key + "' is ignored",
            "the rule keys are: " + String.join(", ", RULE_KEYS));
      }
    }
    Optional<String> match = r.getString("match");
    if (match.isEmpty() || match.get().isBlank()) {
      ctx.error(
          at,
          "config.rule-match",
          "rule " + (index + 1) + " has no 'match'",
          "add 'match: \"fr/**\"' (a glob on paths relative to the content folder)");
      return;
    }
    Optional<Locale> lang = language(r.getString("lang"));
    if (r.has("lang") && lang.isEmpty()) {
      ctx.error(
          at + ".lang",
          "config.lang",
          "'lang' must be a language tag such as fr, not '" + r.getString("lang").orElse("") + "'",
          "write 'lang: fr'");
    }
    List<String> urls = r.getStrings("url");
    Optional<Boolean> requireDate =
        r.get("requireDate").orElse(null) instanceof Boolean b ? Optional.of(b) : Optional.empty();
    Optional<FrontMatter> defaultsMap = r.getMap("defaults");
    FrontMatter defaults =
        defaultsMap.isPresent() ? FrontMatter.of(defaultsMap.get().asMap()) : FrontMatter.empty();
    try {
      builder.rule(
          new FolderRule(
              match.get().strip(), lang, r.getStrings("tags"), urls, defaults, requireDate));
    } catch (IllegalArgumentException e) {
      ctx.error(
          at,
          "config.rule",
          "rule " + (index + 1) + ": " + e.getMessage(),
          "fix the rule's 'match' glob or 'url' pattern");
    }
  }

  /** The language of a tag, empty when there is no tag or it names no language. */
  private static Optional<Locale> language(Optional<String> tag) {
    if (tag.isEmpty()) {
      return Optional.empty();
    }
    try {
      // Locale.forLanguageTag stops silently at the first ill-formed part; the builder refuses it.
      new Locale.Builder().setLanguageTag(tag.get());
    } catch (IllformedLocaleException e) {
      return Optional.empty();
    }
    Locale locale = Locale.forLanguageTag(tag.get());
    return locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(locale);
  }

  /** The YAML reader speaks of front matters; its problems here are about the configuration. */
  private static Problem aboutConfiguration(Problem p) {
    return new Problem(
        p.severity(),
        p.file(),
        p.line(),
        p.column(),
        p.code(),
        p.message().replace("front matter", "site configuration"),
        p.hint().replace("front matter", "site configuration"));
  }

  private record Ctx(String source, FrontMatter tree, List<Problem> problems) {
    void error(String key, String code, String message, String hint) {
      SourcePosition p = tree.positionOf(key).orElse(SourcePosition.UNKNOWN);
      problems.add(Problem.error(source, p.line(), p.column(), code, message, hint));
    }

    void warn(String key, String code, String message, String hint) {
      SourcePosition p = tree.positionOf(key).orElse(SourcePosition.UNKNOWN);
      problems.add(Problem.warning(source, p.line(), p.column(), code, message, hint));
    }
  }
}

package io.github.billet.core.internal;

import io.github.billet.core.FolderRule;
import io.github.billet.core.FrontMatter;
import io.github.billet.core.Language;
import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.core.SiteConfigException;
import io.github.billet.core.SourcePosition;
import io.github.billet.core.StaticFolder;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the YAML form of a {@link SiteConfig}, reporting every error at once. *
 *
 * <p>Longer than most classes because each top-level key of the configuration is read and checked
 * here, with a located problem for every wrong value; the larger sections have their own readers
 * ({@link FrameConfigReader}, {@link SectionsReader}).
 */
public final class SiteConfigReader {

  // Lists, not sets: the hints name the keys in this order, the same in every run.
  private static final List<String> TOP_KEYS =
      List.of(
          "title",
          "baseUrl",
          "languages",
          "rules",
          "html",
          "dsfr",
          "static",
          "linkCheck",
          "sections",
          "frame");
  private static final Set<String> HTML_KEYS = Set.of("policy", "iframeHosts");
  private static final List<String> HTML_POLICIES = List.of("sanitize", "escape", "pass");
  private static final List<String> RULE_KEYS =
      List.of("match", "lang", "tags", "url", "defaults", "requireDate");

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
      String text;
      try {
        text = SourceText.normalize(yaml, source);
      } catch (ProblemException e) {
        Problem nul = e.problem();
        throw new SiteConfigException(
            List.of(
                Problem.error(
                    source,
                    nul.line(),
                    nul.column(),
                    "config.binary",
                    "the site configuration holds NUL bytes: it is a binary file, not YAML text",
                    "give the YAML site configuration (such as site.yaml)")));
      }
      YamlTreeReader.Result result =
          new YamlTreeReader(
                  50, 100_000, 32, Math.max(1024, text.length() + 1), "site configuration")
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
        builder.title(Language.of(String.valueOf(e.getKey())), String.valueOf(e.getValue()));
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
      Optional<String> wrong = SiteConfig.baseUrlProblem(url);
      if (wrong.isPresent()) {
        ctx.error(
            "baseUrl",
            "config.base-url",
            "'baseUrl' must be an absolute http(s) URL with a host: " + wrong.get(),
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
        builder.language(Language.of(lang));
      }
    }
    readHtml(ctx, builder);
    readDsfr(ctx, builder);
    readStatic(ctx, builder);
    readLinkCheck(ctx, builder);
    FrameConfigReader.read(ctx, builder);
    SectionsReader.read(ctx.source(), ctx.tree(), ctx.problems(), builder);
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

  /** Reads {@code html: {policy, iframeHosts}}: what the renderer does with raw HTML. */
  private static void readHtml(Ctx ctx, SiteConfig.Builder builder) {
    if (!ctx.tree.has("html")) {
      return;
    }
    Optional<FrontMatter> html = ctx.tree.getMap("html");
    if (html.isEmpty()) {
      ctx.error(
          "html",
          "config.type",
          "'html' must be a map",
          "write 'html: {policy: sanitize, iframeHosts: [tube.numerique.gouv.fr]}'");
      return;
    }
    FrontMatter h = html.get();
    for (String key : h.asMap().keySet()) {
      if (!HTML_KEYS.contains(key)) {
        ctx.warn(
            "html." + key,
            "config.unknown-key",
            "unknown html key '" + key + "' is ignored",
            "the html keys are: policy, iframeHosts");
      }
    }
    if (h.has("policy")) {
      String policy = h.getString("policy").orElse("").strip().toLowerCase(Locale.ROOT);
      if (HTML_POLICIES.contains(policy)) {
        builder.htmlPolicy(policy);
      } else {
        ctx.error(
            "html.policy",
            "config.html-policy",
            "'html.policy' must be sanitize, escape or pass, not '"
                + h.getString("policy").orElse(String.valueOf(h.get("policy").orElse("")))
                + "'",
            "write 'policy: sanitize' (raw HTML filtered, the default), 'escape' (shown as text)"
                + " or 'pass' (kept as written: only for trusted authors)");
      }
    }
    if (h.has("iframeHosts")) {
      Object hosts = h.get("iframeHosts").orElse(null);
      if (!(hosts instanceof List<?> list)) {
        ctx.error(
            "html.iframeHosts",
            "config.type",
            "'html.iframeHosts' must be a list of host names",
            "write 'iframeHosts: [tube.numerique.gouv.fr, speakerdeck.com]'");
        return;
      }
      List<String> good = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Object item = list.get(i);
        String host = item == null ? "" : String.valueOf(item).strip();
        if (item instanceof Map || item instanceof List || !isHostName(host)) {
          String at = "html.iframeHosts." + i;
          ctx.error(
              ctx.tree.positionOf(at).isPresent() ? at : "html.iframeHosts",
              "config.iframe-host",
              "'" + host + "' in 'html.iframeHosts' is not a host name",
              "write the host alone, without scheme, path or port, such as"
                  + " tube.numerique.gouv.fr");
        } else {
          good.add(host.toLowerCase(Locale.ROOT));
        }
      }
      builder.iframeHosts(good);
    }
  }

  /** A DNS host name: dot-separated labels of letters, digits and hyphens. */
  private static boolean isHostName(String host) {
    if (host.isEmpty() || host.length() > 253 || host.startsWith(".") || host.endsWith(".")) {
      return false;
    }
    for (String label : host.split("\\.", -1)) {
      if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
        return false;
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        boolean ok =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok) {
          return false;
        }
      }
    }
    return true;
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
    Optional<Language> lang = language(r.getString("lang"));
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

  /**
   * Reads {@code dsfr: {dist: folder}} (relative to the configuration file's folder) or {@code
   * dsfr: {url: https://…}}.
   */
  private static void readDsfr(Ctx ctx, SiteConfig.Builder builder) {
    if (!ctx.tree.has("dsfr")) {
      return;
    }
    Optional<FrontMatter> dsfr = ctx.tree.getMap("dsfr");
    String shape =
        "write 'dsfr: {dist: node_modules/@gouvfr/dsfr/dist}' or 'dsfr: {url: https://…}'";
    if (dsfr.isEmpty()) {
      ctx.error("dsfr", "config.type", "'dsfr' must be a map with 'dist' or 'url'", shape);
      return;
    }
    FrontMatter d = dsfr.get();
    for (String key : d.asMap().keySet()) {
      if (!key.equals("dist") && !key.equals("url")) {
        ctx.warn(
            "dsfr." + key,
            "config.unknown-key",
            "unknown key 'dsfr." + key + "' is ignored",
            "the dsfr keys are: dist, url");
      }
    }
    boolean hasDist = d.has("dist");
    boolean hasUrl = d.has("url");
    if (hasDist && hasUrl) {
      ctx.error(
          "dsfr",
          "config.dsfr",
          "'dsfr' gives both 'dist' and 'url'",
          "keep 'dist' to copy the DSFR into the site, or 'url' to link it from elsewhere");
      return;
    }
    if (!hasDist && !hasUrl) {
      ctx.error("dsfr", "config.dsfr", "'dsfr' gives neither 'dist' nor 'url'", shape);
      return;
    }
    if (hasUrl) {
      Optional<String> url = d.getString("url").map(String::strip);
      if (url.isEmpty()
          || !(url.get().startsWith("https://")
              || url.get().startsWith("http://")
              || (url.get().startsWith("/") && !url.get().startsWith("//")))) {
        ctx.error(
            "dsfr.url",
            "config.dsfr",
            "'dsfr.url' must be an http(s) URL or a site-relative path",
            "write 'url: https://cdn.example/@gouvfr/dsfr/dist' (the folder holding dsfr.min.css)");
      } else {
        builder.dsfrUrl(url.get());
      }
      return;
    }
    Optional<String> dist = d.getString("dist").map(String::strip);
    Path folder = null;
    if (dist.isPresent() && !dist.get().isEmpty()) {
      try {
        folder = Path.of(dist.get());
        if (!folder.isAbsolute()) {
          Path parent = Path.of(ctx.source).toAbsolutePath().getParent();
          folder = parent == null ? folder.toAbsolutePath() : parent.resolve(folder);
        }
        folder = folder.normalize();
      } catch (InvalidPathException e) {
        folder = null;
      }
    }
    if (folder == null) {
      ctx.error(
          "dsfr.dist",
          "config.dsfr",
          "'dsfr.dist' must be a folder path",
          "write 'dist: node_modules/@gouvfr/dsfr/dist', relative to the configuration file");
    } else {
      builder.dsfrDist(folder);
    }
  }

  /** Reads {@code static: [{from: folder, to: /path/}]}; an item may also be the folder alone. */
  private static void readStatic(Ctx ctx, SiteConfig.Builder builder) {
    if (!ctx.tree.has("static")) {
      return;
    }
    String shape =
        "write 'static: [{from: ../public, to: /}]' (from: relative to the content folder)";
    if (!(ctx.tree.get("static").orElse(null) instanceof List<?> list)) {
      ctx.error("static", "config.type", "'static' must be a list of folders", shape);
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      String at = "static." + i;
      String where = ctx.tree.positionOf(at).isPresent() ? at : "static";
      Object item = list.get(i);
      String from;
      String to = "/";
      String fromKey = where;
      String toKey = where;
      if (item instanceof String text) {
        from = text.strip();
      } else if (item instanceof Map<?, ?> map) {
        FrontMatter entry = ctx.tree.getMap(at).orElse(FrontMatter.empty());
        for (Object key : map.keySet()) {
          if (!"from".equals(key) && !"to".equals(key)) {
            ctx.warn(
                at + "." + key,
                "config.unknown-key",
                "unknown key '" + key + "' of a static folder is ignored",
                "the static folder keys are: from, to");
          }
        }
        Object f = map.get("from");
        from = f instanceof String text ? text.strip() : "";
        if (entry.positionOf("from").isPresent()) {
          fromKey = at + ".from";
        }
        if (map.containsKey("to")) {
          Object t = map.get("to");
          to = t instanceof String text ? text.strip() : String.valueOf(t);
          toKey = at + ".to";
        }
      } else {
        ctx.error(where, "config.type", "static folder " + (i + 1) + " must be a map", shape);
        continue;
      }
      Path folder = null;
      if (!from.isEmpty()) {
        try {
          folder = Path.of(from);
        } catch (InvalidPathException e) {
          folder = null;
        }
      }
      if (folder == null) {
        ctx.error(
            fromKey,
            "config.static",
            "static folder " + (i + 1) + " has no 'from' folder path",
            shape);
        continue;
      }
      Optional<String> wrongTo = StaticFolder.toProblem(to);
      if (wrongTo.isPresent()) {
        ctx.error(
            toKey,
            "config.static",
            "'to: " + to + "' of static folder " + (i + 1) + " " + wrongTo.get(),
            "write the URL path its files are served under, such as 'to: /' or 'to: /files/'");
        continue;
      }
      SourcePosition p = ctx.tree.positionOf(where).orElse(SourcePosition.UNKNOWN);
      builder.staticFolder(new StaticFolder(folder, to, ctx.source, p));
    }
  }

  /** Reads {@code linkCheck: {ignore: [globs]}}: site paths that other applications serve. */
  private static void readLinkCheck(Ctx ctx, SiteConfig.Builder builder) {
    if (!ctx.tree.has("linkCheck")) {
      return;
    }
    String shape = "write 'linkCheck: {ignore: [\"/sill/**\", \"/sources/**\"]}'";
    Optional<FrontMatter> check = ctx.tree.getMap("linkCheck");
    if (check.isEmpty()) {
      ctx.error("linkCheck", "config.type", "'linkCheck' must be a map", shape);
      return;
    }
    for (String key : check.get().asMap().keySet()) {
      if (!key.equals("ignore")) {
        ctx.warn(
            "linkCheck." + key,
            "config.unknown-key",
            "unknown key 'linkCheck." + key + "' is ignored",
            "the linkCheck keys are: ignore");
      }
    }
    if (!check.get().has("ignore")) {
      return;
    }
    if (!(check.get().get("ignore").orElse(null) instanceof List<?> list)) {
      ctx.error(
          "linkCheck.ignore", "config.type", "'linkCheck.ignore' must be a list of globs", shape);
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      String at = "linkCheck.ignore." + i;
      String where = ctx.tree.positionOf(at).isPresent() ? at : "linkCheck.ignore";
      Object item = list.get(i);
      String glob = item instanceof String text ? text.strip() : null;
      Optional<String> wrong =
          glob == null ? Optional.of("must be a text glob") : PathGlob.problem(glob);
      if (wrong.isPresent()) {
        ctx.error(
            where,
            "config.link-check",
            "'"
                + (glob == null ? String.valueOf(item) : glob)
                + "' in 'linkCheck.ignore' "
                + wrong.get(),
            "write site paths of the domain served elsewhere, such as \"/sill/**\" (** crosses"
                + " folders, * stays within one)");
      } else {
        builder.linkCheckIgnore(glob);
      }
    }
  }

  /** The language of a tag, empty when there is no tag or it names no language. */
  private static Optional<Language> language(Optional<String> tag) {
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
    return locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(Language.of(locale));
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

  /** The text being read and where its problems go; shared with the readers of sections. */
  record Ctx(String source, FrontMatter tree, List<Problem> problems) {
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

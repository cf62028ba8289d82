package io.github.billet.core;

import io.github.billet.core.internal.PathGlob;
import io.github.billet.core.internal.SiteConfigReader;
import io.github.billet.core.internal.UrlPattern;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A site's configuration: its title per language, base URL, languages, per-folder rules, and what
 * the renderer does with raw HTML in posts. Immutable and thread-safe.
 *
 * <p>Rules apply in order; for each file, every matching rule contributes, later ones winning: the
 * last language and URL patterns given, tags added up, default front matter merged.
 *
 * <pre>{@code
 * SiteConfig config = SiteConfig.read(Path.of("site.yaml"));
 * // or in code:
 * SiteConfig config = SiteConfig.builder()
 *     .baseUrl("https://example.gouv.fr")
 *     .rule(new FolderRule("fr", Optional.of(Locale.FRENCH), List.of(), List.of(),
 *         FrontMatter.empty(), Optional.empty()))
 *     .build();
 * }</pre>
 *
 * <p>The YAML form:
 *
 * <pre>
 * title: {fr: "Le blog", en: "The blog"}
 * baseUrl: https://example.gouv.fr
 * languages: [fr, en]
 * html:
 *   policy: sanitize                 # the default; or escape, or pass (trusted authors only)
 *   iframeHosts: [tube.numerique.gouv.fr, speakerdeck.com]
 * dsfr: {dist: node_modules/@gouvfr/dsfr/dist}   # or {url: https://cdn.example/dsfr/dist}
 * static:                          # copied as they are; 'from' is relative to the content folder
 *   - {from: ../public, to: /}
 * linkCheck:
 *   ignore: ["/sill/**", "/sources/**"]   # served by other applications: never reported
 * rules:
 *   - match: "fr/**"
 *     lang: fr
 *   - match: "*&#47;blog/posts/**"
 *     tags: [posts]
 *     url: "/{lang}/blog/{slug}/"      # or a list, tried in order
 *     defaults: {image: {path: /img/default.png, alt: ""}}
 *     requireDate: true
 * </pre>
 *
 * <p>Longer than most classes because it is a public value with its builder, each option
 * documented; reading the YAML form is {@code internal.SiteConfigReader}'s work.
 */
public final class SiteConfig {

  private final Map<String, String> title;
  private final String baseUrl;
  private final List<Language> languages;
  private final List<FolderRule> rules;
  private final List<PathMatcher> matchers;
  private final List<Problem> problems;
  private final Optional<String> htmlPolicy;
  private final List<String> iframeHosts;
  private final Path dsfrDist;
  private final String dsfrUrl;
  private final List<StaticFolder> staticFolders;
  private final List<PathGlob> linkCheckIgnore;
  private final FrameConfig frame;
  private final List<Section> sections;
  // The defaults by the set of rules that match (and, when none of them gives a language, the
  // first folder): every post of a folder gets the same, merged once.
  private final ConcurrentMap<Matched, FolderDefaults> combined = new ConcurrentHashMap<>();
  private static final int MAX_COMBINED = 1024;

  private SiteConfig(Builder b) {
    // In the order given (Map.copyOf's order changes from one run to the next).
    this.title = Collections.unmodifiableMap(new LinkedHashMap<>(b.title));
    this.baseUrl = b.baseUrl;
    this.languages = List.copyOf(b.languages);
    this.rules = List.copyOf(b.rules);
    this.problems = List.copyOf(b.problems);
    this.htmlPolicy = Optional.ofNullable(b.htmlPolicy);
    this.iframeHosts = List.copyOf(b.iframeHosts);
    this.dsfrDist = b.dsfrDist;
    this.dsfrUrl = b.dsfrUrl;
    this.staticFolders = List.copyOf(b.staticFolders);
    this.linkCheckIgnore = List.copyOf(b.linkCheckIgnore);
    this.frame = b.frame;
    this.sections = List.copyOf(b.sections);
    List<PathMatcher> m = new ArrayList<>();
    for (FolderRule rule : rules) {
      m.add(FileSystems.getDefault().getPathMatcher("glob:" + rule.glob()));
    }
    this.matchers = List.copyOf(m);
  }

  /**
   * Starts an empty configuration.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the configuration of a site without rules.
   *
   * @return an empty configuration
   */
  public static SiteConfig empty() {
    return builder().build();
  }

  /**
   * Reads a YAML configuration file.
   *
   * @param file the file
   * @return the configuration; warnings in {@link #problems()}
   * @throws SiteConfigException with every error found
   */
  public static SiteConfig read(Path file) throws SiteConfigException {
    String text;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new SiteConfigException(
            List.of(
                Problem.error(
                    file.toString(),
                    0,
                    0,
                    "config.binary",
                    "the site configuration is larger than "
                        + MAX_FILE_BYTES / (1024 * 1024)
                        + " MB: it is not a site configuration",
                    "give the YAML site configuration (such as site.yaml)")));
      }
      byte[] bytes = Files.readAllBytes(file);
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
      } catch (CharacterCodingException e) {
        throw new SiteConfigException(List.of(notText(file, bytes)));
      }
    } catch (IOException e) {
      throw new SiteConfigException(
          List.of(
              Problem.error(
                  file.toString(),
                  0,
                  0,
                  "config.unreadable",
                  "the site configuration cannot be read: " + e.getMessage(),
                  "check the path given for the configuration file")));
    }
    return parse(file.toString(), text);
  }

  /** The largest configuration file read; a site configuration is a few kilobytes. */
  private static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

  /**
   * Tells what is wrong with a base URL: it must be an absolute {@code http} or {@code https} URL
   * with a host, and no query or fragment.
   *
   * <pre>{@code
   * SiteConfig.baseUrlProblem("https://");          // "it has no host name"
   * SiteConfig.baseUrlProblem("https://code.gouv.fr"); // empty
   * }</pre>
   *
   * @param url the base URL
   * @return the reason it is refused, empty when it is good
   */
  public static Optional<String> baseUrlProblem(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    int rest = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
    if (rest > 0 && (url.length() == rest || "/?#".indexOf(url.charAt(rest)) >= 0)) {
      return Optional.of("it has no host name, as in https://example.gouv.fr");
    }
    java.net.URI uri;
    try {
      uri = new java.net.URI(url);
    } catch (java.net.URISyntaxException e) {
      return Optional.of(
          "it is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
    }
    String scheme = uri.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.isOpaque()) {
      return Optional.of("it is not an absolute http(s) URL such as https://example.gouv.fr");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return Optional.of("it has no host name, as in https://example.gouv.fr");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return Optional.of("it has a query or a fragment ('?' or '#'), which a base URL cannot have");
    }
    return Optional.empty();
  }

  /** A configuration file that is not UTF-8 text, located at its first bad byte. */
  private static Problem notText(Path file, byte[] bytes) {
    int line = 1;
    int lineStart = 0;
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    // The first byte where the text stops being UTF-8: decode growing prefixes line by line.
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
        } catch (CharacterCodingException e) {
          break;
        }
        line++;
        lineStart = i + 1;
      }
    }
    return Problem.error(
        file.toString(),
        line,
        0,
        "config.binary",
        "the site configuration is not UTF-8 text (line "
            + line
            + " holds bytes that are not UTF-8): it looks like a binary file, not YAML",
        "give the YAML site configuration (such as site.yaml), saved as UTF-8");
  }

  /**
   * Reads a YAML configuration from text.
   *
   * @param sourceName the name used in problems
   * @param yaml the text
   * @return the configuration; warnings in {@link #problems()}
   * @throws SiteConfigException with every error found
   */
  public static SiteConfig parse(String sourceName, String yaml) throws SiteConfigException {
    return SiteConfigReader.read(sourceName, yaml, builder());
  }

  /**
   * Returns a copy with another base URL, for example from a command-line option.
   *
   * @param url such as {@code https://code.gouv.fr}; a trailing slash is dropped
   * @return the copy
   */
  public SiteConfig withBaseUrl(String url) {
    Builder b = builder().baseUrl(url);
    b.title.putAll(title);
    b.languages.addAll(languages);
    b.rules.addAll(rules);
    b.problems.addAll(problems);
    b.htmlPolicy = htmlPolicy.orElse(null);
    b.iframeHosts.addAll(iframeHosts);
    b.dsfrDist = dsfrDist;
    b.dsfrUrl = dsfrUrl;
    b.staticFolders.addAll(staticFolders);
    b.linkCheckIgnore.addAll(linkCheckIgnore);
    b.frame = frame;
    b.sections.addAll(sections);
    return b.build();
  }

  /**
   * Returns the site's frame: service name, tagline, quick links, footer, favicon, theme colour.
   *
   * @return the frame, {@link FrameConfig#defaults()} unless set
   */
  public FrameConfig frame() {
    return frame;
  }

  /**
   * Returns the DSFR's local {@code dist} folder, whose files the build copies into the site.
   *
   * @return the folder (resolved against the configuration file's folder), empty when not set
   */
  public Optional<Path> dsfrDist() {
    return Optional.ofNullable(dsfrDist);
  }

  /**
   * Returns the base URL the DSFR's {@code dist} files are served from, when they are not copied.
   *
   * @return such as {@code https://cdn.example/dsfr/dist}, without a trailing slash; empty when not
   *     set
   */
  public Optional<String> dsfrUrl() {
    return Optional.ofNullable(dsfrUrl);
  }

  /**
   * Returns the folders copied as they are into the site ({@code static:}), in the order given.
   *
   * @return the static folders; empty when none is configured
   */
  public List<StaticFolder> staticFolders() {
    return staticFolders;
  }

  /**
   * Returns the globs of the site paths served by other applications ({@code linkCheck.ignore}).
   *
   * @return the globs as written, such as {@code /sill/**}
   */
  public List<String> linkCheckIgnore() {
    List<String> globs = new ArrayList<>();
    for (PathGlob glob : linkCheckIgnore) {
      globs.add(glob.toString());
    }
    return List.copyOf(globs);
  }

  /**
   * Tells whether links to a site path are left out of the link check, because another application
   * of the same domain serves it ({@code linkCheck.ignore}).
   *
   * <pre>{@code
   * config.ignoresLink("/sill/detail"); // true with ignore: ["/sill/**"]
   * }</pre>
   *
   * @param sitePath a path starting with {@code /}, such as {@code /sill/}
   * @return true when one of the globs matches it
   */
  public boolean ignoresLink(String sitePath) {
    for (PathGlob glob : linkCheckIgnore) {
      if (glob.matches(sitePath)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the site title in a language.
   *
   * @param language the language
   * @return the title, empty when none is configured for it
   */
  public Optional<String> title(Language language) {
    return Optional.ofNullable(title.get(language.code()));
  }

  /**
   * Returns the titles by language code, in the order they were given.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> titles() {
    return title;
  }

  /**
   * Returns the base URL, such as {@code https://code.gouv.fr}, without a trailing slash.
   *
   * @return the base URL, empty when not configured
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Returns the site's languages, the first being the default one.
   *
   * @return the languages
   */
  public List<Language> languages() {
    return languages;
  }

  /**
   * Returns the site's sections in order (see {@link Section}); a post belongs to the first that
   * holds it.
   *
   * @return the sections; empty when the configuration declares none (the site build then lists its
   *     one blog)
   */
  public List<Section> sections() {
    return sections;
  }

  /**
   * Returns the rules in order.
   *
   * @return the rules
   */
  public List<FolderRule> rules() {
    return rules;
  }

  /**
   * Returns the raw HTML policy the configuration chooses ({@code html.policy}), for the renderer.
   *
   * @return {@code sanitize}, {@code escape} or {@code pass}; empty when not configured (the
   *     renderer then sanitizes)
   */
  public Optional<String> htmlPolicy() {
    return htmlPolicy;
  }

  /**
   * Returns the hosts that posts may frame content from ({@code html.iframeHosts}): iframes in a
   * body and {@code video} or {@code slides} sources, when raw HTML is sanitized or escaped.
   *
   * @return lower-case host names, in the order given; empty when none is configured
   */
  public List<String> iframeHosts() {
    return iframeHosts;
  }

  /**
   * Returns the warnings found while reading the configuration.
   *
   * @return the warnings
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the defaults a file gets from the rules that match it. Its language is the last
   * matching rule's, else its first folder's when that is a language code ({@code fr/...}), else
   * the site's only language when it has one.
   *
   * @param relativePath the file's path relative to the content root, with {@code /}
   * @return the combined defaults
   */
  public FolderDefaults defaultsFor(String relativePath) {
    Path path = Path.of(relativePath);
    if (rules.size() > Long.SIZE) {
      return combine(path, relativePath, 0);
    }
    long mask = 0;
    boolean languageGiven = false;
    for (int i = 0; i < rules.size(); i++) {
      if (matchers.get(i).matches(path)) {
        mask |= 1L << i;
        languageGiven |= rules.get(i).language().isPresent();
      }
    }
    Matched key = new Matched(mask, languageGiven ? "" : firstFolder(relativePath));
    FolderDefaults known = combined.get(key);
    if (known != null) {
      return known;
    }
    FolderDefaults made = combine(path, relativePath, mask);
    if (combined.size() < MAX_COMBINED) {
      combined.putIfAbsent(key, made);
    }
    return made;
  }

  /** The rules that match a file, and its first folder when none of them gives a language. */
  private static final class Matched {
    private final long rules;
    private final String firstFolder;

    Matched(long rules, String firstFolder) {
      this.rules = rules;
      this.firstFolder = firstFolder;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Matched other
          && other.rules == rules
          && other.firstFolder.equals(firstFolder);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(rules) * 31 + firstFolder.hashCode();
    }
  }

  private static String firstFolder(String relativePath) {
    int slash = relativePath.indexOf('/');
    return slash <= 0 ? "" : relativePath.substring(0, slash);
  }

  /**
   * Merges the defaults of the rules that match: those whose bit {@code mask} sets, or with more
   * rules than a mask has bits, those whose pattern matches {@code path}.
   */
  private FolderDefaults combine(Path path, String relativePath, long mask) {
    boolean masked = rules.size() <= Long.SIZE;
    Optional<Language> language = Optional.empty();
    LinkedHashSet<String> tags = new LinkedHashSet<>();
    List<String> urls = FolderDefaults.none().urlPatterns();
    Map<String, Object> defaults = new LinkedHashMap<>();
    boolean requireDate = true;
    for (int i = 0; i < rules.size(); i++) {
      if (masked ? (mask & (1L << i)) == 0 : !matchers.get(i).matches(path)) {
        continue;
      }
      FolderRule rule = rules.get(i);
      if (rule.language().isPresent()) {
        language = rule.language();
      }
      tags.addAll(rule.tags());
      if (!rule.urlPatterns().isEmpty()) {
        urls = rule.urlPatterns();
      }
      if (!rule.defaults().asMap().isEmpty()) {
        defaults = SiteConfigReader.deepMerge(defaults, rule.defaults().asMap());
      }
      if (rule.requireDate().isPresent()) {
        requireDate = rule.requireDate().get();
      }
    }
    if (language.isEmpty()) {
      language = languageOfFirstFolder(relativePath);
    }
    if (language.isEmpty() && languages.size() == 1) {
      // A single-language site: every post is in it, whatever its folder.
      language = Optional.of(languages.get(0));
    }
    return new FolderDefaults(
        language, List.copyOf(tags), urls, FrontMatter.of(defaults), requireDate);
  }

  private static final java.util.Set<String> ISO_LANGUAGES =
      java.util.Set.of(Locale.getISOLanguages());

  /** The reference convention: {@code content/fr/...} is French when no rule says otherwise. */
  private static Optional<Language> languageOfFirstFolder(String relativePath) {
    String first = firstFolder(relativePath);
    return ISO_LANGUAGES.contains(first) ? Optional.of(Language.of(first)) : Optional.empty();
  }

  /**
   * Builds a {@link SiteConfig}. Not thread-safe; the configuration it builds is.
   *
   * <pre>{@code
   * SiteConfig config = SiteConfig.builder().baseUrl("https://example.gouv.fr").build();
   * }</pre>
   */
  public static final class Builder {
    private final Map<String, String> title = new LinkedHashMap<>();
    private String baseUrl = "";
    private final List<Language> languages = new ArrayList<>();
    private final List<FolderRule> rules = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private String htmlPolicy;
    private final List<String> iframeHosts = new ArrayList<>();
    private Path dsfrDist;
    private String dsfrUrl;
    private final List<StaticFolder> staticFolders = new ArrayList<>();
    private final List<PathGlob> linkCheckIgnore = new ArrayList<>();
    private FrameConfig frame = FrameConfig.defaults();
    private final List<Section> sections = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the site's frame (header, footer, favicon, theme colour).
     *
     * @param frame the frame
     * @return this builder
     */
    public Builder frame(FrameConfig frame) {
      this.frame = Objects.requireNonNull(frame, "frame");
      return this;
    }

    /**
     * Adds a section after the others.
     *
     * @param section the section
     * @return this builder
     * @throws IllegalArgumentException when its id is taken or its pages would take the URLs of
     *     another section's pages (see {@link Section#overlap})
     */
    public Builder section(Section section) {
      Objects.requireNonNull(section, "section");
      for (Section other : sections) {
        if (other.id().equals(section.id())) {
          throw new IllegalArgumentException(
              "two sections are named '" + section.id() + "'; give each its own 'id'");
        }
        Optional<String> clash = Section.overlap(other, section);
        if (clash.isPresent()) {
          throw new IllegalArgumentException(clash.get());
        }
      }
      sections.add(section);
      return this;
    }

    /**
     * Adds a folder copied as it is into the site, after the others.
     *
     * @param folder the folder and its URL path
     * @return this builder
     */
    public Builder staticFolder(StaticFolder folder) {
      staticFolders.add(Objects.requireNonNull(folder, "folder"));
      return this;
    }

    /**
     * Leaves the links to site paths matching a glob out of the link check: paths of the domain
     * that other applications serve.
     *
     * @param glob such as {@code /sill/**} ({@code *} within a segment, {@code **} across)
     * @return this builder
     * @throws IllegalArgumentException when the glob does not start with {@code /} or has a
     *     fragment
     */
    public Builder linkCheckIgnore(String glob) {
      linkCheckIgnore.add(PathGlob.of(Objects.requireNonNull(glob, "glob").strip()));
      return this;
    }

    /**
     * Takes the DSFR from a local {@code dist} folder, copied into the site; replaces a DSFR URL.
     *
     * @param folder such as {@code node_modules/@gouvfr/dsfr/dist}
     * @return this builder
     */
    public Builder dsfrDist(Path folder) {
      this.dsfrDist = Objects.requireNonNull(folder, "folder");
      this.dsfrUrl = null;
      return this;
    }

    /**
     * Links the DSFR from a base URL instead of copying it; replaces a DSFR folder.
     *
     * @param url the URL of the {@code dist} folder; a trailing slash is dropped
     * @return this builder
     */
    public Builder dsfrUrl(String url) {
      String u = Objects.requireNonNull(url, "url").strip();
      while (u.endsWith("/")) {
        u = u.substring(0, u.length() - 1);
      }
      this.dsfrUrl = u;
      this.dsfrDist = null;
      return this;
    }

    /**
     * Sets the site title in a language.
     *
     * @param language the language
     * @param text the title
     * @return this builder
     */
    public Builder title(Language language, String text) {
      title.put(language.code(), Objects.requireNonNull(text));
      return this;
    }

    /**
     * Sets the base URL; a trailing slash is dropped.
     *
     * @param url such as {@code https://code.gouv.fr}
     * @return this builder
     */
    public Builder baseUrl(String url) {
      String u = Objects.requireNonNull(url).strip();
      while (u.endsWith("/")) {
        u = u.substring(0, u.length() - 1);
      }
      this.baseUrl = u;
      return this;
    }

    /**
     * Adds a language; the first added is the default one.
     *
     * @param language the language
     * @return this builder
     */
    public Builder language(Language language) {
      Language l = Language.of(language.code());
      if (!languages.contains(l)) {
        languages.add(l);
      }
      return this;
    }

    /**
     * Adds a rule after the others.
     *
     * @param rule the rule
     * @return this builder
     * @throws IllegalArgumentException when a URL pattern or the glob is malformed
     */
    public Builder rule(FolderRule rule) {
      for (String pattern : rule.urlPatterns()) {
        Optional<String> wrong = UrlPattern.check(pattern);
        if (wrong.isPresent()) {
          throw new IllegalArgumentException("URL pattern '" + pattern + "': " + wrong.get());
        }
      }
      FileSystems.getDefault().getPathMatcher("glob:" + rule.glob());
      rules.add(rule);
      return this;
    }

    /**
     * Sets the raw HTML policy by name.
     *
     * @param policy {@code sanitize}, {@code escape} or {@code pass}, in any case
     * @return this builder
     * @throws IllegalArgumentException for another name
     */
    public Builder htmlPolicy(String policy) {
      String p = Objects.requireNonNull(policy, "policy").strip().toLowerCase(Locale.ROOT);
      if (!p.equals("sanitize") && !p.equals("escape") && !p.equals("pass")) {
        throw new IllegalArgumentException(
            "'" + policy + "' is not an HTML policy: write sanitize, escape or pass");
      }
      this.htmlPolicy = p;
      return this;
    }

    /**
     * Sets the hosts that posts may frame content from, replacing those set before.
     *
     * @param hosts host names such as {@code tube.numerique.gouv.fr}
     * @return this builder
     */
    public Builder iframeHosts(List<String> hosts) {
      iframeHosts.clear();
      for (String host : hosts) {
        iframeHosts.add(host.strip().toLowerCase(Locale.ROOT));
      }
      return this;
    }

    /**
     * Records a warning found while reading the configuration.
     *
     * @param problem the warning
     * @return this builder
     */
    public Builder problem(Problem problem) {
      problems.add(problem);
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return an immutable configuration
     */
    public SiteConfig build() {
      return new SiteConfig(this);
    }
  }
}

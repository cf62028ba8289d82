package io.github.billet.core.internal;

import io.github.billet.core.CoverImage;
import io.github.billet.core.FolderDefaults;
import io.github.billet.core.FrontMatter;
import io.github.billet.core.Language;
import io.github.billet.core.MarkdownBody;
import io.github.billet.core.Permalink;
import io.github.billet.core.Post;
import io.github.billet.core.PostParseException;
import io.github.billet.core.Problem;
import io.github.billet.core.SourcePosition;
import io.github.billet.core.internal.shared.SharedDocument;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Turns the text of one source file into a {@link Post}: splits the front matter, types it, merges
 * the folder defaults, parses the Markdown body and computes slug and URL. Thread-safe.
 */
public final class PostReader {

  private static final DateTimeFormatter STRICT_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final Parser markdown;
  private final Function<String, Node> plain;
  private final Function<String, Node> spanned;
  private final YamlTreeReader yaml;
  private final BiFunction<Map<String, Object>, Map<String, SourcePosition>, FrontMatter> adopt;
  private final Set<String> internalTags;
  private final MarkdownLimits limits;

  /**
   * Creates a reader.
   *
   * @param markdown the commonmark parser for bodies, keeping no source spans
   * @param spanned the same parser keeping the source spans of inline nodes too, for {@link
   *     MarkdownBody#positionOf}
   * @param yaml the front matter reader
   * @param adopt makes the front matter of a tree {@code yaml} read, without copying it: the
   *     reader's trees are unmodifiable all the way down and held by nobody else (the core package
   *     passes its package-private wrapping; {@code FrontMatter::of} copies)
   * @param internalTags the collection tags kept apart from visible tags
   * @param limits the nesting and table-size limits of bodies
   */
  public PostReader(
      Parser markdown,
      Parser spanned,
      YamlTreeReader yaml,
      BiFunction<Map<String, Object>, Map<String, SourcePosition>, FrontMatter> adopt,
      Set<String> internalTags,
      MarkdownLimits limits) {
    this.markdown = markdown;
    this.plain = markdown::parse;
    this.spanned = spanned::parse;
    this.yaml = yaml;
    this.adopt = adopt;
    this.internalTags = Set.copyOf(internalTags);
    this.limits = limits;
  }

  /**
   * Parses a body's Markdown as {@link #read} does.
   *
   * @param body the body text
   * @return the document
   */
  public Node parseBody(String body) {
    return markdown.parse(body);
  }

  /**
   * Returns {@link #parseBody} as a function, for bodies that let their document go and parse it
   * again when needed.
   *
   * @return the function, the same each time
   */
  public Function<String, Node> bodyParser() {
    return plain;
  }

  /**
   * Returns the body parser keeping the source spans of every node.
   *
   * @return the same function each time
   */
  public Function<String, Node> spannedBodyParser() {
    return spanned;
  }

  /**
   * Reads a post.
   *
   * @param source the source name: the path relative to the content root, with {@code /}
   * @param file the file, when read from one
   * @param rawText the decoded text
   * @param defaults the folder defaults
   * @return the post
   * @throws PostParseException when the text cannot become a post
   */
  public Post read(String source, Optional<Path> file, String rawText, FolderDefaults defaults)
      throws PostParseException {
    return read(source, file, rawText, defaults, null);
  }

  /**
   * Reads a post of a content tree, whose git history is read once for all its posts.
   *
   * @param source the source name: the path relative to the content root, with {@code /}
   * @param file the file, when read from one
   * @param rawText the decoded text
   * @param defaults the folder defaults
   * @param git the history of the content tree, for the {@code git} date keywords; null to read the
   *     history of the file's folder if a post asks for it
   * @return the post
   * @throws PostParseException when the text cannot become a post
   */
  public Post read(
      String source, Optional<Path> file, String rawText, FolderDefaults defaults, GitHistory git)
      throws PostParseException {
    String text;
    try {
      text = SourceText.normalize(rawText, source);
    } catch (ProblemException e) {
      throw new PostParseException(e.problem());
    }
    List<Problem> problems = new ArrayList<>();
    FrontMatterSplit split = split(text, source);
    FrontMatter own = FrontMatter.empty();
    if (split.hasFrontMatter()) {
      try {
        YamlTreeReader.Result tree = yaml.read(split.yaml(), source, split.yamlLine());
        own = adopt.apply(tree.root(), tree.positions());
        problems.addAll(tree.problems());
      } catch (ProblemException e) {
        throw new PostParseException(withTabHint(e.problem(), split.yaml(), split.yamlLine()));
      }
    }
    FrontMatter fm = merge(defaults.frontMatter(), own);
    Supplier<GitHistory> history =
        git != null
            ? () -> git
            : () -> GitHistory.of(file.map(f -> f.toAbsolutePath().getParent()).orElseThrow());
    Typing typing = new Typing(source, fm, problems, file, history);

    Node document = markdown.parse(split.body());
    MarkdownBody body = new MarkdownBody(split.body(), split.bodyLine(), document, spanned);
    Problem overLimit = limits.check(body, source);
    if (overLimit != null) {
      throw new PostParseException(overLimit);
    }

    String slug = slugOf(source);
    Permalink permalink = typing.permalink();
    Optional<Language> language = typing.language();
    if (language.isEmpty()) {
      language = defaults.language();
    }
    String title = typing.string("title").orElse("").strip();
    if (!split.hasFrontMatter()) {
      Optional<HeadingTitle> heading = firstHeading(body);
      if (heading.isPresent()) {
        title = heading.get().text();
        problems.add(
            Problem.warning(
                source,
                1,
                1,
                "front-matter.missing",
                "the file has no front matter; its title comes from the heading on line "
                    + heading.get().line(),
                "start the file with a front matter block: '---', 'title: \"...\"', 'date:"
                    + " YYYY-MM-DD', '---'"));
      }
    } else if (title.isEmpty()
        && !(fm.get("title").orElse(null) instanceof List)
        && !(fm.get("title").orElse(null) instanceof Map)) {
      // No title, or a blank one (a title of the wrong type is reported as such instead).
      Optional<HeadingTitle> heading = firstHeading(body);
      if (heading.isPresent()) {
        title = heading.get().text();
        SourcePosition at = fm.positionOf("title").orElse(new SourcePosition(1, 1));
        problems.add(
            Problem.warning(
                source,
                at.line(),
                at.column(),
                "title.from-heading",
                "the front matter has no title; the title comes from the heading on line "
                    + heading.get().line(),
                "add 'title: \"...\"' to the front matter"));
      }
    }
    Optional<String> url = Optional.empty();
    if (permalink.isPublished()) {
      String candidate = urlOf(permalink, defaults, fm, language, slug, source, problems);
      Optional<String> wrong = UrlPattern.checkUrl(candidate);
      if (wrong.isPresent()) {
        SourcePosition at = fm.positionOf("permalink").orElse(SourcePosition.UNKNOWN);
        problems.add(
            Problem.error(
                source,
                at.line(),
                at.column(),
                "url.invalid",
                "the URL '"
                    + candidate
                    + "' cannot be published: "
                    + wrong.get()
                    + "; the post gets no page",
                "give a 'permalink' made of plain path segments, such as /fr/blog/my-post/, or"
                    + " rename the file"));
      } else {
        url = Optional.of(candidate);
      }
      if (title.isEmpty()) {
        SourcePosition at = fm.positionOf("title").orElse(new SourcePosition(1, 1));
        problems.add(
            Problem.error(
                source,
                at.line(),
                at.column(),
                "title.missing",
                "the post has no title",
                "add 'title: \"...\"' to the front matter, or 'permalink: false' if the file"
                    + " is not a page"));
      }
    }
    Optional<LocalDate> date = typing.date();
    if (date.isEmpty()
        && !fm.has("date")
        && split.hasFrontMatter()
        && permalink.isPublished()
        && defaults.requireDate()) {
      problems.add(
          Problem.warning(
              source,
              1,
              1,
              "date.missing",
              "the post has no date, so it cannot be placed in listings and feeds",
              "add 'date: YYYY-MM-DD' to the front matter"));
    }
    List<String> visible = new ArrayList<>();
    List<String> collections = new ArrayList<>();
    LinkedHashSet<String> allTags = new LinkedHashSet<>(typing.tags());
    allTags.addAll(defaults.tags());
    for (String tag : allTags) {
      (internalTags.contains(tag) ? collections : visible).add(tag);
    }
    return Post.builder()
        .source(source)
        .file(file)
        .slug(slug)
        .language(language)
        .url(url)
        .title(title)
        .description(stripped(typing.string("description")))
        .date(date)
        .image(typing.image())
        .tags(visible)
        .collections(collections)
        .draft(typing.bool("draft", false))
        .permalink(permalink)
        .frontMatter(fm)
        .body(body)
        .problems(problems)
        .build();
  }

  /** The text stripped, empty when absent or blank. */
  private static Optional<String> stripped(Optional<String> text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String s = text.get().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  // ---------------------------------------------------------------- front matter split

  /**
   * Returns the body text of a file's text exactly as {@link #read} keeps it.
   *
   * @param rawText the whole file text
   * @param source the source name, for problems
   * @return the body text
   * @throws PostParseException when the text cannot be split
   */
  public static String bodyOf(String rawText, String source) throws PostParseException {
    try {
      return split(SourceText.normalize(rawText, source), source).body();
    } catch (ProblemException e) {
      throw new PostParseException(e.problem());
    }
  }

  /** The front matter and body of a file. */
  record FrontMatterSplit(
      boolean hasFrontMatter, String yaml, int yamlLine, String body, int bodyLine) {}

  static FrontMatterSplit split(String text, String source) throws PostParseException {
    int firstEnd = lineEnd(text, 0);
    if (!isFence(text, 0, firstEnd, false)) {
      return new FrontMatterSplit(false, "", 0, text, 1);
    }
    int line = 2;
    int pos = firstEnd < text.length() ? firstEnd + 1 : text.length();
    int yamlStart = pos;
    while (pos < text.length()) {
      int end = lineEnd(text, pos);
      if (isFence(text, pos, end, true)) {
        String yamlText = text.substring(yamlStart, pos);
        int bodyStart = end < text.length() ? end + 1 : text.length();
        return new FrontMatterSplit(true, yamlText, 2, text.substring(bodyStart), line + 1);
      }
      line++;
      pos = end + 1;
    }
    throw new PostParseException(
        Problem.error(
            source,
            1,
            1,
            "front-matter.unclosed",
            "the front matter opened on line 1 is never closed",
            "add a line with '---' after the last front matter key"));
  }

  private static int lineEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl;
  }

  /** A line made of {@code ---} (or {@code ...} to close) and optional trailing blanks. */
  private static boolean isFence(String text, int start, int end, boolean closing) {
    if (end - start < 3) {
      return false;
    }
    char c = text.charAt(start);
    if (!(c == '-' || (closing && c == '.'))) {
      return false;
    }
    if (text.charAt(start + 1) != c || text.charAt(start + 2) != c) {
      return false;
    }
    for (int i = start + 3; i < end; i++) {
      char t = text.charAt(i);
      if (t != ' ' && t != '\t') {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- defaults

  /** Deep merge: maps merge key by key, anything else from {@code own} wins. */
  static FrontMatter merge(FrontMatter defaults, FrontMatter own) {
    if (defaults.asMap().isEmpty()) {
      return own;
    }
    if (own.asMap().isEmpty()) {
      return FrontMatter.of(defaults.asMap(), own.positions());
    }
    return FrontMatter.of(DeepMerge.merge(defaults.asMap(), own.asMap()), own.positions());
  }

  // ---------------------------------------------------------------- slug and URL

  /**
   * Returns the slug of a source path: the file name without extension, the folder name for {@code
   * index.md}, a leading {@code YYYY-MM-DD-} dropped.
   *
   * @param source a path with {@code /} separators
   * @return the slug
   */
  public static String slugOf(String source) {
    String path = source.replace('\\', '/');
    // The last segment, trailing '/' ignored; "" for a name made only of separators.
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    int start = path.lastIndexOf('/', end - 1) + 1;
    String name = path.substring(start, end);
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    if (base.equals("index") && start > 0) {
      int parentEnd = start - 1;
      base = path.substring(path.lastIndexOf('/', parentEnd - 1) + 1, parentEnd);
    }
    return dropDatePrefix(base);
  }

  static String dropDatePrefix(String name) {
    if (name.length() > 11
        && name.charAt(4) == '-'
        && name.charAt(7) == '-'
        && name.charAt(10) == '-') {
      for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!Character.isDigit(name.charAt(i))) {
          return name;
        }
      }
      return name.substring(11);
    }
    return name;
  }

  /**
   * Returns the folder of a post relative to the content root, without the post's own folder
   * ({@code fr/blog/posts/x/index.md} → {@code fr/blog/posts}).
   *
   * @param source a path with {@code /} separators
   * @return the folder, empty at the root
   */
  public static String dirOf(String source) {
    String s = source.replace('\\', '/');
    int slash = s.lastIndexOf('/');
    if (slash < 0) {
      return "";
    }
    String dir = s.substring(0, slash);
    String name = s.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    int parentSlash = dir.lastIndexOf('/');
    String folder = dir.substring(parentSlash + 1);
    if (base.equals("index") || base.equals(folder)) {
      return parentSlash < 0 ? "" : dir.substring(0, parentSlash);
    }
    return dir;
  }

  private static String urlOf(
      Permalink permalink,
      FolderDefaults defaults,
      FrontMatter fm,
      Optional<Language> language,
      String slug,
      String source,
      List<Problem> problems) {
    Optional<String> explicit = permalink.path();
    if (explicit.isPresent()) {
      // A protocol-relative '//host/' is kept to be refused; inner runs of '/' are collapsed (an
      // expanded pattern comes out collapsed already).
      String path = explicit.get();
      return path.startsWith("//") ? path : UrlPattern.collapseSlashes(path);
    }
    String dir = dirOf(source);
    for (String pattern : defaults.urlPatterns()) {
      Optional<String> url = UrlPattern.expand(pattern, fm, language, slug, dir);
      if (url.isPresent()) {
        return url.get();
      }
    }
    String fallback = UrlPattern.expand("/{dir}/{slug}/", fm, language, slug, dir).orElseThrow();
    if (!defaults.urlPatterns().isEmpty()) {
      problems.add(
          Problem.warning(
              source,
              0,
              0,
              "url.unresolved",
              "no URL pattern of the folder rules applies ("
                  + String.join(", ", defaults.urlPatterns())
                  + "); the URL is "
                  + fallback,
              "give the folder a language, or add 'permalink: /path/' to the front matter"));
    }
    return fallback;
  }

  // ---------------------------------------------------------------- YAML tabs

  /**
   * A front matter error whose YAML indents a line with a tab, with a hint that says so: the
   * parser's own message rarely names the tab.
   */
  private static Problem withTabHint(Problem problem, String yaml, int yamlLine) {
    String[] lines = yaml.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int j = 0;
      while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
        j++;
      }
      if (line.substring(0, j).indexOf('\t') >= 0 && j < line.length()) {
        return new Problem(
            problem.severity(),
            problem.file(),
            problem.line(),
            problem.column(),
            problem.code(),
            problem.message(),
            "line "
                + (yamlLine + i)
                + " is indented with a tab: tabs are not allowed for indentation in YAML; use"
                + " spaces");
      }
    }
    return problem;
  }

  // ---------------------------------------------------------------- title from heading

  private record HeadingTitle(String text, int line) {}

  private static Optional<HeadingTitle> firstHeading(MarkdownBody body) {
    for (Node n = SharedDocument.of(body).getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h) {
        StringBuilder text = new StringBuilder();
        appendText(h, text);
        String t = text.toString().strip();
        if (!t.isEmpty()) {
          return Optional.of(new HeadingTitle(t, body.positionOf(h).line()));
        }
      }
    }
    return Optional.empty();
  }

  private static void appendText(Node node, StringBuilder out) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Text t) {
        out.append(t.getLiteral());
      } else if (c instanceof Code code) {
        out.append(code.getLiteral());
      } else {
        appendText(c, out);
      }
    }
  }

  // ---------------------------------------------------------------- typing

  /** Typed reads of the front matter, each wrong type a problem. */
  private static final class Typing {
    private final String source;
    private final FrontMatter fm;
    private final List<Problem> problems;
    private final Optional<Path> file;
    private final Supplier<GitHistory> git;

    Typing(
        String source,
        FrontMatter fm,
        List<Problem> problems,
        Optional<Path> file,
        Supplier<GitHistory> git) {
      this.source = source;
      this.fm = fm;
      this.problems = problems;
      this.file = file;
      this.git = git;
    }

    private SourcePosition at(String key) {
      return fm.positionOf(key).orElse(new SourcePosition(1, 1));
    }

    private void wrongType(String key, Object value, String expected, String hint) {
      SourcePosition p = at(key);
      problems.add(
          Problem.error(
              source,
              p.line(),
              p.column(),
              "field.type",
              "'" + key + "' must be " + expected + ", found " + kind(value),
              hint));
    }

    private static String kind(Object value) {
      if (value instanceof List) {
        return "a list";
      }
      if (value instanceof Map) {
        return "a map";
      }
      if (value instanceof Boolean) {
        return "a boolean";
      }
      if (value instanceof Number) {
        return "a number";
      }
      return "text";
    }

    Optional<String> string(String key) {
      Object value = fm.get(key).orElse(null);
      if (value == null) {
        return Optional.empty();
      }
      if (value instanceof List || value instanceof Map) {
        wrongType(key, value, "text", "write it on one line: '" + key + ": \"...\"'");
        return Optional.empty();
      }
      return Optional.of(String.valueOf(value));
    }

    boolean bool(String key, boolean defaultValue) {
      Object value = fm.get(key).orElse(null);
      if (value == null) {
        return defaultValue;
      }
      if (value instanceof Boolean b) {
        return b;
      }
      if (value instanceof String s
          && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
        return s.equalsIgnoreCase("true");
      }
      wrongType(key, value, "true or false", "write '" + key + ": true' or '" + key + ": false'");
      return defaultValue;
    }

    Optional<Language> language() {
      Optional<String> lang = stripped(string("lang"));
      if (lang.isEmpty()) {
        return Optional.empty();
      }
      Locale locale = Locale.forLanguageTag(lang.get().replace('_', '-'));
      if (locale.getLanguage().isEmpty()) {
        SourcePosition p = at("lang");
        problems.add(
            Problem.error(
                source,
                p.line(),
                p.column(),
                "lang.invalid",
                "'" + lang.get() + "' is not a language tag",
                "write a tag such as 'lang: fr' or 'lang: en'"));
        return Optional.empty();
      }
      return Optional.of(Language.of(locale));
    }

    Permalink permalink() {
      Object value = fm.get("permalink").orElse(null);
      if (value == null || Boolean.TRUE.equals(value)) {
        return Permalink.fromRules();
      }
      if (Boolean.FALSE.equals(value)) {
        return Permalink.notPublished();
      }
      if (value instanceof String s && !s.isBlank()) {
        if (s.strip().equalsIgnoreCase("false")) {
          return Permalink.notPublished();
        }
        return Permalink.of(s.strip());
      }
      wrongType(
          "permalink",
          value,
          "a path or false",
          "write 'permalink: /path/' or 'permalink: false' (not published)");
      return Permalink.fromRules();
    }

    Optional<LocalDate> date() {
      Object value = fm.get("date").orElse(null);
      if (value == null) {
        return Optional.empty();
      }
      if (!(value instanceof String s)) {
        wrongType("date", value, "a date", "write 'date: YYYY-MM-DD'");
        return Optional.empty();
      }
      if (DateKeywords.isKeyword(s)) {
        return DateKeywords.resolve(s, source, file, git, at("date"), problems);
      }
      Optional<LocalDate> date = parseDate(s.strip());
      if (date.isEmpty()) {
        SourcePosition p = at("date");
        problems.add(
            Problem.error(
                source,
                p.line(),
                p.column(),
                "date.invalid",
                "'" + s.strip() + "' is not a calendar date",
                "write the date as YYYY-MM-DD, such as 2024-03-26, or as an ISO date-time with an"
                    + " offset, such as 2024-03-26T10:00:00+01:00"));
      }
      return date;
    }

    Optional<CoverImage> image() {
      Object value = fm.get("image").orElse(null);
      if (value == null) {
        return Optional.empty();
      }
      if (value instanceof String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(new CoverImage(s.strip(), "", false));
      }
      if (!(value instanceof Map)) {
        wrongType(
            "image",
            value,
            "a map with path, alt and hide",
            "write 'image:' then "
                + "'  path: ./cover.png' and '  alt: \"...\"' on the next lines");
        return Optional.empty();
      }
      Optional<String> path = stripped(string("image.path"));
      if (path.isEmpty()) {
        SourcePosition p = at("image");
        problems.add(
            Problem.error(
                source,
                p.line(),
                p.column(),
                "image.path-missing",
                "'image' has no 'path'",
                "add '  path: ./cover.png' under 'image:'"));
        return Optional.empty();
      }
      String alt = string("image.alt").orElse("").strip();
      return Optional.of(new CoverImage(path.get(), alt, bool("image.hide", false)));
    }

    List<String> tags() {
      Object value = fm.get("tags").orElse(null);
      if (value == null) {
        return List.of();
      }
      if (value instanceof Map) {
        wrongType("tags", value, "a list of texts", "write 'tags: [one, two]'");
        return List.of();
      }
      List<?> items = value instanceof List<?> l ? l : List.of(value);
      LinkedHashSet<String> tags = new LinkedHashSet<>();
      for (int i = 0; i < items.size(); i++) {
        Object item = items.get(i);
        if (item == null) {
          continue;
        }
        if (item instanceof List || item instanceof Map) {
          wrongType("tags." + i, item, "text", "write each tag as text");
          continue;
        }
        String tag = String.valueOf(item).strip();
        if (!tag.isEmpty()) {
          tags.add(tag);
        }
      }
      return List.copyOf(tags);
    }
  }

  /**
   * Parses a front matter date: {@code YYYY-MM-DD}, or an ISO date-time (with {@code T} or a
   * space), with or without an offset; date-times are converted to UTC, as the reference site.
   *
   * @param s the text
   * @return the UTC calendar date, empty when it is not a date
   */
  public static Optional<LocalDate> parseDate(String s) {
    try {
      if (s.length() == 10) {
        LocalDate plain;
        try {
          plain = plainDate(s);
        } catch (java.time.DateTimeException e) {
          return Optional.empty();
        }
        return plain != null ? Optional.of(plain) : Optional.of(LocalDate.parse(s, STRICT_DATE));
      }
      String iso =
          s.length() > 10 && s.charAt(10) == ' '
              ? s.substring(0, 10) + 'T' + s.substring(11).strip()
              : s;
      if (iso.endsWith("z")) {
        iso = iso.substring(0, iso.length() - 1) + 'Z';
      }
      try {
        return Optional.of(
            OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
      } catch (DateTimeParseException e) {
        // not an offset date-time, try a local one (taken as UTC)
      }
      LocalDateTime local = LocalDateTime.parse(iso);
      LocalDate strictCheck = LocalDate.parse(iso.substring(0, 10), STRICT_DATE);
      return Optional.of(
          strictCheck.equals(local.toLocalDate()) ? strictCheck : local.toLocalDate());
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads {@code YYYY-MM-DD} made of ASCII digits without the formatter; null when the text has
   * another shape, and a {@link java.time.DateTimeException} when it is no calendar date.
   */
  private static LocalDate plainDate(String s) {
    if (s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int[] digits = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i : digits) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    int year =
        (s.charAt(0) - '0') * 1000
            + (s.charAt(1) - '0') * 100
            + (s.charAt(2) - '0') * 10
            + (s.charAt(3) - '0');
    int month = (s.charAt(5) - '0') * 10 + (s.charAt(6) - '0');
    int day = (s.charAt(8) - '0') * 10 + (s.charAt(9) - '0');
    return LocalDate.of(year, month, day);
  }
}

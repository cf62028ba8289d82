package io.github.billet.core.internal;

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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
    FrontMatterTyping typing = new FrontMatterTyping(source, fm, problems, file, history);

    Node document = markdown.parse(split.body());
    MarkdownBody body = new MarkdownBody(split.body(), split.bodyLine(), document, spanned);
    Problem overLimit = limits.check(body, source);
    if (overLimit != null) {
      throw new PostParseException(overLimit);
    }

    String slug = PostUrls.slugOf(source);
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
      String candidate = PostUrls.urlOf(permalink, defaults, fm, language, slug, source, problems);
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
        .description(FrontMatterTyping.stripped(typing.string("description")))
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
}

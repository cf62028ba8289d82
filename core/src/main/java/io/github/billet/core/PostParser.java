package io.github.billet.core;

import io.github.billet.core.internal.GitHistory;
import io.github.billet.core.internal.MarkdownLimits;
import io.github.billet.core.internal.PostReader;
import io.github.billet.core.internal.ProblemException;
import io.github.billet.core.internal.SourceText;
import io.github.billet.core.internal.YamlTreeReader;
import io.github.billet.core.markdown.BilletMarkdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads posts: Markdown files with YAML front matter. Immutable and thread-safe: build one and
 * share it.
 *
 * <p>Bad input never escapes as an unexpected exception. A file that cannot become a post at all
 * throws {@link PostParseException} carrying its {@link Problem}; anything less serious is a
 * problem in {@link Post#problems()}.
 *
 * <pre>{@code
 * PostParser parser = PostParser.builder()
 *     .maxFileSize(2 * 1024 * 1024)
 *     .build();
 * Post post = parser.parse(Path.of("content/fr/blog/posts/hello/index.md"));
 * Post other = parser.parse("memo.md", "---\ntitle: Memo\ndate: 2024-03-26\n---\nHello\n");
 * }</pre>
 */
public final class PostParser {

  /** The collection tags kept apart from visible tags by default. */
  public static final Set<String> DEFAULT_INTERNAL_TAGS =
      Set.of("posts", "post", "all", "nav", "bluehats_posts", "events");

  private final long maxFileSize;
  private final PostReader reader;
  private final Builder settings;

  private PostParser(Builder b) {
    this.settings = b.copy();
    this.maxFileSize = b.maxFileSize;
    // One extension of each class: one the caller adds replaces a built-in one of its class (the
    // dialect's extension knowing paired shortcode names replaces the one that knows none).
    Map<Class<?>, Extension> byClass = new LinkedHashMap<>();
    for (Extension e :
        b.billetSyntax
            ? BilletMarkdown.extensions()
            : List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                AutolinkExtension.create())) {
      byClass.put(e.getClass(), e);
    }
    for (Extension e : b.extensions) {
      byClass.put(e.getClass(), e);
    }
    List<Extension> extensions = new ArrayList<>(byClass.values());
    // Bodies keep no source spans: those of every inline node cost a tenth of the parse, those
    // of blocks two percent more, and they are needed only to report a problem at a node;
    // MarkdownBody.positionOf then parses that one body again with them.
    Parser markdown =
        Parser.builder().extensions(extensions).includeSourceSpans(IncludeSourceSpans.NONE).build();
    Parser spanned =
        Parser.builder()
            .extensions(extensions)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    int maxChars = (int) Math.min(Integer.MAX_VALUE, b.maxFileSize);
    this.reader =
        new PostReader(
            markdown,
            spanned,
            new YamlTreeReader(b.maxYamlAliases, b.maxYamlNodes, b.maxYamlDepth, maxChars),
            // The reader's tree is unmodifiable all the way down and held by nobody else, so it is
            // taken as it is rather than copied as FrontMatter.of copies a caller's map; the
            // positions go into a compact map, as a post keeps them as long as it lives.
            (tree, positions) -> FrontMatter.wrap(tree, Map.copyOf(positions)),
            b.internalTags,
            new MarkdownLimits(b.maxNesting, b.maxTableCells));
  }

  /**
   * Starts a builder with the defaults: 10 MiB files, 50 YAML aliases, 10,000 YAML values, 32
   * levels of YAML nesting, 100 levels of Markdown nesting, 50,000 cells a table, the {@linkplain
   * #DEFAULT_INTERNAL_TAGS default internal tags}, and the whole Markdown dialect ({@link
   * BilletMarkdown#extensions()}: GFM tables, strikethrough, autolinks, footnotes, attribute
   * blocks, containers, accordions, shortcodes, template code).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this parser's settings, to derive another parser.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return settings.copy();
  }

  /**
   * Tells whether this parser reads Billet's own Markdown syntax (the default), or only CommonMark
   * with GFM tables, strikethrough, autolinks and the extensions added ({@link
   * Builder#billetSyntax(boolean) billetSyntax(false)}). A site build keeps a parser's choice.
   *
   * @return true when the dialect is on
   */
  public boolean billetSyntax() {
    return settings.billetSyntax;
  }

  /**
   * Returns the collection tags this parser keeps apart from visible tags.
   *
   * @return the tags
   */
  public Set<String> internalTags() {
    return settings.internalTags;
  }

  /**
   * Reads a post from a file; its source name is the path as given.
   *
   * @param file the file
   * @return the post
   * @throws PostParseException when the file cannot become a post
   */
  public Post parse(Path file) throws PostParseException {
    return parse(file, file.toString().replace('\\', '/'), FolderDefaults.none());
  }

  /**
   * Reads a post from a file with a source name and folder defaults; the slug and the {@code {dir}}
   * URL variable come from the source name.
   *
   * @param file the file
   * @param sourceName the name used in problems, a path relative to the content root
   * @param defaults the folder defaults
   * @return the post
   * @throws PostParseException when the file cannot become a post
   */
  public Post parse(Path file, String sourceName, FolderDefaults defaults)
      throws PostParseException {
    return parse(file, sourceName, defaults, null);
  }

  /**
   * Reads a post of a content tree, whose git history ({@code date: git Created}) is read once for
   * the whole tree.
   *
   * @param git the tree's history; null to read the file's folder's when asked
   */
  Post parse(Path file, String sourceName, FolderDefaults defaults, GitHistory git)
      throws PostParseException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(defaults, "defaults");
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxFileSize) {
        throw new PostParseException(tooLarge(sourceName, size));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new PostParseException(
          Problem.error(
              sourceName, 0, 0, "file.unreadable", "the file does not exist", "check the path"));
    } catch (IOException | SecurityException e) {
      throw new PostParseException(
          Problem.error(
              sourceName,
              0,
              0,
              "file.unreadable",
              "the file cannot be read: " + e,
              "check that it is a readable regular file"));
    } catch (OutOfMemoryError e) {
      throw new PostParseException(tooLarge(sourceName, -1));
    }
    return parseBytes(sourceName, Optional.of(file), bytes, defaults, git);
  }

  /**
   * Reads a post from the bytes of a file (UTF-8, checked strictly), for content that does not come
   * from the file system (an archive, the class path, a network store).
   *
   * @param sourceName the name used in problems, a path relative to the content root
   * @param content the file's bytes
   * @param defaults the folder defaults
   * @return the post
   * @throws PostParseException when the bytes cannot become a post
   */
  public Post parse(String sourceName, byte[] content, FolderDefaults defaults)
      throws PostParseException {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(defaults, "defaults");
    return parseBytes(sourceName, Optional.empty(), content, defaults, null);
  }

  private Post parseBytes(
      String sourceName, Optional<Path> file, byte[] bytes, FolderDefaults defaults, GitHistory git)
      throws PostParseException {
    if (bytes.length > maxFileSize) {
      throw new PostParseException(tooLarge(sourceName, bytes.length));
    }
    String text;
    try {
      text = SourceText.decode(bytes, sourceName);
    } catch (ProblemException e) {
      throw new PostParseException(e.problem());
    }
    return reader.read(sourceName, file, text, defaults, git);
  }

  /**
   * Reads a post from text.
   *
   * @param sourceName the name used in problems; the slug comes from it
   * @param text the whole file text, front matter included
   * @return the post
   * @throws PostParseException when the text cannot become a post
   */
  public Post parse(String sourceName, String text) throws PostParseException {
    return parse(sourceName, text, FolderDefaults.none());
  }

  /**
   * Reads a post from text with folder defaults.
   *
   * @param sourceName the name used in problems, a path relative to the content root
   * @param text the whole file text, front matter included
   * @param defaults the folder defaults
   * @return the post
   * @throws PostParseException when the text cannot become a post
   */
  public Post parse(String sourceName, String text, FolderDefaults defaults)
      throws PostParseException {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(defaults, "defaults");
    if (text.length() > maxFileSize) {
      throw new PostParseException(tooLarge(sourceName, text.length()));
    }
    return reader.read(sourceName, Optional.empty(), text, defaults);
  }

  /**
   * Reads a file's body text again, as {@link #parse(Path, String, FolderDefaults)} kept it.
   *
   * @throws java.io.UncheckedIOException when the file can no longer be read or split
   */
  String bodyText(Path file, String sourceName) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return PostReader.bodyOf(SourceText.decode(bytes, sourceName), sourceName);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (ProblemException e) {
      throw new java.io.UncheckedIOException(new IOException(e.problem().toString()));
    } catch (PostParseException e) {
      throw new java.io.UncheckedIOException(new IOException(e.getMessage()));
    }
  }

  /** Parses a body's Markdown as {@link #parse} does (same extensions, no source spans). */
  org.commonmark.node.Node parseMarkdown(String body) {
    return reader.parseBody(body);
  }

  /** {@link #parseMarkdown} as a function, the same each time. */
  java.util.function.Function<String, org.commonmark.node.Node> markdownParser() {
    return reader.bodyParser();
  }

  /** The same parser keeping the source spans of every node, as a function. */
  java.util.function.Function<String, org.commonmark.node.Node> bodyParserWithSpans() {
    return reader.spannedBodyParser();
  }

  private Problem tooLarge(String sourceName, long size) {
    return Problem.error(
        sourceName,
        0,
        0,
        "file.too-large",
        (size < 0 ? "the file" : "the file (" + size + " bytes)")
            + " is larger than the limit of "
            + maxFileSize
            + " bytes",
        "split the post, or raise the limit with PostParser.builder().maxFileSize(...)");
  }

  /**
   * Configures a {@link PostParser}. Not thread-safe; the parser it builds is.
   *
   * <pre>{@code
   * PostParser parser = PostParser.builder().maxYamlAliases(10).build();
   * }</pre>
   */
  public static final class Builder {
    private long maxFileSize = 10L * 1024 * 1024;
    private int maxYamlAliases = 50;
    private int maxYamlNodes = 10_000;
    private int maxYamlDepth = 32;
    private int maxNesting = 100;
    private int maxTableCells = 50_000;
    private Set<String> internalTags = DEFAULT_INTERNAL_TAGS;
    private final List<Extension> extensions = new ArrayList<>();
    private boolean billetSyntax = true;

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.maxFileSize = maxFileSize;
      b.maxYamlAliases = maxYamlAliases;
      b.maxYamlNodes = maxYamlNodes;
      b.maxYamlDepth = maxYamlDepth;
      b.maxNesting = maxNesting;
      b.maxTableCells = maxTableCells;
      b.internalTags = internalTags;
      b.extensions.addAll(extensions);
      b.billetSyntax = billetSyntax;
      return b;
    }

    /**
     * Sets the largest file read, in bytes (in characters for {@link #parse(String, String)}).
     *
     * @param bytes the limit, at least 1
     * @return this builder
     */
    public Builder maxFileSize(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxFileSize must be at least 1: " + bytes);
      }
      this.maxFileSize = bytes;
      return this;
    }

    /**
     * Sets the most YAML aliases ({@code *name}) one front matter may use.
     *
     * @param count the limit, at least 0
     * @return this builder
     */
    public Builder maxYamlAliases(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("maxYamlAliases must be at least 0: " + count);
      }
      this.maxYamlAliases = count;
      return this;
    }

    /**
     * Sets the most values one front matter may hold once aliases are expanded.
     *
     * @param count the limit, at least 1
     * @return this builder
     */
    public Builder maxYamlNodes(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("maxYamlNodes must be at least 1: " + count);
      }
      this.maxYamlNodes = count;
      return this;
    }

    /**
     * Sets the deepest nesting of lists and maps in a front matter.
     *
     * @param depth the limit, at least 1
     * @return this builder
     */
    public Builder maxYamlDepth(int depth) {
      if (depth < 1) {
        throw new IllegalArgumentException("maxYamlDepth must be at least 1: " + depth);
      }
      this.maxYamlDepth = depth;
      return this;
    }

    /**
     * Sets the deepest nesting of Markdown blocks and inlines (quotes in lists in emphasis…); a
     * deeper body is refused with {@code markdown.too-deep}, so that nothing recurses without bound
     * on hostile input.
     *
     * @param depth the limit, at least 8
     * @return this builder
     */
    public Builder maxNesting(int depth) {
      if (depth < 8) {
        throw new IllegalArgumentException("maxNesting must be at least 8: " + depth);
      }
      this.maxNesting = depth;
      return this;
    }

    /**
     * Sets the most cells one table may have; a larger table is refused with {@code
     * markdown.table-too-large}.
     *
     * @param cells the limit, at least 1
     * @return this builder
     */
    public Builder maxTableCells(int cells) {
      if (cells < 1) {
        throw new IllegalArgumentException("maxTableCells must be at least 1: " + cells);
      }
      this.maxTableCells = cells;
      return this;
    }

    /**
     * Sets the collection tags kept apart from visible tags.
     *
     * @param tags the tags
     * @return this builder
     */
    public Builder internalTags(Set<String> tags) {
      this.internalTags = Set.copyOf(new LinkedHashSet<>(tags));
      return this;
    }

    /**
     * Adds commonmark extensions to the body parser, after the dialect's; an extension replaces the
     * one of its class already present (pass {@code BilletMarkdown.extension(names)} to parse
     * paired shortcodes of these names).
     *
     * @param more the extensions
     * @return this builder
     */
    public Builder extensions(List<? extends Extension> more) {
      this.extensions.addAll(more);
      return this;
    }

    /**
     * Turns Billet's own Markdown syntax on (the default) or off. Off, bodies are parsed as
     * CommonMark with GFM tables, strikethrough and autolinks, plus the {@linkplain #extensions
     * extensions added}: containers, shortcodes, attribute blocks and footnotes stay text, and a
     * renderer that expects them reports it.
     *
     * <pre>{@code
     * PostParser gfmOnly = PostParser.builder().billetSyntax(false).build();
     * }</pre>
     *
     * @param enabled false for CommonMark and GFM only
     * @return this builder
     */
    public Builder billetSyntax(boolean enabled) {
      this.billetSyntax = enabled;
      return this;
    }

    /**
     * Builds the parser.
     *
     * @return an immutable, thread-safe parser
     */
    public PostParser build() {
      return new PostParser(this);
    }
  }
}

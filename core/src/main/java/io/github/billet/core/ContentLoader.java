package io.github.billet.core;

import io.github.billet.core.internal.GitHistory;
import io.github.billet.core.internal.shared.Parallel;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a whole content folder, such as the reference site's {@code content/}: every Markdown file
 * becomes a post with the defaults of the {@link SiteConfig} rules that match it. Immutable and
 * thread-safe.
 *
 * <p>Files are read in parallel on all cores; the result is in a deterministic order. One bad file
 * never stops the others: every problem is returned at once. Two published posts with one URL are
 * an error naming both files. Hidden files and folders (starting with {@code .}) are skipped;
 * symbolic links are followed, loops reported.
 *
 * <pre>{@code
 * ContentLoader loader = ContentLoader.builder()
 *     .config(SiteConfig.read(Path.of("site.yaml")))
 *     .build();
 * ContentTree tree = loader.load(Path.of("content"));
 * }</pre>
 */
public final class ContentLoader {

  private static final Logger LOG = LoggerFactory.getLogger(ContentLoader.class);

  private final PostParser parser;
  private final SiteConfig config;
  private final boolean parallel;
  private final Set<String> extensions;

  private ContentLoader(Builder b) {
    this.parser = b.parser == null ? PostParser.builder().build() : b.parser;
    this.config = b.config;
    this.parallel = b.parallel;
    this.extensions = Set.copyOf(b.extensions);
    this.keepDocuments = b.keepDocuments;
    this.documentMemory = b.documentMemory;
    this.textMemory = b.textMemory;
    this.onParsed = b.onParsed;
    this.cache = b.cache;
  }

  private final PostCache cache;

  private final boolean keepDocuments;
  private final double documentMemory;
  private final double textMemory;

  /** Null when there is none. */
  private final Consumer<Post> onParsed;

  /**
   * Starts a builder: default parser, empty configuration, parallel loading, {@code .md} and {@code
   * .markdown} files.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the configuration used.
   *
   * @return the configuration
   */
  public SiteConfig config() {
    return config;
  }

  /**
   * Loads a content folder.
   *
   * @param root the content folder
   * @return the posts, other files and problems
   */
  public ContentTree load(Path root) {
    Objects.requireNonNull(root, "root");
    long start = System.nanoTime();
    List<Problem> problems = new ArrayList<>(config.problems());
    List<String> markdown = new ArrayList<>();
    List<String> others = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      problems.add(
          Problem.error(
              root.toString(),
              0,
              0,
              "tree.not-a-folder",
              "the content folder does not exist or is not a folder",
              "give the path of the folder that holds the language folders (fr/, en/)"));
      return new ContentTree(root, List.of(), List.of(), problems);
    }
    Map<String, PostCache.Stamp> stamps = new java.util.HashMap<>();
    walk(root, markdown, others, problems, stamps);
    if (cache != null) {
      cache.retain(stamps.keySet());
    }
    Collections.sort(markdown);
    Collections.sort(others);
    // Documents let go (releaseDocuments) stay softly while they fit in their share of the
    // heap, estimated at 64 bytes a character of Markdown; later ones are dropped at once, so a
    // large tree in a small heap does not fill it with documents the collector must then clear.
    // Likewise the texts of bodies read from files stay while they fit in their share of the heap
    // (2 bytes a character); the others are dropped and read again from their file if needed.
    long heap = Runtime.getRuntime().maxMemory();
    AtomicLong budget = new AtomicLong((long) (heap * documentMemory));
    AtomicLong textBudget = new AtomicLong((long) (heap * textMemory));
    // One git log for the whole tree, run only if a post asks for a git date.
    GitHistory git = GitHistory.of(root);
    Function<String, Loaded> load =
        source -> {
          PostCache.Stamp stamp = stamps.get(source);
          Optional<PostCache.Entry> cached =
              cache == null || stamp == null ? Optional.empty() : cache.get(source, stamp);
          if (cached.isPresent()) {
            return new Loaded(cached.get().post(), cached.get().problems());
          }
          Loaded fresh = loadOne(root, source, budget, textBudget, git);
          if (cache != null && stamp != null) {
            cache.put(source, stamp, fresh.post(), fresh.problems());
          }
          return fresh;
        };
    List<Loaded> loaded =
        parallel ? Parallel.map(markdown, load) : markdown.stream().map(load).toList();
    List<Post> posts = new ArrayList<>(loaded.size());
    for (Loaded l : loaded) {
      problems.addAll(l.problems());
      if (l.post() != null) {
        posts.add(l.post());
      }
    }
    checkUrls(posts, problems);
    Collections.sort(problems);
    LOG.debug(
        "loaded {} posts from {} in {} ms",
        posts.size(),
        root,
        (System.nanoTime() - start) / 1_000_000);
    return new ContentTree(root, posts, others, problems);
  }

  private record Loaded(Post post, List<Problem> problems) {}

  private Loaded loadOne(
      Path root, String source, AtomicLong budget, AtomicLong textBudget, GitHistory git) {
    try {
      Path file = root.resolve(source);
      Post post = parser.parse(file, source, config.defaultsFor(source), git);
      if (onParsed != null) {
        onParsed.accept(post);
      }
      if (!keepDocuments) {
        int length = post.body().length();
        post.body().releaseTo(parser.markdownParser(), budget.addAndGet(-64L * length) >= 0);
        if (textMemory == 0 || textBudget.addAndGet(-2L * length) < 0) {
          post.body().releaseText(() -> parser.bodyText(file, source));
        }
      }
      return new Loaded(post, post.problems());
    } catch (PostParseException e) {
      return new Loaded(null, e.problems());
    } catch (RuntimeException | StackOverflowError e) {
      LOG.debug("unexpected failure reading {}", source, e);
      return new Loaded(
          null,
          List.of(
              Problem.error(
                  source,
                  0,
                  0,
                  "internal.failure",
                  "the file could not be read because of an internal failure: " + e,
                  "please report this file to the Billet developers")));
    }
  }

  private void walk(
      Path root,
      List<String> markdown,
      List<String> others,
      List<Problem> problems,
      Map<String, PostCache.Stamp> stamps) {
    // Posts, folders and files are published only when their real path stays inside the content
    // folder: a symbolic link leading elsewhere (to /etc, a home folder) is refused. Only links
    // need the check: the real path of anything else is its folder's, already checked.
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      realRoot = root.toAbsolutePath().normalize();
    }
    Path inside = realRoot;
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (!dir.equals(root) && !nameRoundTrips(root, relative(root, dir))) {
                problems.add(undecodableName(relative(root, dir)));
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (!dir.equals(root) && leavesRoot(dir, inside)) {
                problems.add(outsideRoot(relative(root, dir), "folder"));
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString();
              if (name.startsWith(".") || !attrs.isRegularFile()) {
                return FileVisitResult.CONTINUE;
              }
              String relative = relative(root, file);
              if (leavesRoot(file, inside)) {
                problems.add(outsideRoot(relative, "file"));
                return FileVisitResult.CONTINUE;
              }
              if (!nameRoundTrips(root, relative)) {
                problems.add(undecodableName(relative));
                return FileVisitResult.CONTINUE;
              }
              int dot = name.lastIndexOf('.');
              String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
              if (extensions.contains(ext)) {
                markdown.add(relative);
                stamps.put(relative, PostCache.Stamp.of(attrs));
              } else {
                others.add(relative);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              String relative = relative(root, file);
              if (e instanceof FileSystemLoopException) {
                problems.add(
                    Problem.error(
                        relative,
                        0,
                        0,
                        "tree.symlink-loop",
                        "this symbolic link points back to a folder that contains it; it is"
                            + " skipped",
                        "remove the link or point it outside the content folder"));
              } else {
                problems.add(
                    Problem.error(
                        relative,
                        0,
                        0,
                        "file.unreadable",
                        "cannot be read: " + e.getMessage(),
                        "check its permissions"));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(
          Problem.error(
              root.toString(),
              0,
              0,
              "tree.unreadable",
              "the content folder cannot be read: " + e.getMessage(),
              "check its permissions"));
    }
  }

  /** Whether a symbolic link's real path leaves the content folder's (whose real path is given). */
  private static boolean leavesRoot(Path path, Path realRoot) {
    if (!Files.isSymbolicLink(path)) {
      return false;
    }
    try {
      return !path.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return true;
    }
  }

  /**
   * Whether a file's name, as decoded with the system's file name encoding, names the file again:
   * not when the encoding cannot hold it (a name with accents under {@code LANG=C}), or the name is
   * not valid in it.
   */
  private static boolean nameRoundTrips(Path root, String relative) {
    try {
      root.resolve(relative);
      return relative.indexOf('\uFFFD') < 0;
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static Problem undecodableName(String relative) {
    return Problem.error(
        relative,
        0,
        0,
        "file.name-encoding",
        "this name cannot be read in the system's file name encoding ("
            + System.getProperty("sun.jnu.encoding", "unknown")
            + "); it is skipped rather than published under a damaged name",
        "run Billet with a UTF-8 locale (for example LC_ALL=C.UTF-8), or rename it in UTF-8");
  }

  private static Problem outsideRoot(String relative, String what) {
    return Problem.error(
        relative,
        0,
        0,
        "tree.outside-root",
        "this "
            + what
            + " is a symbolic link that leads outside the content folder; it is not read nor"
            + " published",
        "copy what it should publish into the content folder, or remove the link");
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static void checkUrls(List<Post> posts, List<Problem> problems) {
    Map<String, Post> byUrl = new LinkedHashMap<>();
    for (Post post : posts) {
      if (post.url().isEmpty()) {
        continue;
      }
      String url = post.url().get();
      Post first = byUrl.putIfAbsent(url, post);
      if (first != null) {
        SourcePosition at =
            post.frontMatter().positionOf("permalink").orElse(SourcePosition.UNKNOWN);
        problems.add(
            Problem.error(
                post.source(),
                at.line(),
                at.column(),
                "url.conflict",
                "URL "
                    + url
                    + " is claimed by both "
                    + first.source()
                    + " and "
                    + post.source()
                    + "; only the first gets the page",
                "give one of them another 'permalink' or 'slugOverride', or rename its file"));
      }
    }
  }

  /**
   * Configures a {@link ContentLoader}. Not thread-safe; the loader it builds is.
   *
   * <pre>{@code
   * ContentLoader loader = ContentLoader.builder().parallel(false).build();
   * }</pre>
   */
  public static final class Builder {
    private PostParser parser;
    private SiteConfig config = SiteConfig.empty();
    private boolean parallel = true;
    private List<String> extensions = List.of("md", "markdown");
    private boolean keepDocuments = true;
    private double documentMemory = 0.25;
    private double textMemory = 0.125;
    private Consumer<Post> onParsed; // null: none
    private PostCache cache;

    private Builder() {}

    /**
     * Sets the parser (by default {@code PostParser.builder().build()}).
     *
     * @param parser the parser
     * @return this builder
     */
    public Builder parser(PostParser parser) {
      this.parser = Objects.requireNonNull(parser);
      return this;
    }

    /**
     * Sets the site configuration whose rules give folder defaults.
     *
     * @param config the configuration
     * @return this builder
     */
    public Builder config(SiteConfig config) {
      this.config = Objects.requireNonNull(config);
      return this;
    }

    /**
     * Reads files on all cores (the default) or one at a time.
     *
     * @param parallel true for parallel
     * @return this builder
     */
    public Builder parallel(boolean parallel) {
      this.parallel = parallel;
      return this;
    }

    /**
     * Sets the file extensions read as posts, without the dot, lower case.
     *
     * @param extensions such as {@code md}
     * @return this builder
     */
    public Builder markdownExtensions(List<String> extensions) {
      this.extensions = List.copyOf(extensions);
      return this;
    }

    /**
     * Lets each post's document and text go once {@link #onParsed} has run: documents stay softly
     * while they fit in {@code documentMemory} (a share of the maximum heap) and are parsed again
     * when needed, texts while they fit in {@code textMemory} and are read again from their files.
     * For Billet's site build only, reached through {@code
     * io.github.billet.core.internal.shared.DocumentRelease}, so that these memory settings are not
     * on the public builder.
     */
    Builder releaseDocuments(double documentMemory, double textMemory) {
      if (!(documentMemory >= 0 && documentMemory <= 1)) {
        throw new IllegalArgumentException(
            "documentMemory must be between 0 and 1: " + documentMemory);
      }
      if (!(textMemory >= 0 && textMemory <= 1)) {
        throw new IllegalArgumentException("textMemory must be between 0 and 1: " + textMemory);
      }
      this.keepDocuments = false;
      this.documentMemory = documentMemory;
      this.textMemory = textMemory;
      return this;
    }

    /**
     * Keeps the posts parsed by each load in a cache and takes the unchanged ones from it in the
     * next load, which then parses only the files that changed.
     *
     * @param cache the cache of this content folder and configuration
     * @return this builder
     */
    public Builder cache(PostCache cache) {
      this.cache = Objects.requireNonNull(cache);
      return this;
    }

    /**
     * Runs an action on each post right after it is parsed, on the loading thread (several at once
     * when loading in parallel), while its document is in memory.
     *
     * @param action a thread-safe action; its exceptions fail the post like a parser failure
     * @return this builder
     */
    public Builder onParsed(Consumer<Post> action) {
      this.onParsed = Objects.requireNonNull(action);
      return this;
    }

    /**
     * Builds the loader.
     *
     * @return an immutable, thread-safe loader
     */
    public ContentLoader build() {
      return new ContentLoader(this);
    }
  }
}

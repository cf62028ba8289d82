package io.github.billet.examples;

import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.core.SiteConfigException;
import io.github.billet.render.body.HtmlPolicy;
import io.github.billet.render.site.BuildListener;
import io.github.billet.render.site.BuildReport;
import io.github.billet.render.site.BuildSession;
import io.github.billet.render.site.SiteBuild;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URISyntaxException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The command line around the whole-site build: it parses arguments, calls {@link SiteBuild} and
 * prints. Without arguments it builds the bundled bilingual sample site into {@code
 * examples/target/site}.
 *
 * <pre>
 * java -jar billet-examples.jar build &lt;content-dir&gt; &lt;out-dir&gt; [--config FILE] [--base-url URL] [--drafts] [--html-policy sanitize|escape|pass]
 * java -jar billet-examples.jar check &lt;content-dir&gt; [--config FILE] [--base-url URL]
 * java -jar billet-examples.jar serve &lt;content-dir&gt; [--config FILE] [--port N]
 * </pre>
 *
 * <p>Problems are printed one a line as {@code path:line:column: severity: code: message}, sorted,
 * then a one-line summary. Exit status: 0 without errors (warnings allowed), 1 with errors (the
 * build still writes every good page), 2 for a usage error.
 *
 * <p>Longer than most classes because it is the whole command line: four commands, their options
 * and their messages; the builds are the library's ({@link SiteBuild}, {@link BuildSession}) and
 * serving is {@link SiteServer}'s.
 */
public final class BilletCli {

  private static final String USAGE =
      """
      usage: java -jar billet-examples.jar                      build the bundled sample site
             java -jar billet-examples.jar build <content-dir> <out-dir> [options]
             java -jar billet-examples.jar check <content-dir> [options]
             java -jar billet-examples.jar watch <content-dir> <out-dir> [options]
             java -jar billet-examples.jar serve <content-dir> [options]
             java -jar billet-examples.jar --help

      options:
        --config FILE     the site configuration (YAML: languages, base URL, folder rules)
        --base-url URL    the site's absolute URL, such as https://code.gouv.fr
        --drafts          build posts marked draft: true too (build, watch and serve)
        --html-policy P   what raw HTML in posts becomes: sanitize (the default: scripts,
                          event handlers and iframes from hosts not in the configuration's
                          html.iframeHosts removed), escape (shown as text) or pass (kept as
                          written, scripts included: for trusted authors only); overrides the
                          configuration's html.policy
        --allow-empty     let a content folder without posts replace the site (without it,
                          that is an error and the previous site is kept)
        --timings         print how long each stage took (stderr), after the summary
        --port N          serve's port on 127.0.0.1 (default 8080; 0 takes any free port)

      watch builds the site, then rebuilds it (writing only what changed, switching the new site
      in at once) whenever a content file changes, also inside linked folders, until stopped.

      serve builds the site into a temporary folder and serves it on http://127.0.0.1:<port>/
      only; it rebuilds on change as watch does, and the pages open in a browser reload. Ctrl-C
      stops it and deletes the temporary folder.

      exit status: 0 no errors, 1 errors (every good page is still written), 2 usage error""";

  private BilletCli() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int status;
    try {
      status = run(args, System.out, System.err);
    } catch (OutOfMemoryError e) {
      // One line, no stack trace: what happened and what to do.
      System.err.println(
          "billet: out of memory (the Java heap holds at most "
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MB); give Java a larger heap, for example java -Xmx2g -jar … (or"
              + " BILLET_JAVA_OPTS=-Xmx2g with bin/billet)");
      status = 1;
    } catch (RuntimeException | StackOverflowError e) {
      System.err.println(
          "billet: stopped on an internal failure ("
              + e
              + "); please report it to the Billet developers");
      status = 1;
    }
    System.exit(status);
  }

  /** Parsed arguments. */
  private record Options(
      String command,
      Path content,
      Path output,
      Path config,
      String baseUrl,
      boolean drafts,
      boolean timings,
      HtmlPolicy policy,
      boolean allowEmpty,
      int port) {}

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param out where results go
   * @param err where usage errors and progress go
   * @return the exit status
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, () -> true, WATCH_INTERVAL_MILLIS);
  }

  /**
   * Runs the command line; {@code watch} looks for changes every {@code interval} milliseconds
   * while {@code watchMore} says so.
   */
  static int run(
      String[] args, PrintStream out, PrintStream err, BooleanSupplier watchMore, long interval) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println(USAGE);
      return 0;
    }
    Options options;
    try {
      options = args.length == 0 ? sample(out) : parse(args);
    } catch (IllegalArgumentException e) {
      err.println("billet: " + e.getMessage());
      err.println(USAGE);
      return 2;
    } catch (IOException e) {
      err.println("billet: cannot prepare the sample site: " + e.getMessage());
      return 1;
    }
    SiteConfig config;
    try {
      config = options.config() == null ? SiteConfig.empty() : SiteConfig.read(options.config());
    } catch (SiteConfigException e) {
      e.problems().forEach(p -> out.println(p));
      out.printf("the site configuration has %d problems; nothing built%n", e.problems().size());
      return 2;
    }
    StderrProgress progress = new StderrProgress(err);
    SiteBuild.Builder builder =
        SiteBuild.builder()
            .config(config)
            .includeDrafts(options.drafts())
            .allowEmptySite(options.allowEmpty())
            .listener(progress);
    if (options.baseUrl() != null) {
      builder.baseUrl(options.baseUrl());
    }
    if (options.policy() != null) {
      builder.policy(options.policy());
    }
    SiteBuild build = builder.build();
    if (options.command().equals("watch")) {
      return watch(build, options, out, watchMore, interval);
    }
    if (options.command().equals("serve")) {
      return serve(build, options, out, err, watchMore, interval);
    }
    BuildReport report =
        options.command().equals("check")
            ? build.check(options.content())
            : build.run(options.content(), options.output());
    for (Problem p : report.problems()) {
      out.println(display(p, options.content()));
    }
    out.println(summary(options.command(), report));
    if (args.length == 0) {
      out.println(
          "view it: "
              + jarCommand()
              + " serve "
              + options.content()
              + " --config "
              + options.config()
              + ", then open http://127.0.0.1:"
              + DEFAULT_PORT
              + "/");
    }
    shout(report, err);
    if (options.timings()) {
      err.println(progress.timings());
    }
    return report.hasErrors() ? 1 : 0;
  }

  /** The warning of a build that removes most of the site's pages. */
  private static final String PAGES_REMOVED = "build.pages-removed";

  /**
   * Repeats, after the summary, the warning of a build that removed most of the site's pages, in
   * capitals: it must not drown among the other problems.
   */
  private static void shout(BuildReport report, PrintStream to) {
    for (Problem p : report.problems()) {
      if (p.code().equals(PAGES_REMOVED)) {
        to.println("billet: WARNING: " + p.message() + " (" + p.hint() + ")");
      }
    }
  }

  /** How often {@code watch} looks for changes. */
  private static final long WATCH_INTERVAL_MILLIS = 300;

  /**
   * Builds the site, then rebuilds it each time a file of the content folder changes, while {@code
   * more} says so (always, from the command line: until the process is stopped).
   */
  private static int watch(
      SiteBuild build, Options options, PrintStream out, BooleanSupplier more, long interval) {
    try (BuildSession session = build.session(options.content(), options.output())) {
      firstBuild(session, options, out);
      out.println("watching " + options.content() + " for changes (stop with Ctrl-C)");
      rebuildOnChange(session, options, out, more, interval, () -> {});
      return 0;
    }
  }

  /** The port {@code serve} listens on without {@code --port}. */
  static final int DEFAULT_PORT = 8080;

  /**
   * Builds the site into a temporary folder and serves it on the loopback address, rebuilding it
   * and reloading the open pages on each change while {@code more} says so; on return, or when the
   * process is stopped (Ctrl-C), the server stops and the temporary folder is deleted.
   */
  private static int serve(
      SiteBuild build,
      Options options,
      PrintStream out,
      PrintStream err,
      BooleanSupplier more,
      long interval) {
    Path temp;
    try {
      temp = Files.createTempDirectory("billet-serve-");
    } catch (IOException e) {
      err.println("billet: cannot make a temporary folder to build into: " + e.getMessage());
      return 1;
    }
    AtomicBoolean stopping = new AtomicBoolean();
    CountDownLatch cleaned = new CountDownLatch(1);
    // Ctrl-C runs shutdown hooks while this thread still loops: the hook asks the loop to end
    // (a build under way finishes first) and waits for the temporary folder to be deleted.
    Thread hook =
        new Thread(
            () -> {
              stopping.set(true);
              try {
                cleaned.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "billet-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try (SiteServer server = SiteServer.start(temp.resolve("site"), options.port());
        BuildSession session = build.session(options.content(), temp.resolve("site"))) {
      out.println("building " + options.content() + " into " + temp);
      firstBuild(session, options, out);
      out.println(
          "serving "
              + options.content()
              + " at "
              + server.url()
              + " (rebuilt and reloaded on change; stop with Ctrl-C)");
      rebuildOnChange(
          session,
          options,
          out,
          () -> !stopping.get() && more.getAsBoolean(),
          interval,
          server::published);
      return 0;
    } catch (BindException e) {
      err.println(
          "billet: cannot listen on 127.0.0.1:"
              + options.port()
              + " ("
              + e.getMessage()
              + "); choose another port with --port N (0 takes any free port)");
      return 1;
    } catch (IOException e) {
      err.println("billet: cannot serve on 127.0.0.1:" + options.port() + ": " + e.getMessage());
      return 1;
    } finally {
      deleteTree(temp, err);
      cleaned.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // The process is stopping: the hook is running and has just been released.
      }
    }
  }

  /** Deletes a folder and what it holds; links are deleted, never followed. */
  private static void deleteTree(Path folder, PrintStream err) {
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
              Files.deleteIfExists(f);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.deleteIfExists(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | UncheckedIOException e) {
      err.println("billet: could not delete the temporary folder " + folder + ": " + e);
    }
  }

  /** How to run this program's jar, for the line that says how to view the sample. */
  static String jarCommand() {
    Path jar;
    try {
      jar = Path.of(BilletCli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      jar = null;
    }
    if (jar == null || !Files.isRegularFile(jar)) {
      // Run from the classes folder (tests, an IDE): the jar the build makes beside it.
      jar = SampleSite.besideJar().resolve("billet-examples.jar");
    }
    return "java -jar " + jar;
  }

  /** The first build of a session, with every problem it found. */
  private static void firstBuild(BuildSession session, Options options, PrintStream out) {
    BuildReport first = session.build();
    for (Problem p : first.problems()) {
      out.println(display(p, options.content()));
    }
    out.println(summary("build", first));
    shout(first, out);
  }

  /**
   * Rebuilds each time a file of the content folder changes while {@code more} says so, telling
   * {@code live} after each build that switched a new site in.
   */
  private static void rebuildOnChange(
      BuildSession session,
      Options options,
      PrintStream out,
      BooleanSupplier more,
      long interval,
      Runnable live) {
    try {
      List<String> seen = fingerprint(options.content());
      while (more.getAsBoolean()) {
        Thread.sleep(interval);
        List<String> now = fingerprint(options.content());
        if (now.equals(seen)) {
          continue;
        }
        seen = now;
        BuildReport again = session.build();
        // Errors each time; warnings are counted (the first build listed them, and problems.json
        // holds them all).
        for (Problem p : again.problems()) {
          if (p.isError() || p.code().equals(PAGES_REMOVED)) {
            out.println(display(p, options.content()));
          }
        }
        out.println(summary("rebuild", again));
        shout(again, out);
        if (again.committed()) {
          live.run();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Every file of the content folder with its size and modification time. Symbolic links to folders
   * are followed, as the build follows them, so an edit inside a linked folder is seen.
   */
  private static List<String> fingerprint(Path content) {
    List<String> seen = new ArrayList<>();
    try {
      Files.walkFileTree(
          content,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
              seen.add(f + "\t" + a.size() + "\t" + a.lastModifiedTime() + "\t" + a.fileKey());
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              // A link loop or an unreadable file: the build reports it; keep looking elsewhere.
              seen.add(f + "\tunreadable");
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | UncheckedIOException e) {
      return List.of("unreadable: " + e.getMessage());
    }
    seen.sort(null);
    return seen;
  }

  private static Options sample(PrintStream out) throws IOException {
    Path target = SampleSite.besideJar();
    Path sample = SampleSite.extractTo(target.resolve("sample"));
    out.println(
        "Building the bundled sample site from " + sample + " into " + target.resolve("site"));
    return new Options(
        "build",
        sample.resolve("content"),
        target.resolve("site"),
        sample.resolve("site.yaml"),
        null,
        false,
        false,
        null,
        false,
        DEFAULT_PORT);
  }

  private static Options parse(String[] args) {
    String command = args[0];
    if (!List.of("build", "check", "watch", "serve").contains(command)) {
      throw new IllegalArgumentException("unknown command '" + command + "'");
    }
    List<String> positional = new ArrayList<>();
    Path config = null;
    String baseUrl = null;
    boolean drafts = false;
    boolean timings = false;
    HtmlPolicy policy = null;
    boolean allowEmpty = false;
    int port = DEFAULT_PORT;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--config":
          config = path(value(args, ++i, a));
          break;
        case "--base-url":
          baseUrl = value(args, ++i, a);
          java.util.Optional<String> wrong = SiteConfig.baseUrlProblem(baseUrl);
          if (wrong.isPresent()) {
            throw new IllegalArgumentException(
                "--base-url '" + baseUrl + "' is refused: " + wrong.get());
          }
          break;
        case "--drafts":
          if (command.equals("check")) {
            throw new IllegalArgumentException("--drafts is a build and watch option");
          }
          drafts = true;
          break;
        case "--timings":
          timings = true;
          break;
        case "--html-policy":
          String name = value(args, ++i, a);
          try {
            policy = HtmlPolicy.named(name);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                "--html-policy must be sanitize, escape or pass, not '" + name + "'");
          }
          break;
        case "--allow-empty":
          allowEmpty = true;
          break;
        case "--port":
          if (!command.equals("serve")) {
            throw new IllegalArgumentException("--port is a serve option");
          }
          port = port(value(args, ++i, a));
          break;
        default:
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option '" + a + "'");
          }
          positional.add(a);
      }
    }
    int wanted = command.equals("check") || command.equals("serve") ? 1 : 2;
    if (positional.size() != wanted) {
      throw new IllegalArgumentException(
          command + " takes " + (wanted == 2 ? "<content-dir> <out-dir>" : "<content-dir>"));
    }
    return new Options(
        command,
        path(positional.get(0)),
        wanted == 2 ? path(positional.get(1)) : null,
        config,
        baseUrl,
        drafts,
        timings,
        policy,
        allowEmpty,
        port);
  }

  /** A port number, 0 to 65535. */
  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException(
        "--port must be a number from 0 to 65535 (0 takes any free port), not '" + value + "'");
  }

  /** A path argument; one the system's file name encoding cannot hold is a usage error. */
  private static Path path(String argument) {
    try {
      return Path.of(argument);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(
          "the path '"
              + argument
              + "' cannot be used with the system's file name encoding ("
              + System.getProperty("sun.jnu.encoding", "unknown")
              + "); run with a UTF-8 locale, for example LC_ALL=C.UTF-8");
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  /** Shows a content-relative problem file as a path from the current folder, for editors. */
  private static String display(Problem p, Path content) {
    if (!p.file().startsWith("/") && exists(content, p.file())) {
      Problem shown =
          new Problem(
              p.severity(),
              content.resolve(p.file()).toString(),
              p.line(),
              p.column(),
              p.code(),
              p.message(),
              p.hint());
      return shown.toString();
    }
    return p.toString();
  }

  /**
   * Whether a content-relative file exists; false for a name the system's file name encoding cannot
   * hold (accents under {@code LANG=C}), which is then shown as the problem gives it.
   */
  private static boolean exists(Path content, String file) {
    try {
      return Files.exists(content.resolve(file));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static String summary(String command, BuildReport r) {
    StringBuilder line = new StringBuilder(command).append(": ");
    int posts = 0;
    StringBuilder languages = new StringBuilder();
    for (Map.Entry<String, Integer> e : r.postsPerLanguage().entrySet()) {
      posts += e.getValue();
      if (languages.length() > 0) {
        languages.append(", ");
      }
      languages.append(e.getKey()).append(' ').append(e.getValue());
    }
    line.append(posts).append(" posts");
    if (languages.length() > 0) {
      line.append(" (").append(languages).append(')');
    }
    line.append(", ");
    line.append(r.translationPairs()).append(" translation pairs, ");
    if (command.equals("check") || r.committed()) {
      // A build that stopped wrote no page: its count of pages rendered would read as written.
      line.append(r.pages()).append(" pages, ");
    }
    if (command.equals("check")) {
      line.append("nothing written");
    } else if (r.committed()) {
      line.append(r.filesWritten()).append(" files written, ");
      line.append(r.filesUnchanged()).append(" unchanged");
    } else {
      // True whether the output path shows the site it showed before or one that the build,
      // first thing, put back after a build killed during its switch.
      line.append("nothing written, the output keeps its last complete site");
    }
    line.append(", ").append(r.errors()).append(" errors, ");
    line.append(r.warnings()).append(" warnings, ");
    return line.append(seconds(r.elapsed().toMillis())).append(" s").toString();
  }

  /** Milliseconds as seconds with two decimals, rounded half up, as {@code %.2f} shows them. */
  static String seconds(long millis) {
    long hundredths = (Math.max(0, millis) + 5) / 10;
    long fraction = hundredths % 100;
    return (hundredths / 100) + (fraction < 10 ? ".0" : ".") + fraction;
  }

  /**
   * Progress on stderr, only for builds that take more than a moment, a line a second at most; also
   * keeps when each stage started and ended, for {@code --timings}.
   */
  private static final class StderrProgress implements BuildListener {
    private final PrintStream err;
    private final long start = System.nanoTime();
    private final Map<String, long[]> stages = new LinkedHashMap<>();
    private long last;

    StderrProgress(PrintStream err) {
      this.err = err;
    }

    @Override
    public synchronized void progress(String stage, int done, int total) {
      long now = System.nanoTime();
      long[] span = stages.get(stage);
      if (span == null) {
        stages.put(stage, new long[] {now, now});
      } else {
        span[1] = now;
      }
      if (now - start < 1_500_000_000L || now - last < 1_000_000_000L) {
        return;
      }
      last = now;
      err.printf("billet: %s %d/%d%n", stage, done, total);
    }

    /** One line: the seconds from each stage's first to last report, in the order they began. */
    synchronized String timings() {
      StringBuilder line = new StringBuilder("timings:");
      long previous = start;
      for (Map.Entry<String, long[]> e : stages.entrySet()) {
        long[] t = e.getValue();
        line.append(
            String.format(
                Locale.ROOT,
                " %s %.2f s (+%.2f s before),",
                e.getKey(),
                (t[1] - t[0]) / 1e9,
                Math.max(0, t[0] - previous) / 1e9));
        previous = Math.max(previous, t[1]);
      }
      line.append(String.format(Locale.ROOT, " total %.2f s", (System.nanoTime() - start) / 1e9));
      return line.toString();
    }
  }
}

package io.github.billet.examples;

import io.github.billet.core.ContentLoader;
import io.github.billet.core.ContentTree;
import io.github.billet.core.Post;
import io.github.billet.core.SiteConfig;
import io.github.billet.core.SiteConfigException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The command line. Without arguments it reads the bundled bilingual sample site and prints a
 * summary: posts per language, each post's URL and title, and every problem. With {@code check
 * <content-dir> [--config FILE]} it does the same for any content folder.
 *
 * <p>Exit status: 0 without errors (warnings allowed), 1 with errors, 2 for a usage error.
 */
public final class BilletCli {

  private BilletCli() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param out where results go
   * @param err where usage errors go
   * @return the exit status
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      if (args.length == 0) {
        Path sample = SampleSite.extractTo(SampleSite.besideJar().resolve("sample"));
        out.println("Billet sample site, copied to " + sample);
        return check(sample.resolve("content"), SiteConfig.read(sample.resolve("site.yaml")), out);
      }
      if (args[0].equals("--help") || args[0].equals("-h")) {
        usage(out);
        return 0;
      }
      if (args[0].equals("check") && (args.length == 2 || args.length == 4)) {
        SiteConfig config = SiteConfig.empty();
        if (args.length == 4) {
          if (!args[2].equals("--config")) {
            usage(err);
            return 2;
          }
          config = SiteConfig.read(Path.of(args[3]));
        }
        return check(Path.of(args[1]), config, out);
      }
      usage(err);
      return 2;
    } catch (SiteConfigException e) {
      e.problems().forEach(err::println);
      return 2;
    } catch (IOException e) {
      err.println("billet: " + e.getMessage());
      return 1;
    }
  }

  private static void usage(PrintStream out) {
    out.println(
        "usage: java -jar billet-examples.jar                 read the bundled sample site");
    out.println("       java -jar billet-examples.jar check <content-dir> [--config FILE]");
  }

  private static int check(Path content, SiteConfig config, PrintStream out) {
    long start = System.nanoTime();
    ContentTree tree = ContentLoader.builder().config(config).build().load(content);
    long millis = (System.nanoTime() - start) / 1_000_000;
    Map<String, Long> perLanguage =
        tree.posts().stream()
            .collect(
                Collectors.groupingBy(
                    p -> p.language().map(Locale::getLanguage).orElse("unknown"),
                    TreeMap::new,
                    Collectors.counting()));
    for (Post post : tree.posts()) {
      out.printf(
          "%-3s %-10s %-55s %s%n",
          post.language().map(Locale::getLanguage).orElse("?"),
          post.date().map(Object::toString).orElse("(no date)"),
          post.url().orElse("(not published)"),
          post.title());
    }
    tree.problems().forEach(out::println);
    long errors = tree.errors().size();
    out.printf(
        "%d posts (%s), %d errors, %d warnings, read in %d ms%n",
        tree.posts().size(),
        perLanguage.entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining(", ")),
        errors,
        tree.problems().size() - errors,
        millis);
    return errors > 0 ? 1 : 0;
  }
}

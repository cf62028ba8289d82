package io.github.billet.render.internal.site;

import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.core.StaticFolder;
import io.github.billet.render.internal.page.StaticUrls;
import io.github.billet.render.internal.page.StaticUrls.Root;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of a site's static folders ({@code static:} in the configuration), by the output path
 * each is copied to, with the problems found while listing them: a folder that is missing, not a
 * folder, or holding the output; a link that leads out of its folder; two files for one path.
 */
public final class StaticFiles {

  /** A file to copy: where it is read, and the folder that brings it. */
  public record File(Path source, StaticFolder folder, String relative) {}

  private final StaticUrls urls;
  private final Map<String, File> files;
  private final List<Problem> problems;

  private StaticFiles(StaticUrls urls, Map<String, File> files, List<Problem> problems) {
    this.urls = urls;
    this.files = Collections.unmodifiableMap(files);
    this.problems = List.copyOf(problems);
  }

  /**
   * Resolves the configured folders without listing them, for mapping paths to URLs only.
   *
   * @param config the site configuration
   * @param content the content folder (relative {@code from} folders are relative to it)
   * @return the folders, with no files and no problems
   */
  public static StaticFiles resolve(SiteConfig config, Path content) {
    return new StaticFiles(StaticUrls.of(config, content), new LinkedHashMap<>(), List.of());
  }

  /**
   * Lists the files of the configured folders.
   *
   * @param config the site configuration
   * @param content the content folder
   * @param output the output folder, which no static folder may hold; null when checking only
   * @return the files and problems
   */
  public static StaticFiles list(SiteConfig config, Path content, Path output) {
    StaticUrls urls = StaticUrls.of(config, content);
    Map<String, File> files = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Root root : urls.roots()) {
      StaticFolder folder = root.folder();
      if (!Files.isDirectory(root.path())) {
        problems.add(
            problem(
                folder,
                "static.missing",
                "the static folder "
                    + root.path()
                    + (Files.exists(root.path()) ? " is not a folder" : " does not exist")
                    + "; none of its files is in the site",
                "fix 'from: "
                    + folder.from()
                    + "' (a relative folder is relative to the content folder "
                    + content
                    + ")"));
        continue;
      }
      Path real = realOrSelf(root.path());
      if (output != null
          && (realOrSelf(output).startsWith(real) || real.startsWith(realOrSelf(output)))) {
        problems.add(
            problem(
                folder,
                "static.holds-output",
                "the static folder "
                    + root.path()
                    + " and the output folder overlap; it is not"
                    + " copied",
                "write the site outside the static folder"));
        continue;
      }
      walk(root, real, files, problems);
    }
    return new StaticFiles(urls, files, problems);
  }

  private static void walk(Root root, Path real, Map<String, File> files, List<Problem> problems) {
    StaticFolder folder = root.folder();
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          root.path(),
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              found.add(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              problems.add(
                  problem(
                      folder,
                      "static.unreadable",
                      false,
                      "the static file " + file + " cannot be read (" + e + "); it is left out",
                      "check the file's permissions"));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Collections.sort(found);
    for (Path file : found) {
      String relative = root.path().relativize(file).toString().replace('\\', '/');
      if (Files.isSymbolicLink(file)) {
        // Copied as it is only when it stays inside its folder: a link to anywhere else would
        // publish a file nobody put in the folder.
        Path target = realOrSelf(file);
        if (!target.startsWith(real) || !Files.isRegularFile(target)) {
          problems.add(
              problem(
                  folder,
                  "static.outside-folder",
                  false,
                  "the static file "
                      + file
                      + " is a link to "
                      + target
                      + ", outside its folder or not a file; it is left out",
                  "copy the file into the static folder instead of linking to it"));
          continue;
        }
      } else if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      String output = folder.url(relative).substring(1);
      File known = files.get(output);
      if (known != null) {
        problems.add(
            problem(
                folder,
                "url.conflict",
                "the static files "
                    + known.source()
                    + " and "
                    + file
                    + " would both be written to "
                    + output
                    + "; the first one is kept",
                "rename one of them, or give the static folders different 'to' paths"));
        continue;
      }
      files.put(output, new File(file, folder, relative));
    }
  }

  /**
   * Returns the files to copy, by output path (without a leading {@code /}), in folder order.
   *
   * @return the files
   */
  public Map<String, File> files() {
    return files;
  }

  /**
   * Returns the problems found while listing the folders.
   *
   * @return the problems
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the URL a post's relative reference is served at; see {@link StaticUrls#urlOf}.
   *
   * @param content the content folder
   * @param post the post
   * @param ref the path as written
   * @return the URL, empty when the file is not in a static folder or does not exist
   */
  public Optional<String> urlOf(Path content, Post post, String ref) {
    return urls.urlOf(content, post, ref);
  }

  /**
   * Tells whether a site path falls under a static folder's URL path, so that a link to a file
   * there can be checked against the folders.
   *
   * @param sitePath such as {@code /docs/report.pdf}
   * @return true when one of the folders is served above it
   */
  public boolean covers(String sitePath) {
    return urls.covers(sitePath);
  }

  /**
   * The problem of a static file left out because a generated file takes its path.
   *
   * @param file the static file
   * @param output its output path
   * @return a {@code url.conflict} error at the folder's entry in the configuration
   */
  public static Problem conflict(File file, String output) {
    return problem(
        file.folder(),
        "url.conflict",
        true,
        "the static file "
            + file.source()
            + " would be written to "
            + output
            + ", which a page or file the build generates holds; the generated one is kept",
        "rename or move the static file, or give the page that takes its path another"
            + " 'permalink'");
  }

  private static Problem problem(StaticFolder folder, String code, String message, String hint) {
    return problem(folder, code, true, message, hint);
  }

  /** A problem located at the folder's entry in the configuration. */
  static Problem problem(
      StaticFolder folder, String code, boolean error, String message, String hint) {
    String file = folder.declaredIn().isEmpty() ? folder.from().toString() : folder.declaredIn();
    int line = folder.at().line();
    int column = folder.at().column();
    return error
        ? Problem.error(file, line, column, code, message, hint)
        : Problem.warning(file, line, column, code, message, hint);
  }

  private static Path realOrSelf(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}

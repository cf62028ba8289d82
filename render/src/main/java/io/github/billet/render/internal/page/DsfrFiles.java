package io.github.billet.render.internal.page;

import io.github.billet.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of the DSFR's {@code dist} folder that a page needs: the ones its pages link (the
 * minified stylesheets and scripts, the favicons) and, in turn, what those stylesheets reference
 * (fonts, icons). Billet's own stylesheet comes along.
 */
public final class DsfrFiles {

  /** Where the DSFR's files go in the site. */
  public static final String FOLDER = "dsfr";

  /** Where Billet's own stylesheet goes in the site. */
  public static final String BILLET_CSS = "billet/billet.css";

  /** The files a page links, relative to {@code dist}; those absent are skipped. */
  public static final List<String> LINKED =
      List.of(
          "dsfr.min.css",
          "utility/icons/icons.min.css",
          "dsfr.module.min.js",
          "dsfr.nomodule.min.js",
          "favicon/apple-touch-icon.png",
          "favicon/favicon.svg",
          "favicon/favicon.ico",
          "favicon/manifest.webmanifest",
          "favicon/android-chrome-192x192.png",
          "favicon/android-chrome-512x512.png");

  private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");

  private DsfrFiles() {}

  /**
   * Tells whether a folder is a DSFR {@code dist} folder.
   *
   * @param dist the folder
   * @return true when it holds {@code dsfr.min.css}
   */
  public static boolean isDist(Path dist) {
    return Files.isRegularFile(dist.resolve("dsfr.min.css"));
  }

  /**
   * Lists the files to copy.
   *
   * @param dist the DSFR's {@code dist} folder
   * @return the source file by site-relative path ({@code dsfr/fonts/Marianne-Regular.woff2}), in
   *     path order
   * @throws IOException when a stylesheet cannot be read
   */
  public static Map<String, Path> of(Path dist) throws IOException {
    Map<String, Path> files = new TreeMap<>();
    Deque<String> todo = new ArrayDeque<>(LINKED);
    while (!todo.isEmpty()) {
      String relative = todo.poll();
      if (files.containsKey(FOLDER + "/" + relative)) {
        continue;
      }
      Path file = dist.resolve(relative);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      files.put(FOLDER + "/" + relative, file);
      if (relative.endsWith(".css")) {
        String css = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
          String target = resolve(relative, m.group(2).strip());
          if (target != null) {
            todo.add(target);
          }
        }
      }
    }
    return files;
  }

  /**
   * Resolves a stylesheet's reference against the stylesheet's path; null for data, absolute and
   * fragment-only references and for those that leave {@code dist}.
   */
  static String resolve(String stylesheet, String reference) {
    String ref = reference;
    int cut = indexOfAny(ref, '?', '#');
    if (cut >= 0) {
      ref = ref.substring(0, cut);
    }
    if (ref.isEmpty() || ref.startsWith("/") || ref.contains(":")) {
      return null;
    }
    Deque<String> parts = new ArrayDeque<>();
    int slash = stylesheet.lastIndexOf('/');
    if (slash > 0) {
      for (String part : stylesheet.substring(0, slash).split("/")) {
        parts.addLast(part);
      }
    }
    for (String part : ref.split("/")) {
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.addLast(part);
      }
    }
    return parts.isEmpty() ? null : String.join("/", parts);
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  /**
   * Returns the URL the layout links the DSFR from: {@code /dsfr} for a {@code dist} folder that
   * holds the DSFR, else the configured URL.
   *
   * @param dist the configured folder
   * @param url the configured URL
   * @return the base URL, empty when there is no DSFR to link
   */
  public static Optional<String> linkedBase(Optional<Path> dist, Optional<String> url) {
    if (dist.isPresent()) {
      return isDist(dist.get()) ? Optional.of("/" + FOLDER) : Optional.empty();
    }
    return url;
  }

  /**
   * Returns the warning of a build that has no DSFR to link.
   *
   * @param dist the configured folder, empty when none is configured
   * @param contentFolder the content folder, named by the warning when no folder is configured
   * @return a {@code dsfr.missing} warning
   */
  public static Problem missing(Optional<Path> dist, String contentFolder) {
    String install =
        "run 'npm install @gouvfr/dsfr' in the configuration file's folder and set 'dsfr: {dist:"
            + " node_modules/@gouvfr/dsfr/dist}' in the site configuration, or link it from"
            + " elsewhere with 'dsfr: {url: https://…}'";
    if (dist.isPresent()) {
      return Problem.warning(
          dist.get().toString(),
          0,
          0,
          "dsfr.missing",
          "the DSFR folder "
              + dist.get()
              + " does not exist or holds no dsfr.min.css: the pages are not styled",
          install);
    }
    return Problem.warning(
        contentFolder,
        0,
        0,
        "dsfr.missing",
        "the site configuration does not say where the DSFR is: the pages are not styled",
        install);
  }

  /**
   * Returns Billet's own stylesheet: heading anchors shown on hover, frames that fit the screen.
   *
   * @return the stylesheet's bytes
   */
  public static byte[] billetCss() {
    try (InputStream in = DsfrFiles.class.getResourceAsStream("billet.css")) {
      if (in == null) {
        throw new IllegalStateException("billet.css is missing from the render module");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

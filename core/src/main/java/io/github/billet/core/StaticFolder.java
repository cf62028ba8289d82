package io.github.billet.core;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A folder whose files the site build copies as they are under a URL path, like Eleventy's
 * passthrough copy or Hugo's {@code static/}: {@code public/img/x.png} is served at {@code
 * /img/x.png} when {@code to} is {@code /}.
 *
 * <pre>{@code
 * StaticFolder files = StaticFolder.of(Path.of("../public"), "/");
 * files.url("img/logo.png"); // "/img/logo.png"
 * }</pre>
 *
 * @param from the folder; a relative path is relative to the content folder
 * @param to the URL path its files are served under, starting and ending with {@code /}
 * @param declaredIn the configuration file that declares it, empty when made in code
 * @param at where it is declared in that file; {@link SourcePosition#UNKNOWN} when made in code
 */
public record StaticFolder(Path from, String to, String declaredIn, SourcePosition at) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException when {@code to} is not a URL path (see {@link #toProblem})
   */
  public StaticFolder {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(declaredIn, "declaredIn");
    Objects.requireNonNull(at, "at");
    Optional<String> wrong = toProblem(to);
    if (wrong.isPresent()) {
      throw new IllegalArgumentException("'to: " + to + "' " + wrong.get());
    }
    to = to.endsWith("/") ? to : to + "/";
  }

  /**
   * Returns a static folder made in code.
   *
   * @param from the folder; a relative path is relative to the content folder
   * @param to the URL path, such as {@code /} or {@code /files/}
   * @return the folder
   * @throws IllegalArgumentException when {@code to} is not a URL path
   */
  public static StaticFolder of(Path from, String to) {
    return new StaticFolder(from, to, "", SourcePosition.UNKNOWN);
  }

  /**
   * Tells what is wrong with a {@code to} URL path: it starts with {@code /} and has no {@code ..}
   * or {@code .} segment, query, fragment, backslash or empty segment.
   *
   * @param to the URL path
   * @return the reason it is refused, empty when it is good
   */
  public static Optional<String> toProblem(String to) {
    if (to == null || !to.startsWith("/")) {
      return Optional.of("must be a URL path starting with '/', such as / or /files/");
    }
    for (char c : new char[] {'?', '#', '\\', ':'}) {
      if (to.indexOf(c) >= 0) {
        return Optional.of("must be a plain URL path, without '" + c + "'");
      }
    }
    String inner =
        to.length() > 1 && to.endsWith("/") ? to.substring(1, to.length() - 1) : to.substring(1);
    if (!inner.isEmpty()) {
      for (String segment : inner.split("/", -1)) {
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
          return Optional.of("must not have empty, '.' or '..' segments");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the URL path a file of the folder is served at.
   *
   * @param relativeFile the file's path inside the folder, with {@code /}
   * @return such as {@code /img/logo.png}
   */
  public String url(String relativeFile) {
    return to + relativeFile;
  }
}

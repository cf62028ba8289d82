package io.github.billet.core.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A glob on site URL paths: {@code *} stands for any characters but {@code /}, {@code **} for any
 * characters, {@code ?} for one character but {@code /}. A pattern ending in {@code /**} also
 * matches the folder itself, with or without its trailing slash ({@code /sill/**} matches {@code
 * /sill}, {@code /sill/} and {@code /sill/detail}).
 */
public final class PathGlob {

  private final String glob;
  private final Pattern pattern;

  private PathGlob(String glob, Pattern pattern) {
    this.glob = glob;
    this.pattern = pattern;
  }

  /**
   * Tells what is wrong with a glob.
   *
   * @param glob the glob as written
   * @return the reason it is refused, empty when it is good
   */
  public static Optional<String> problem(String glob) {
    if (glob == null || !glob.startsWith("/")) {
      return Optional.of("must be a site path starting with '/', such as /sill/**");
    }
    if (glob.indexOf('#') >= 0) {
      return Optional.of("must be a path, without a fragment");
    }
    return Optional.empty();
  }

  /**
   * Compiles a glob.
   *
   * @param glob such as {@code /sill/**}
   * @return the glob
   * @throws IllegalArgumentException when {@link #problem} refuses it
   */
  public static PathGlob of(String glob) {
    Optional<String> wrong = problem(glob);
    if (wrong.isPresent()) {
      throw new IllegalArgumentException("'" + glob + "' " + wrong.get());
    }
    String body = glob;
    boolean folder = body.endsWith("/**");
    if (folder) {
      body = body.substring(0, body.length() - 3);
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '*' && i + 1 < body.length() && body.charAt(i + 1) == '*') {
        regex.append(".*");
        i++;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (folder) {
      regex.append("(?:/.*)?");
    }
    return new PathGlob(glob, Pattern.compile(regex.toString()));
  }

  /**
   * Tells whether a site path matches; its query and fragment are ignored.
   *
   * @param path such as {@code /sill/detail}
   * @return true when it matches
   */
  public boolean matches(String path) {
    String p = path;
    for (char c : new char[] {'?', '#'}) {
      int i = p.indexOf(c);
      if (i >= 0) {
        p = p.substring(0, i);
      }
    }
    return pattern.matcher(p).matches();
  }

  @Override
  public String toString() {
    return glob;
  }
}

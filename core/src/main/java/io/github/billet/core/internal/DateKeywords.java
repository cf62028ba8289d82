package io.github.billet.core.internal;

import io.github.billet.core.Problem;
import io.github.billet.core.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Eleventy's date keywords: {@code date: Last Modified} and {@code Created} take the file's times,
 * {@code git Last Modified} and {@code git Created} the times of its commits. Dates are calendar
 * dates in UTC.
 */
final class DateKeywords {

  private static final Set<String> KEYWORDS =
      Set.of("last modified", "created", "git last modified", "git created");

  private DateKeywords() {}

  /** Tells whether a front matter date is one of the keywords (in any case). */
  static boolean isKeyword(String value) {
    return KEYWORDS.contains(value.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The date a keyword stands for.
   *
   * @param keyword the front matter value, a keyword
   * @param file the post's file, empty when it was not read from one
   * @param git the history of the post's folder, asked only for a git keyword
   * @param at where the date is written, for problems
   * @param problems where problems are added
   * @return the date, empty when there is none to take
   */
  static Optional<LocalDate> resolve(
      String keyword,
      String source,
      Optional<Path> file,
      Supplier<GitHistory> git,
      SourcePosition at,
      List<Problem> problems) {
    String written = keyword.strip();
    String k = written.toLowerCase(Locale.ROOT);
    boolean created = k.endsWith("created");
    if (file.isEmpty()) {
      problems.add(
          Problem.warning(
              source,
              at.line(),
              at.column(),
              "date.no-file",
              "'date: "
                  + written
                  + "' takes the time of the post's file, but the post was not read from a"
                  + " file; it has no date",
              "write the date as YYYY-MM-DD, or read the post from its file"));
      return Optional.empty();
    }
    if (k.startsWith("git ")) {
      GitHistory history = git.get();
      Optional<GitHistory.Times> times = history.times(file.get());
      if (times.isPresent()) {
        return Optional.of(day(created ? times.get().created() : times.get().lastModified()));
      }
      String why =
          history
              .unavailable()
              .orElse("the file has no commit in the git history (it is not committed yet)");
      problems.add(
          Problem.warning(
              source,
              at.line(),
              at.column(),
              "date.git-unavailable",
              "'date: " + written + "': " + why + "; the file's own time is used",
              "commit the file and build in its git work tree with git installed, or write the"
                  + " date as YYYY-MM-DD"));
    }
    try {
      BasicFileAttributes attributes = Files.readAttributes(file.get(), BasicFileAttributes.class);
      // Where the file system keeps no creation time, Java gives the last modified time.
      Instant time =
          created
              ? attributes.creationTime().toInstant()
              : attributes.lastModifiedTime().toInstant();
      return Optional.of(day(time));
    } catch (IOException | SecurityException e) {
      problems.add(
          Problem.warning(
              source,
              at.line(),
              at.column(),
              "date.file-time",
              "'date: " + written + "': the file's times cannot be read (" + e + "); no date",
              "write the date as YYYY-MM-DD"));
      return Optional.empty();
    }
  }

  private static LocalDate day(Instant time) {
    return LocalDate.ofInstant(time, ZoneOffset.UTC);
  }
}

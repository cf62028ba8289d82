package io.github.billet.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The commit times of the files of one folder, from its git history, for the {@code git Created}
 * and {@code git Last Modified} date keywords: read with one {@code git log} process for the whole
 * folder, when first asked, then shared by every post of it (thread-safe). No git library: the
 * {@code git} executable is run if present.
 */
public final class GitHistory {

  /**
   * When a file was first and last committed.
   *
   * @param created the commit time of the oldest commit that touched it
   * @param lastModified the commit time of the newest commit that touched it
   */
  public record Times(Instant created, Instant lastModified) {}

  private static final long TIMEOUT_SECONDS = 120;

  private final Path root;
  private Map<String, Times> times;
  private String unavailable;
  private int runs;

  private GitHistory(Path root) {
    this.root = root;
  }

  /**
   * The history of a folder, read when first asked.
   *
   * @param root the folder (in a git work tree, or not)
   * @return the history
   */
  public static GitHistory of(Path root) {
    return new GitHistory(root.toAbsolutePath().normalize());
  }

  /**
   * Returns the commit times of a file of the folder.
   *
   * @param file the file
   * @return its times, empty when git, the work tree or the file's commits are missing
   */
  public synchronized Optional<Times> times(Path file) {
    read();
    if (times == null) {
      return Optional.empty();
    }
    Path absolute = file.toAbsolutePath().normalize();
    if (!absolute.startsWith(root)) {
      return Optional.empty();
    }
    String relative = root.relativize(absolute).toString().replace('\\', '/');
    return Optional.ofNullable(times.get(relative));
  }

  /**
   * Tells why the history cannot be read, once it was asked for.
   *
   * @return a short reason, empty when it was read
   */
  public synchronized Optional<String> unavailable() {
    read();
    return Optional.ofNullable(unavailable);
  }

  /**
   * Returns how many git processes were run: 0 before the first question, 1 after.
   *
   * @return the count
   */
  public synchronized int runs() {
    return runs;
  }

  private void read() {
    if (times != null || unavailable != null) {
      return;
    }
    runs++;
    ProcessBuilder builder =
        new ProcessBuilder(
                "git",
                "-c",
                "core.quotePath=false",
                "-c",
                "core.fsmonitor=false",
                "-C",
                root.toString(),
                "log",
                "--format=%x01%ct",
                "--name-only",
                "--relative",
                "--no-renames",
                "--")
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      unavailable = "the git executable cannot be run (" + e.getMessage() + ")";
      return;
    }
    try {
      process.getOutputStream().close();
      String out = readAll(process.getInputStream());
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        unavailable = "git log did not finish";
        return;
      }
      if (process.exitValue() != 0) {
        unavailable = "the content folder is not in a git work tree with commits";
        return;
      }
      times = parse(out);
    } catch (IOException e) {
      process.destroyForcibly();
      unavailable = "git log could not be read (" + e.getMessage() + ")";
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      unavailable = "interrupted while reading git log";
    }
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    in.transferTo(bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Reads {@code git log} output, newest commit first: a time line, then the files it touched. */
  static Map<String, Times> parse(String log) {
    Map<String, Times> times = new HashMap<>();
    Instant commit = null;
    for (String line : log.split("\n")) {
      if (line.startsWith("\u0001")) {
        try {
          commit = Instant.ofEpochSecond(Long.parseLong(line.substring(1).strip()));
        } catch (NumberFormatException e) {
          commit = null;
        }
      } else if (!line.isBlank() && commit != null) {
        Instant at = commit;
        times.merge(line, new Times(at, at), (newer, older) -> new Times(at, newer.lastModified()));
      }
    }
    return times;
  }
}

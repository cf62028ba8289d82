package io.github.billet.render.internal.output;

import io.github.billet.render.internal.output.StagedOutput.OutputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The output path and the hidden folder beside it that Billet owns ({@code .<name>.billet/}): the
 * output path is a symbolic link to one complete generation of the site in that folder, and a new
 * site is switched in by renaming a new link over it, one atomic step ({@code rename(2)} replaces a
 * link whole), so a reader of the output path sees the whole old site or the whole new one at every
 * instant.
 *
 * <p>The hidden folder holds a lock file, locked while a build writes (the system releases the lock
 * of a process that dies, so a dead build is told from a running one; the file names the process),
 * complete generations {@code g-*}, generations being written {@code s-*} and links being made
 * {@code l-*}. Under the lock, what dead builds left there is deleted; nothing else is.
 *
 * <p>Where symbolic links cannot be made, and to migrate a real output folder an earlier Billet
 * wrote, the switch is two renames (the old folder aside, the new one in): a process killed between
 * them leaves no output path, and the next build, first thing under the lock, restores the newest
 * complete generation there.
 *
 * <p>Not thread-safe: one build uses it at a time (the lock sees to it across processes).
 *
 * <pre>{@code
 * try (Generations generations = Generations.open(Path.of("_site"), OutputFaults.NONE)) {
 *   Path staging = generations.newStaging();
 *   // ... write the site into staging ...
 *   generations.switchTo(generations.complete(staging));
 *   generations.retire(List.of());
 * }
 * }</pre>
 */
public final class Generations implements AutoCloseable {

  /** The lock file in the hidden folder. */
  static final String LOCK = "lock";

  private final Path output;
  private final Path home;
  private final OutputFaults faults;
  private final FileChannel channel;
  private final FileLock lock;

  private Generations(
      Path output, Path home, OutputFaults faults, FileChannel channel, FileLock lock) {
    this.output = output;
    this.home = home;
    this.faults = faults;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Checks the output path, makes the hidden folder, takes the lock and restores a site that a
   * killed switch left missing.
   *
   * @param output the output path
   * @param faults where tests stop the process; {@link OutputFaults#NONE} otherwise
   * @return the generations, locked until {@link #close()}
   * @throws OutputException when the path cannot be used, or another build holds it ({@code
   *     output.busy})
   */
  public static Generations open(Path output, OutputFaults faults) throws OutputException {
    Path out = output.toAbsolutePath().normalize();
    Path parent = out.getParent();
    if (parent == null || out.getFileName() == null) {
      throw new OutputException(
          "output.root", "the output folder cannot be the file system root", "give a subfolder");
    }
    Path home = parent.resolve("." + out.getFileName() + ".billet");
    checkOutputPath(out, home);
    try {
      Files.createDirectories(parent);
      if (Files.isSymbolicLink(home)
          || (Files.exists(home, LinkOption.NOFOLLOW_LINKS)
              && !Files.isDirectory(home, LinkOption.NOFOLLOW_LINKS))) {
        throw new OutputException(
            "output.not-billet",
            "Billet keeps the site's generations in "
                + home
                + ", and that path is taken by a file or link Billet did not make",
            "remove or rename " + home);
      }
      if (!Files.exists(home, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectory(home);
      } else if (!Files.exists(home.resolve(LOCK), LinkOption.NOFOLLOW_LINKS) && hasEntries(home)) {
        throw new OutputException(
            "output.not-billet",
            "Billet keeps the site's generations in " + home + ", a folder Billet did not make",
            "remove or rename " + home);
      }
    } catch (IOException | SecurityException e) {
      throw new OutputException(
          "output.unwritable",
          "cannot write beside the output folder " + out + ": " + e.getMessage(),
          "check that " + parent + " exists and is writable");
    }
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              home.resolve(LOCK),
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE,
              LinkOption.NOFOLLOW_LINKS);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // this process builds into it already
      }
      if (lock == null) {
        throw busy(out, home);
      }
      String me = describe(ProcessHandle.current());
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
      Generations generations = new Generations(out, home, faults, channel, lock);
      channel = null;
      generations.recover();
      return generations;
    } catch (IOException e) {
      throw new OutputException(
          "output.unwritable",
          "cannot lock the output folder " + out + " (" + e.getMessage() + ")",
          "check that " + home + " is writable");
    } finally {
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException e) {
          // Closing releases nothing that was taken.
        }
      }
    }
  }

  /** The process that holds the lock, as its lock file tells it. */
  private static OutputException busy(Path out, Path home) {
    String holder;
    try {
      holder = Files.readString(home.resolve(LOCK), StandardCharsets.UTF_8).strip();
    } catch (IOException | UncheckedIOException e) {
      holder = "";
    }
    String[] lines = holder.split("\n", 2);
    String who = lines[0].isEmpty() ? "another process" : "process " + lines[0];
    if (lines.length > 1 && !lines[1].isBlank()) {
      who += " (" + lines[1].strip() + ")";
    } else if (!lines[0].isEmpty()) {
      try {
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(lines[0].strip()));
        if (process.isPresent()) {
          String seen = describe(process.get());
          who = "process " + seen.replace("\n", " (").strip() + (seen.contains("\n") ? ")" : "");
        }
      } catch (NumberFormatException e) {
        // Not a process id: show the file as it is.
      }
    }
    return new OutputException(
        "output.busy",
        "another Billet build, " + who + ", is writing the output folder " + out + " now",
        "wait until it ends (or stop it), then build again; a build that died is detected and"
            + " what it left is removed");
  }

  /** A process id and, when the system tells it, its command line: the lock file's text. */
  private static String describe(ProcessHandle process) {
    ProcessHandle.Info info = process.info();
    StringBuilder command = new StringBuilder(info.command().orElse(""));
    if (command.length() > 0 && info.arguments().isPresent()) {
      for (String argument : info.arguments().get()) {
        command.append(' ').append(shorter(argument));
      }
    } else {
      // The system gives the arguments apart only for short command lines.
      command.setLength(0);
      for (String word : info.commandLine().orElse("").split(" ")) {
        command.append(command.length() == 0 ? "" : " ").append(shorter(word));
      }
    }
    return process.pid() + "\n" + command.toString().replace('\n', ' ') + "\n";
  }

  /** A class path runs to kilobytes: its start says enough. */
  private static String shorter(String word) {
    return word.length() > 80 ? word.substring(0, 40) + "…" : word;
  }

  static void checkOutputPath(Path out, Path home) throws OutputException {
    if (Files.isSymbolicLink(out)) {
      if (!isOurLink(out, home)) {
        String target;
        try {
          target = String.valueOf(Files.readSymbolicLink(out));
        } catch (IOException e) {
          target = "?";
        }
        throw new OutputException(
            "output.symlink",
            "the output path "
                + out
                + " is a symbolic link to "
                + target
                + " that Billet did not make; Billet makes the output path a link to the site it"
                + " switches in, so it would replace this link",
            "give the folder the link points to as the output, or remove the link");
      }
      return;
    }
    if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputException(
          "output.not-a-folder",
          "the output path " + out + " exists and is not a folder",
          "give the path of a folder, or remove that file");
    }
    if (isMountPoint(out)) {
      throw new OutputException(
          "output.mount-point",
          "the output folder "
              + out
              + " is a mount point; Billet switches a new site in by replacing the output path,"
              + " which cannot be done to a mount point",
          "give a folder inside it, such as " + out.resolve("site") + ", as the output");
    }
    boolean nonEmpty;
    try {
      nonEmpty = hasEntries(out);
    } catch (IOException e) {
      throw new OutputException(
          "output.unreadable",
          "cannot read the output folder " + out + ": " + e.getMessage(),
          "check its permissions");
    }
    if (nonEmpty && !Files.isRegularFile(out.resolve(StagedOutput.MARKER))) {
      throw new OutputException(
          "output.not-billet",
          "the output folder "
              + out
              + " is not empty and was not written by Billet; it would be replaced",
          "give an empty or new folder, or one a previous Billet build wrote");
    }
  }

  /** A link Billet made: to a generation in its hidden folder, by a relative path. */
  private static boolean isOurLink(Path out, Path home) {
    try {
      Path target = Files.readSymbolicLink(out);
      return !target.isAbsolute()
          && target.getNameCount() == 2
          && target.getName(0).equals(home.getFileName())
          && target.getName(1).toString().startsWith("g-");
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private static boolean isMountPoint(Path dir) {
    try {
      Object here = Files.getAttribute(dir, "unix:dev", LinkOption.NOFOLLOW_LINKS);
      Object above = Files.getAttribute(dir.getParent(), "unix:dev");
      return !here.equals(above);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean hasEntries(Path dir) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return entries.iterator().hasNext();
    }
  }

  /**
   * Returns the output path.
   *
   * @return the absolute path
   */
  public Path output() {
    return output;
  }

  /**
   * Returns the folder the output path shows now: a generation, or the output folder itself when it
   * is a real folder (an earlier Billet's, or where links cannot be made).
   *
   * @return the folder, empty when there is no site yet
   */
  public Optional<Path> live() {
    if (Files.isSymbolicLink(output)) {
      if (!isOurLink(output, home)) {
        return Optional.empty();
      }
      try {
        Path generation = home.resolve(Files.readSymbolicLink(output).getFileName());
        return Files.isDirectory(generation, LinkOption.NOFOLLOW_LINKS)
            ? Optional.of(generation)
            : Optional.empty();
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    if (Files.isRegularFile(output.resolve(StagedOutput.MARKER), LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(output);
    }
    return Optional.empty();
  }

  /**
   * Makes a new folder to write a generation into, holding the Billet marker.
   *
   * @return the folder
   * @throws IOException when it cannot be made
   */
  public Path newStaging() throws IOException {
    Path staging = StagedOutput.uniqueFolder(home, "s-" + stamp() + "-");
    StagedOutput.writeMarker(staging, -1);
    return staging;
  }

  /** Names sort by the time they were made. */
  private static String stamp() {
    String millis = Long.toString(System.currentTimeMillis());
    return "0".repeat(Math.max(0, 13 - millis.length())) + millis;
  }

  /**
   * Marks a written folder as a complete generation.
   *
   * @param staging a folder from {@link #newStaging()}
   * @return the generation
   * @throws IOException when the rename fails
   */
  public Path complete(Path staging) throws IOException {
    faults.at("generation.complete");
    Path generation = home.resolve("g-" + staging.getFileName().toString().substring(2));
    Files.move(staging, generation, StandardCopyOption.ATOMIC_MOVE);
    return generation;
  }

  /**
   * Makes the output path show a complete generation, in one atomic rename where links can be made.
   *
   * @param generation a complete generation of this folder
   * @throws IOException when the switch fails; the output path then shows what it showed before
   */
  public void switchTo(Path generation) throws IOException {
    Path link = null;
    if (faults.linksWork()) {
      faults.at("switch.link");
      link = home.resolve("l-" + stamp() + "-" + generation.getFileName());
      try {
        Files.createSymbolicLink(link, home.getFileName().resolve(generation.getFileName()));
      } catch (FileAlreadyExistsException e) {
        throw e;
      } catch (UnsupportedOperationException | FileSystemException e) {
        link = null; // links cannot be made here: the two-rename fallback below
      }
    }
    Path aside = null;
    if (Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
      // A real folder: an earlier Billet's output, or where links cannot be made. Nothing can
      // replace a folder atomically, so it goes aside first; if the process dies before the new
      // site is in, the next build puts the newest generation back (see recover).
      faults.at("switch.aside");
      if (hasEntries(output)) {
        aside = home.resolve("g-0-" + stamp());
        Files.move(output, aside, StandardCopyOption.ATOMIC_MOVE);
      } else {
        Files.delete(output);
      }
    } else if (link == null && Files.isSymbolicLink(output)) {
      // Links worked before and no longer do: the generation it shows stays in the hidden folder.
      faults.at("switch.aside");
      Files.delete(output);
    }
    try {
      faults.at("switch.rename");
      Files.move(link != null ? link : generation, output, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      if (aside != null) {
        Files.move(aside, output, StandardCopyOption.ATOMIC_MOVE);
      }
      if (link != null) {
        Files.deleteIfExists(link);
      }
      throw e;
    }
    faults.at("switch.done");
  }

  /**
   * Deletes every generation but the live one and those kept, and what dead builds left: unfinished
   * generations, links being made, and the staging and retired folders an earlier Billet left
   * beside the output. Holds the lock, so none of them is in use.
   *
   * @param keep generations to keep too (a watch session's other one)
   * @throws IOException when a deletion fails
   */
  public void retire(Collection<Path> keep) throws IOException {
    Optional<Path> live = live();
    List<Path> doomed = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(home)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.equals(LOCK)
            || (live.isPresent() && live.get().equals(entry))
            || keep.contains(entry)) {
          continue;
        }
        if (name.startsWith("l-") && Files.isSymbolicLink(entry)) {
          doomed.add(entry);
        } else if ((name.startsWith("g-") || name.startsWith("s-")) && ours(entry)) {
          doomed.add(entry);
        }
      }
    }
    String legacy = "." + output.getFileName() + ".billet-";
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(output.getParent())) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if ((name.startsWith(legacy + "staging-") || name.startsWith(legacy + "retired-"))
            && ours(entry)) {
          doomed.add(entry);
        }
      }
    }
    for (Path gone : doomed) {
      faults.at("retire");
      if (Files.isSymbolicLink(gone)) {
        Files.delete(gone);
      } else {
        StagedOutput.deleteTree(gone);
      }
    }
  }

  /** A real folder Billet made: it holds the marker, or nothing (made, then the process died). */
  private static boolean ours(Path folder) throws IOException {
    return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
        && (Files.isRegularFile(folder.resolve(StagedOutput.MARKER), LinkOption.NOFOLLOW_LINKS)
            || !hasEntries(folder));
  }

  /**
   * The recovery step: when a killed switch left no site at the output path (or a link to a
   * generation that is gone), puts the newest complete generation there; an earlier Billet's
   * retired folder counts as one.
   */
  private void recover() throws IOException {
    if (live().isPresent()
        || (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !isOurLink(output, home))) {
      return;
    }
    Path newest = null;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(home, "g-*")) {
      for (Path entry : entries) {
        if (ours(entry)
            && Files.exists(entry.resolve(StagedOutput.MARKER))
            && (newest == null || order(entry).compareTo(order(newest)) > 0)) {
          newest = entry;
        }
      }
    }
    if (newest == null) {
      String legacy = "." + output.getFileName() + ".billet-retired-";
      try (DirectoryStream<Path> entries =
          Files.newDirectoryStream(output.getParent(), legacy + "*")) {
        for (Path entry : entries) {
          if (Files.isRegularFile(entry.resolve(StagedOutput.MARKER), LinkOption.NOFOLLOW_LINKS)) {
            newest = home.resolve("g-0-" + stamp() + "-restored");
            Files.move(entry, newest, StandardCopyOption.ATOMIC_MOVE);
            break;
          }
        }
      }
    }
    if (newest != null) {
      if (Files.isSymbolicLink(output)) {
        Files.delete(output); // a link to a generation that is gone
      }
      switchTo(newest);
    }
  }

  /** A generation's time: {@code g-<millis>-…}, or {@code g-0-<millis>} for one set aside. */
  private static String order(Path generation) {
    String name = generation.getFileName().toString();
    return name.startsWith("g-0-") ? "0" : name;
  }

  /**
   * Releases the lock after a failure to prepare a build beside the output, and tells why.
   *
   * @param e the failure
   * @return the problem to throw, {@code output.unwritable}
   */
  OutputException closeUnwritable(Exception e) {
    close();
    return new OutputException(
        "output.unwritable",
        "cannot write beside the output folder " + output + ": " + e.getMessage(),
        "check that " + output.getParent() + " is writable");
  }

  /** Releases the lock. */
  @Override
  public void close() {
    try {
      if (!faults.dead()) {
        channel.truncate(0);
      }
      lock.release();
    } catch (IOException e) {
      // Closing the channel releases it too.
    }
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing more to release.
    }
  }
}

package io.github.billet.render.internal.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a watch session knows of one generation it wrote: what each file holds (see {@link
 * DigestingOutput}) and what the file system said of it just after (size, modification time, file
 * key). A file whose attributes differ now was changed by someone else, and is written again.
 * Immutable.
 *
 * <pre>{@code
 * GenerationState live = GenerationState.of(generation, digestingOutput.digests());
 * }</pre>
 *
 * @param folder the generation
 * @param digests what each file holds, by site-relative path
 * @param stats each file's attributes when the session last saw it
 */
public record GenerationState(
    Path folder, Map<String, String> digests, Map<String, GenerationState.Stat> stats) {

  /** Copies the maps. */
  public GenerationState {
    Objects.requireNonNull(folder, "folder");
    digests = Map.copyOf(digests);
    stats = Map.copyOf(stats);
  }

  /**
   * A file's attributes, as compared between two looks.
   *
   * @param size its size
   * @param modified its modification time
   * @param key its file key (inode), or null
   */
  public record Stat(long size, FileTime modified, Object key) {

    /** What a folder, a link or another non-file holds where a file is expected. */
    static final Stat NOT_A_FILE = new Stat(-1, FileTime.fromMillis(0), "not a regular file");

    /**
     * Reads a file's attributes.
     *
     * @param attributes the attributes
     * @return the stat
     */
    static Stat of(BasicFileAttributes attributes) {
      return new Stat(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
    }

    /**
     * Reads a file's attributes, without following a link.
     *
     * @param file the file
     * @return the stat, or null when it is not a regular file
     */
    static Stat of(Path file) {
      try {
        BasicFileAttributes a =
            Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return a.isRegularFile() ? of(a) : null;
      } catch (IOException e) {
        return null;
      }
    }
  }

  /**
   * The state of a generation a whole build just wrote: its files as they are on disk.
   *
   * @param folder the generation
   * @param digests what each file holds
   * @return the state
   * @throws IOException when the folder cannot be read
   */
  public static GenerationState of(Path folder, Map<String, String> digests) throws IOException {
    return new GenerationState(folder, digests, look(folder));
  }

  /**
   * Every regular file under a folder with its attributes, by site-relative path, the marker
   * excepted.
   *
   * @param folder the folder
   * @return the files
   * @throws IOException when the folder cannot be read
   */
  static Map<String, Stat> look(Path folder) throws IOException {
    Map<String, Stat> files = new HashMap<>();
    int prefix = folder.toString().length() + 1;
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String relative = file.toString().substring(prefix).replace('\\', '/');
              if (!relative.equals(StagedOutput.MARKER)) {
                files.put(relative, attrs.isRegularFile() ? Stat.of(attrs) : Stat.NOT_A_FILE);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (NoSuchFileException e) {
      return Map.of();
    }
    return files;
  }
}

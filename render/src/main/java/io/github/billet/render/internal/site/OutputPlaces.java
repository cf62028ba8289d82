package io.github.billet.render.internal.site;

import io.github.billet.core.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a build reads and writes: the content folder must be a folder, and the output folder and
 * the content folder must not hold one another (compared by real paths, links resolved).
 */
public final class OutputPlaces {

  private OutputPlaces() {}

  public static Optional<Problem> checkPlaces(Path content, Path output) {
    Path realContent = realOrSelf(content);
    Path realOutput = realOrSelf(output);
    if (!Files.isDirectory(content)) {
      return Optional.of(BuildProblems.notAFolder(content));
    }
    if (realOutput.startsWith(realContent)) {
      return Optional.of(
          Problem.error(
              output.toString(),
              0,
              0,
              "output.inside-content",
              "the output folder is inside the content folder " + content,
              "write the site outside the content folder, for example next to it"));
    }
    if (realContent.startsWith(realOutput)) {
      return Optional.of(
          Problem.error(
              output.toString(),
              0,
              0,
              "output.contains-content",
              "the output folder contains the content folder; replacing it would delete the"
                  + " content",
              "write the site to a folder of its own"));
    }
    return Optional.empty();
  }

  private static Path realOrSelf(Path path) {
    Path existing = path;
    List<Path> missing = new ArrayList<>();
    while (existing != null && !Files.exists(existing)) {
      missing.add(0, existing.getFileName());
      existing = existing.getParent();
    }
    if (existing == null) {
      return path;
    }
    try {
      Path real = existing.toRealPath();
      for (Path name : missing) {
        real = real.resolve(name);
      }
      return real;
    } catch (IOException e) {
      return path;
    }
  }

  public static boolean insideReal(Path file, Path realContent) {
    try {
      return !Files.exists(file) || file.toRealPath().startsWith(realContent);
    } catch (IOException e) {
      return false;
    }
  }
}

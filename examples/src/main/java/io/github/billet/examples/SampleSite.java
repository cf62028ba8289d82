package io.github.billet.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bilingual sample site bundled in this jar: its {@code content/} folder and {@code site.yaml},
 * copied out to a folder so that they can be read, built and looked at.
 *
 * <pre>{@code
 * Path sample = SampleSite.extractTo(Path.of("target/sample"));
 * Path content = sample.resolve("content");
 * }</pre>
 */
public final class SampleSite {

  private static final String ROOT = "sample";

  private SampleSite() {}

  /**
   * Copies the sample site into a folder, replacing files of the same name.
   *
   * @param target the folder to copy into; created when missing
   * @return the folder, holding {@code content/}, {@code site.yaml} and {@code README.md}
   * @throws IOException when the copy fails
   */
  public static Path extractTo(Path target) throws IOException {
    URL marker = SampleSite.class.getResource(ROOT + "/site.yaml");
    if (marker == null) {
      throw new IOException("the sample site is missing from the class path");
    }
    URI uri;
    try {
      uri = marker.toURI();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    if ("jar".equals(uri.getScheme())) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        copyTree(jar.provider().getPath(uri).getParent(), target);
      }
    } else {
      copyTree(Path.of(uri).getParent(), target);
    }
    return target;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    try {
      for (Path file : files) {
        String relative = from.relativize(file).toString();
        Path dest = to.resolve(relative.replace(from.getFileSystem().getSeparator(), "/"));
        Files.createDirectories(dest.getParent());
        try (InputStream in = Files.newInputStream(file)) {
          Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Returns the folder next to the running jar (or classes folder), such as {@code
   * examples/target}, where the sample is built by default.
   *
   * @return the folder
   */
  static Path besideJar() {
    try {
      Path location =
          Path.of(SampleSite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isDirectory(location) ? location.getParent() : location.getParent();
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("examples", "target");
    }
  }
}

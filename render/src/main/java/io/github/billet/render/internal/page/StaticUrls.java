package io.github.billet.render.internal.page;

import io.github.billet.core.Post;
import io.github.billet.core.SiteConfig;
import io.github.billet.core.StaticFolder;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The URLs of the files of a site's static folders ({@code static:} in the configuration): where a
 * post's relative reference into one of them is served, without listing the folders.
 */
public final class StaticUrls {

  /** A configured folder, resolved against the content folder. */
  public record Root(StaticFolder folder, Path path) {}

  private final List<Root> roots;

  private StaticUrls(List<Root> roots) {
    this.roots = List.copyOf(roots);
  }

  /**
   * Resolves the configured folders.
   *
   * @param config the site configuration
   * @param content the content folder (relative {@code from} folders are relative to it)
   * @return the folders
   */
  public static StaticUrls of(SiteConfig config, Path content) {
    List<Root> roots = new ArrayList<>();
    for (StaticFolder folder : config.staticFolders()) {
      try {
        roots.add(new Root(folder, content.resolve(folder.from()).toAbsolutePath().normalize()));
      } catch (InvalidPathException e) {
        // a folder the system cannot name has no files to serve
      }
    }
    return new StaticUrls(roots);
  }

  /**
   * Returns the resolved folders, in the order given.
   *
   * @return the folders
   */
  public List<Root> roots() {
    return roots;
  }

  /**
   * Returns the URL a post's relative reference is served at when its file is in a static folder
   * and exists: {@code ../../public/img/logo.png} from {@code fr/blog/x/index.md} is {@code
   * /img/logo.png} when {@code ../public} is a static folder served at {@code /}.
   *
   * @param content the content folder
   * @param post the post
   * @param ref the path as written (a query or fragment is ignored)
   * @return the URL, empty when the file is not in a static folder or does not exist
   */
  public Optional<String> urlOf(Path content, Post post, String ref) {
    String path = ref;
    for (char c : new char[] {'?', '#'}) {
      int i = path.indexOf(c);
      if (i >= 0) {
        path = path.substring(0, i);
      }
    }
    if (roots.isEmpty() || path.isEmpty() || path.startsWith("/") || path.contains(":")) {
      return Optional.empty();
    }
    String source = post.source();
    String dir = source.contains("/") ? source.substring(0, source.lastIndexOf('/')) : "";
    Path file;
    try {
      file = (dir.isEmpty() ? content : content.resolve(dir)).resolve(path).toAbsolutePath();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    file = file.normalize();
    for (Root root : roots) {
      if (file.startsWith(root.path()) && !file.equals(root.path())) {
        if (!Files.isRegularFile(file)) {
          return Optional.empty();
        }
        String relative = root.path().relativize(file).toString().replace('\\', '/');
        return Optional.of(root.folder().url(relative));
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether a site path falls under a static folder's URL path.
   *
   * @param sitePath such as {@code /docs/report.pdf}
   * @return true when one of the folders is served above it
   */
  public boolean covers(String sitePath) {
    for (Root root : roots) {
      if (sitePath.startsWith(root.folder().to())) {
        return true;
      }
    }
    return false;
  }
}

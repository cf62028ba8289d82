package io.github.billet.render.internal.site;

import io.github.billet.core.ContentTree;
import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.render.internal.output.StagedOutput;
import io.github.billet.render.internal.page.AssetRefs;
import io.github.billet.render.site.BuildListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Copies the images and files each post refers to, and the other files of a post's own folder, next
 * to its page; a reference outside the content folder or to a missing file is a problem.
 */
public final class AssetCopy {

  private AssetCopy() {}

  /** The build run the files are copied into. */
  public interface Target {
    /** The content folder. */
    Path content();

    /** Reports a problem of the build. */
    void problem(Problem problem);

    /**
     * Takes an output path for a copied file; false, without a problem, if the site has a file
     * there already, and the copy is skipped.
     */
    boolean reserve(String path);

    /** Copies a post's file into the site; a name the system cannot encode is a problem. */
    void copy(String target, Path source, String file, int line, int column) throws IOException;
  }

  /**
   * Copies the files of every published post into the run, reporting progress as {@code assets}; a
   * reference into a static folder is left to that folder's copy.
   */
  public static void copyAssets(
      Target run,
      BuildListener listener,
      ContentTree tree,
      List<Post> published,
      StaticFiles statics)
      throws IOException {
    Set<String> others = new HashSet<>(tree.otherFiles());
    Path realContent = run.content().toRealPath();
    listener.progress("assets", 0, published.size());
    int done = 0;
    for (Post post : published) {
      String url = post.url().orElseThrow();
      String dir =
          post.source().contains("/")
              ? post.source().substring(0, post.source().lastIndexOf('/'))
              : "";
      for (AssetRefs.Ref at : AssetRefs.of(post)) {
        String ref = at.path();
        Optional<Path> source;
        try {
          source = StagedOutput.safeResolve(run.content(), (dir.isEmpty() ? "" : dir + "/") + ref);
        } catch (InvalidPathException e) {
          run.problem(BuildProblems.nameEncoding(post.source(), at.line(), at.column(), ref));
          continue;
        }
        Optional<String> target = AssetRefs.outputPath(url, ref);
        if (statics.urlOf(run.content(), post, ref).isPresent()) {
          continue; // a file of a static folder: copied with it, the page links its URL
        }
        if (source.isEmpty()
            || target.isEmpty()
            || !OutputPlaces.insideReal(source.get(), realContent)) {
          run.problem(
              Problem.error(
                  post.source(),
                  at.line(),
                  at.column(),
                  "asset.outside-root",
                  "'" + ref + "' points outside the content folder; it is not copied",
                  "keep the post's images and files inside the content folder"));
          continue;
        }
        String relative = run.content().relativize(source.get()).toString().replace('\\', '/');
        if (!others.contains(relative)) {
          if (!Files.isRegularFile(source.get())) {
            run.problem(
                Problem.warning(
                    post.source(),
                    at.line(),
                    at.column(),
                    "asset.missing",
                    "'" + ref + "' names a file that does not exist (" + relative + ")",
                    "add the file next to the post, or fix the path"));
          }
          continue;
        }
        if (run.reserve(target.get())) {
          run.copy(target.get(), source.get(), post.source(), at.line(), at.column());
        }
      }
      copyBundle(run, post, url, dir, tree.otherFiles(), realContent);
      listener.progress("assets", ++done, published.size());
    }
  }

  private static void copyBundle(
      Target run, Post post, String url, String dir, List<String> otherFiles, Path realContent)
      throws IOException {
    String name = post.source().substring(post.source().lastIndexOf('/') + 1);
    String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    String folder = dir.substring(dir.lastIndexOf('/') + 1);
    if (dir.isEmpty() || !(base.equals("index") || base.equals(folder))) {
      return;
    }
    String prefix = dir + "/";
    for (String file : otherFiles) {
      if (!file.startsWith(prefix)) {
        continue;
      }
      String inner = file.substring(prefix.length());
      Optional<String> target = AssetRefs.outputPath(url, inner);
      Path source = run.content().resolve(file);
      if (target.isEmpty() || !OutputPlaces.insideReal(source, realContent)) {
        continue;
      }
      if (run.reserve(target.get())) {
        run.copy(target.get(), source, file, 0, 0);
      }
    }
  }
}

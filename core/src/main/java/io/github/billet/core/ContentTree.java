package io.github.billet.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything read from a content folder: the posts in a deterministic order (by source path), the
 * other files (images, attachments) and every problem found.
 *
 * <pre>{@code
 * ContentTree tree = ContentLoader.builder().config(config).build().load(Path.of("content"));
 * tree.posts().forEach(p -> System.out.println(p.url().orElse("-") + " " + p.title()));
 * if (tree.hasErrors()) { ... }
 * }</pre>
 *
 * @param root the content folder
 * @param posts the posts, sorted by source path
 * @param otherFiles the paths, relative to the root with {@code /}, of files that are not posts
 * @param problems every problem, sorted
 */
public record ContentTree(
    Path root, List<Post> posts, List<String> otherFiles, List<Problem> problems) {

  /** Checks the components and makes the lists immutable. */
  public ContentTree {
    Objects.requireNonNull(root, "root");
    posts = List.copyOf(posts);
    otherFiles = List.copyOf(otherFiles);
    problems = List.copyOf(problems);
  }

  /**
   * Tells whether any problem is an error.
   *
   * @return true when at least one error
   */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /**
   * Returns the errors.
   *
   * @return the errors, sorted
   */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /**
   * Finds the post with a source path.
   *
   * @param source the path relative to the root, with {@code /}
   * @return the post
   */
  public Optional<Post> post(String source) {
    return posts.stream().filter(p -> p.source().equals(source)).findFirst();
  }

  /**
   * Finds the post published at a URL.
   *
   * @param url a site-relative URL such as {@code /fr/blog/hello/}
   * @return the post
   */
  public Optional<Post> postAt(String url) {
    return posts.stream().filter(p -> p.url().filter(url::equals).isPresent()).findFirst();
  }
}

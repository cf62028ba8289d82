package io.github.billet.examples;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.PostParseException;
import io.github.billet.core.PostParser;
import io.github.billet.core.Problem;
import java.nio.file.Path;

/**
 * Example: parse one post and print its fields.
 *
 * <p>Shows the typed model ({@code title}, {@code date}, {@code tags}, {@code image}…), custom
 * front matter keys read through {@code frontMatter()}, and problems: a file that cannot become a
 * post throws {@link PostParseException} carrying its {@link Problem}; smaller problems are in
 * {@code post.problems()}.
 *
 * <pre>
 * java -cp examples/target/billet-examples.jar io.github.billet.examples.ParseOnePost path/to/post.md
 * </pre>
 */
public final class ParseOnePost {

  private ParseOnePost() {}

  /**
   * Parses the file given as argument, or a built-in example when there is none.
   *
   * @param args a path to a Markdown file, optional
   * @throws Exception never for bad input: problems are printed
   */
  public static void main(String[] args) throws Exception {
    PostParser parser = PostParser.builder().build();
    Post post;
    try {
      post =
          args.length > 0
              ? parser.parse(Path.of(args[0]))
              : parser.parse(
                  "fr/blog/posts/bienvenue/index.md",
                  """
                  ---
                  title: "Bienvenue à l'Atelier"
                  description: Le blog ouvre.
                  date: 2024-03-26
                  image: {path: ./cover.png, alt: "Une porte ouverte", hide: True}
                  tags: [Communauté, posts]
                  video: {src: "https://video.example/embed/1", title: Présentation}
                  ---
                  Bonjour à toutes et à tous !
                  """);
    } catch (PostParseException e) {
      e.problems().forEach(System.err::println);
      System.exit(1);
      return;
    }
    System.out.println("source       " + post.source());
    System.out.println("slug         " + post.slug());
    System.out.println("language     " + post.language().map(Language::code).orElse("?"));
    System.out.println("url          " + post.url().orElse("(not published)"));
    System.out.println("title        " + post.title());
    System.out.println("description  " + post.description().orElse(""));
    System.out.println("date         " + post.date().map(Object::toString).orElse("(none)"));
    System.out.println("image        " + post.image().map(Object::toString).orElse("(none)"));
    System.out.println("tags         " + post.tags());
    System.out.println("collections  " + post.collections());
    System.out.println("draft        " + post.draft());
    System.out.println("video.src    " + post.frontMatter().getString("video.src").orElse(""));
    System.out.println("body starts  line " + post.body().startLine());
    post.problems().forEach(System.out::println);
  }
}

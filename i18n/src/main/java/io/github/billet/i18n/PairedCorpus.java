package io.github.billet.i18n;

import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of pairing a corpus: its posts with their languages decided, the translation index,
 * and the integrity report.
 *
 * <pre>{@code
 * PairedCorpus corpus = pairing.pair(tree.posts());
 * corpus.report().forEach(System.err::println);
 * Post english = corpus.index().translation(french, Language.ENGLISH).orElseThrow();
 * }</pre>
 *
 * @param posts the posts in their original order, languages decided (detection included)
 * @param index which post translates which
 * @param report the integrity report: every broken or lopsided link, sorted
 */
public record PairedCorpus(List<Post> posts, TranslationIndex index, List<Problem> report) {

  /** Checks the components. */
  public PairedCorpus {
    posts = List.copyOf(posts);
    Objects.requireNonNull(index, "index");
    report = List.copyOf(report);
  }

  /**
   * Finds a post by source path.
   *
   * @param source the path relative to the content root
   * @return the post, with its decided language
   */
  public Optional<Post> post(String source) {
    return posts.stream().filter(p -> p.source().equals(source)).findFirst();
  }

  /**
   * Returns the problems of the report that concern one file.
   *
   * @param source the path relative to the content root
   * @return the problems
   */
  public List<Problem> problemsOf(String source) {
    return report.stream().filter(p -> p.file().equals(source)).toList();
  }
}

package io.github.billet.i18n.internal;

import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.core.internal.shared.SharedDocument;
import io.github.billet.i18n.TranslationIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds posts that look like translations of each other (same date, and the same own image file or
 * the same block structure) though nothing links them, and reports them.
 *
 * <pre>{@code
 * UnlinkedTranslations.report(posts, pairs, withTranslationLine, problems);
 * }</pre>
 */
final class UnlinkedTranslations {

  private UnlinkedTranslations() {}

  /**
   * Reports {@code translation.unlinked} on both posts of each likely pair of translations that
   * nothing links.
   *
   * @param posts the posts, languages decided
   * @param pairs the pairs chosen
   * @param withTranslationLine the sources of the posts whose body starts with a translation line
   * @param problems where to add the problems
   */
  static void report(
      List<Post> posts,
      List<TranslationIndex.Pair> pairs,
      Set<String> withTranslationLine,
      List<Problem> problems) {
    Set<String> pairedSources = new HashSet<>();
    for (TranslationIndex.Pair p : pairs) {
      pairedSources.add(p.first().source());
      pairedSources.add(p.second().source());
    }
    // Every rule wants the same date: only posts of one date are compared, so the work stays
    // linear in the number of posts however large the site.
    Map<java.time.LocalDate, List<Post>> looseByDate = new TreeMap<>();
    for (Post post : posts) {
      if (post.url().isPresent()
          && post.language().isPresent()
          && post.date().isPresent()
          && !pairedSources.contains(post.source())) {
        looseByDate.computeIfAbsent(post.date().get(), k -> new ArrayList<>()).add(post);
      }
    }
    Map<String, StructureSignature.Signature> shapes = new HashMap<>();
    Set<String> suggested = new HashSet<>();
    for (List<Post> loose : looseByDate.values()) {
      if (loose.size() < 2) {
        continue;
      }
      for (Post post : loose) {
        shapes.put(
            post.source(),
            StructureSignature.of(
                SharedDocument.of(post.body()), withTranslationLine.contains(post.source())));
      }
      suggestAmong(loose, shapes, suggested, problems);
    }
  }

  private static void suggestAmong(
      List<Post> loose,
      Map<String, StructureSignature.Signature> shapes,
      Set<String> suggested,
      List<Problem> problems) {
    for (int i = 0; i < loose.size(); i++) {
      Post a = loose.get(i);
      for (int j = i + 1; j < loose.size(); j++) {
        Post b = loose.get(j);
        if (LanguageDecision.languageOf(a).equals(LanguageDecision.languageOf(b))
            || suggested.contains(a.source())
            || suggested.contains(b.source())) {
          continue;
        }
        String why = likelyTranslations(a, b, shapes);
        if (why == null) {
          continue;
        }
        suggested.add(a.source());
        suggested.add(b.source());
        for (Post[] pair : new Post[][] {{a, b}, {b, a}}) {
          problems.add(
              Problem.warning(
                  pair[0].source(),
                  pair[0].body().startLine(),
                  1,
                  "translation.unlinked",
                  "this post and "
                      + pair[1].source()
                      + " look like translations ("
                      + why
                      + ") but nothing links them",
                  "start its body with the line "
                      + PairingReport.translationLine(
                          LanguageDecision.languageOf(pair[1]), pair[1].url().orElse("/"))
                      + ", or give both the same 'translationKey'"));
        }
      }
    }
  }

  private static String likelyTranslations(
      Post a, Post b, Map<String, StructureSignature.Signature> shapes) {
    boolean sameDate = a.date().isPresent() && a.date().equals(b.date());
    Optional<String> imageA = ownImageFile(a);
    if (sameDate && imageA.isPresent() && imageA.equals(ownImageFile(b))) {
      return "same date " + a.date().get() + " and same image file " + imageA.get();
    }
    StructureSignature.Signature sa = shapes.get(a.source());
    StructureSignature.Signature sb = shapes.get(b.source());
    if (sameDate && sa.blocks() >= 6 && sa.shape().equals(sb.shape())) {
      return "same date " + a.date().get() + " and the same " + sa.blocks() + " blocks";
    }
    return null;
  }

  /**
   * The cover image's file name, when the post's own front matter names one: an own {@code image:}
   * holding only {@code alt} still shows the folder's default file, shared by unrelated posts.
   */
  private static Optional<String> ownImageFile(Post post) {
    if (post.frontMatter().positionOf("image.path").isEmpty() || post.image().isEmpty()) {
      return Optional.empty();
    }
    String path = post.image().get().path();
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }
}

package io.github.billet.i18n;

import io.github.billet.core.Post;
import io.github.billet.core.PostParseException;
import io.github.billet.core.PostParser;
import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.core.SiteConfigException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small hand-written posts for the pairing tests: a site with {@code fr/**} in French, {@code
 * en/**} in English and blog posts at {@code /{lang}/blog/{slug}/}.
 */
final class Fixture {

  static final String BASE = "https://example.gouv.fr";

  /** A dozen English sentences the detector takes as English with high confidence. */
  static final String ENGLISH_TEXT =
      "This post explains how the public administration shares the source code of its software"
          + " with the community. We describe the rules that every team should follow when they"
          + " publish their work, and we show why open source matters for all of us.\n";

  /** The same in French. */
  static final String FRENCH_TEXT =
      "Cet article explique comment l'administration publique partage le code source de ses"
          + " logiciels avec la communauté. Nous décrivons les règles que chaque équipe doit suivre"
          + " quand elle publie son travail, et nous montrons pourquoi le logiciel libre compte"
          + " pour nous tous.\n";

  static final SiteConfig CONFIG = config();

  private static final PostParser PARSER = PostParser.builder().build();

  private Fixture() {}

  private static SiteConfig config() {
    try {
      return SiteConfig.parse(
          "site.yaml",
          String.join(
              "\n",
              "baseUrl: " + BASE,
              "languages: [fr, en]",
              "rules:",
              "  - match: \"fr/**\"",
              "    lang: fr",
              "  - match: \"en/**\"",
              "    lang: en",
              "  - match: \"*/blog/posts/**\"",
              "    url: \"/{lang}/blog/{slug}/\"",
              "  - match: \"*/blog/posts/webinars/**\"",
              "    defaults: {image: {path: /img/webinar.png, alt: \"\"}}",
              ""));
    } catch (SiteConfigException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Parses a post: {@code ---}, the front matter lines, {@code ---}, then the body. The front
   * matter starts at line 2; the body at line {@code frontMatterLines + 3}.
   */
  static Post post(String source, String frontMatter, String body) {
    String text = "---\n" + frontMatter + (frontMatter.endsWith("\n") ? "" : "\n") + "---\n" + body;
    try {
      return PARSER.parse(source, text, CONFIG.defaultsFor(source));
    } catch (PostParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A post dated 2024-03-26 whose body is a first line (may be empty) then a long text. */
  static Post post(String source, String firstLine, boolean english) {
    String text = english ? ENGLISH_TEXT : FRENCH_TEXT;
    return post(
        source,
        "title: Title\ndate: 2024-03-26\n",
        firstLine.isEmpty() ? text : firstLine + "\n\n" + text);
  }

  static String fr(String slug) {
    return "fr/blog/posts/" + slug + "/index.md";
  }

  static String en(String slug) {
    return "en/blog/posts/" + slug + "/index.md";
  }

  static TranslationPairing.Builder pairing() {
    return TranslationPairing.builder().baseUrl(BASE);
  }

  static PairedCorpus pair(Post... posts) {
    return pairing().build().pair(Arrays.asList(posts));
  }

  static PairedCorpus pair(List<Post> posts) {
    return pairing().build().pair(new ArrayList<>(posts));
  }

  static List<String> codes(PairedCorpus corpus) {
    return corpus.report().stream().map(p -> p.file() + " " + p.code()).toList();
  }

  static Problem only(PairedCorpus corpus, String code) {
    List<Problem> found = corpus.report().stream().filter(p -> p.code().equals(code)).toList();
    if (found.size() != 1) {
      throw new AssertionError("expected one " + code + " in " + corpus.report());
    }
    return found.get(0);
  }
}

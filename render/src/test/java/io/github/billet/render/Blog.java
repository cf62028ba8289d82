package io.github.billet.render;

import io.github.billet.core.Post;
import io.github.billet.core.PostParseException;
import io.github.billet.core.PostParser;
import io.github.billet.core.SiteConfig;
import io.github.billet.core.SiteConfigException;
import io.github.billet.i18n.PairedCorpus;
import io.github.billet.i18n.TranslationPairing;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.page.Neighbours;
import io.github.billet.render.page.Page;
import io.github.billet.render.page.PageRenderer;
import java.util.ArrayList;
import java.util.List;

/** A small bilingual blog made of fixture posts, with the code.gouv.fr folder rules. */
public final class Blog {

  public static final String SITE_YAML =
      """
      title:
        fr: "Mon blog"
        en: "My blog"
      baseUrl: https://blog.example.org
      languages: [fr, en]
      dsfr: {url: https://cdn.example/dsfr/dist}
      rules:
        - match: "fr/**"
          lang: fr
        - match: "en/**"
          lang: en
        - match: "*/blog/posts/**"
          tags: [posts]
          url: "/{lang}/blog/{slug}/"
          requireDate: true
      """;

  public final SiteConfig site;
  final PostParser parser;
  private final List<Post> posts = new ArrayList<>();

  public Blog(BodyRenderer body) {
    try {
      site = SiteConfig.parse("site.yaml", SITE_YAML);
    } catch (SiteConfigException e) {
      throw new IllegalStateException(e);
    }
    parser = PostParser.builder().extensions(body.extensions()).build();
  }

  public Blog add(String source, String text) {
    try {
      posts.add(parser.parse(source, text, site.defaultsFor(source)));
    } catch (PostParseException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  public PairedCorpus pair() {
    return TranslationPairing.builder()
        .baseUrl(site.baseUrl())
        .detectLanguages(false)
        .build()
        .pair(posts);
  }

  /**
   * Renders the page of a blog holding one post, alone in its timeline.
   *
   * @param body the body renderer, for the parser and the page
   * @param source the post's source name
   * @param text the whole file
   * @return the post's page
   */
  public static Page onePostPage(BodyRenderer body, String source, String text) {
    Blog blog = new Blog(body).add(source, text);
    PairedCorpus corpus = blog.pair();
    Post post = corpus.post(source).orElseThrow();
    return PageRenderer.builder()
        .site(blog.site)
        .bodyRenderer(body)
        .build()
        .renderPost(post, corpus.index(), Neighbours.none());
  }

  public static String post(String frontMatter, String body) {
    return "---\n" + frontMatter.strip() + "\n---\n\n" + body;
  }
}

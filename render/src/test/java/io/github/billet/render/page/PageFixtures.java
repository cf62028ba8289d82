package io.github.billet.render.page;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.i18n.PairedCorpus;
import io.github.billet.render.Blog;
import io.github.billet.render.body.BodyRenderer;
import java.util.List;

/** The fixture blog of the page tests: a translated pair, an untranslated post with toc, more. */
public final class PageFixtures {

  public static final String FR_SOURCE = "fr/blog/posts/guide-osor/index.md";
  static final String EN_SOURCE = "en/blog/posts/osor-handbook/index.md";
  static final String SOLO_SOURCE = "fr/blog/posts/2024-05-02-solo.md";

  public final BodyRenderer body;
  public final Blog blog;
  public final PairedCorpus corpus;
  public final PageRenderer renderer;

  public PageFixtures() {
    this(BodyRenderer.builder().build());
  }

  public PageFixtures(BodyRenderer body) {
    this.body = body;
    this.blog = new Blog(body);
    blog.add(
        FR_SOURCE,
        Blog.post(
            """
            title: "L'Europe publie un guide sur l'Open Source"
            description: "Entretien avec l'Observatoire Open Source européen"
            date: 2024-03-26
            image:
              path: ./osor-handbook.png
              alt: "Publication de l'OSOR Handbook"
              hide: True
            tags:
              - Europe
              - Données ouvertes
            """,
            """
            *Read the [english version](/en/blog/osor-handbook/).*

            ## Contexte

            Le guide de l'OSOR aide les administrations.
            """));
    blog.add(
        EN_SOURCE,
        Blog.post(
            """
            title: "Europe publishes a handbook on Open Source"
            description: "Interview with the European Open Source Observatory"
            date: 2024-03-26
            image:
              path: ./osor-handbook.png
              alt: "The OSOR Handbook"
            tags: [Europe]
            """,
            """
            *Lire la version [française](/fr/blog/guide-osor/).*

            The OSOR handbook helps administrations.
            """));
    blog.add(
        SOLO_SOURCE,
        Blog.post(
            """
            title: Un billet seul
            date: 2024-05-02
            toc: true
            tags: [Données ouvertes, posts]
            """,
            """
            Introduction.

            ## Première partie

            Texte.

            ### Détail

            Plus de texte.

            ## Seconde partie

            | a | b |
            |---|---|
            | 1 | 2 |
            """));
    for (int i = 1; i <= 11; i++) {
      blog.add(
          "fr/blog/posts/billet-" + i + ".md",
          Blog.post(
              "title: Billet numéro " + i + "\ndate: 2023-01-" + (10 + i) + "\ntags: [Série]",
              "Texte du billet " + i + ".\n"));
    }
    this.corpus = blog.pair();
    this.renderer = PageRenderer.builder().site(blog.site).bodyRenderer(body).build();
  }

  public Post post(String source) {
    return corpus.post(source).orElseThrow();
  }

  public List<Post> blogPosts() {
    return corpus.posts().stream().filter(p -> p.inCollection("posts")).toList();
  }

  public List<Post> blogPosts(Language language) {
    return PostTimeline.of(blogPosts()).posts(language);
  }

  public Page postPage(String source) {
    Post post = post(source);
    return renderer.renderPost(post, corpus.index(), PostTimeline.of(blogPosts()).neighbours(post));
  }
}

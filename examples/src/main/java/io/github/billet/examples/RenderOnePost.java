package io.github.billet.examples;

import io.github.billet.core.Post;
import io.github.billet.core.PostParser;
import io.github.billet.core.SiteConfig;
import io.github.billet.i18n.PairedCorpus;
import io.github.billet.i18n.TranslationPairing;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.page.Neighbours;
import io.github.billet.render.page.Page;
import io.github.billet.render.page.PageRenderer;
import java.util.List;

/**
 * Example: render one post to a complete DSFR page and print its HTML.
 *
 * <p>Shows the three modules together without a content folder: parse with the body renderer's
 * syntax extensions, let the pairing decide the language, render the page. A real site would use
 * {@code SiteBuild} instead (see {@link BuildSite}).
 *
 * <pre>
 * java -cp examples/target/billet-examples.jar io.github.billet.examples.RenderOnePost &gt; post.html
 * </pre>
 */
public final class RenderOnePost {

  private RenderOnePost() {}

  /**
   * Renders a built-in post.
   *
   * @param args none
   * @throws Exception never for this built-in post
   */
  public static void main(String[] args) throws Exception {
    BodyRenderer body = BodyRenderer.builder().build();
    PostParser parser = PostParser.builder().build();
    SiteConfig site =
        SiteConfig.parse(
            "site.yaml",
            """
            title: {fr: "L'Atelier", en: "The Workshop"}
            baseUrl: https://example.gouv.fr
            languages: [fr, en]
            rules:
              - match: "fr/**"
                lang: fr
              - match: "*/blog/posts/**"
                tags: [posts]
                url: "/{lang}/blog/{slug}/"
            """);
    String source = "fr/blog/posts/bienvenue/index.md";
    Post post =
        parser.parse(
            source,
            """
            ---
            title: "Bienvenue à l'Atelier"
            description: Le blog de l'Atelier ouvre ses portes.
            date: 2024-03-01
            tags: [Communauté]
            ---
            Nous ouvrons ce blog pour raconter nos projets de logiciels libres.

            :::callout À retenir
            Chaque billet existe en français et en anglais.
            :::

            | Langue | Billets |
            |---|---|
            | français | 1 |
            """,
            site.defaultsFor(source));
    PairedCorpus corpus = TranslationPairing.builder().build().pair(List.of(post));
    PageRenderer pages = PageRenderer.builder().site(site).bodyRenderer(body).build();
    Page page = pages.renderPost(corpus.posts().get(0), corpus.index(), Neighbours.none());
    System.out.println(page.html());
    page.problems().forEach(System.err::println);
  }
}

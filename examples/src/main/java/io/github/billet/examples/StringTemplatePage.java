package io.github.billet.examples;

import static io.github.billet.render.page.Html.attribute;
import static io.github.billet.render.page.Html.text;

import io.github.billet.core.Post;
import io.github.billet.core.PostParser;
import io.github.billet.render.page.Page;
import io.github.billet.render.page.PageContent;
import io.github.billet.render.page.PageLayout;
import io.github.billet.render.page.PageLink;
import io.github.billet.render.page.PageRenderer;
import io.github.billet.render.page.PostPage;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recipe: render a post page with a template you already have, here a plain {@code String} with
 * {@code {{name}}} placeholders (any engine works the same way: give it the page model's values).
 * The values are escaped before they go in; only the body is HTML already.
 *
 * <pre>
 * java -cp examples/target/billet-examples.jar io.github.billet.examples.StringTemplatePage
 * </pre>
 */
public final class StringTemplatePage {

  /** The page's template; {@code {{body}}} is HTML, every other value is escaped text. */
  static final String TEMPLATE =
      """
      <!DOCTYPE html>
      <html lang="{{lang}}">
      <head><meta charset="utf-8"><title>{{title}}</title>
      <link rel="canonical" href="{{url}}"></head>
      <body><article>
      <h1>{{title}}</h1>
      <p>{{date}}</p>
      <ul>{{tags}}</ul>
      {{body}}</article></body>
      </html>
      """;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

  private StringTemplatePage() {}

  /** A layout that fills {@link #TEMPLATE} from the post page's model. */
  static final PageLayout LAYOUT =
      new PageLayout() {
        @Override
        public String render(PageContent content) {
          // Only post pages are rendered here; other kinds keep the default DSFR content.
          return fill(
              Map.of(
                  "lang",
                  content.language().code(),
                  "title",
                  text(content.title()),
                  "url",
                  attribute(content.canonicalUrl()),
                  "date",
                  "",
                  "tags",
                  "",
                  "body",
                  content.mainHtml()));
        }

        @Override
        public String post(PostPage page) {
          String tags =
              page.tags().stream()
                  .map(PageLink::text)
                  .map(t -> "<li>" + text(t) + "</li>")
                  .collect(Collectors.joining());
          return fill(
              Map.of(
                  "lang", page.head().language().code(),
                  "title", text(page.title()),
                  "url", attribute(page.head().canonicalUrl()),
                  "date", text(page.dateLabel().orElse("")),
                  "tags", tags,
                  "body", page.body().html()));
        }
      };

  static String fill(Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(TEMPLATE);
    return m.replaceAll(r -> Matcher.quoteReplacement(values.getOrDefault(r.group(1), "")));
  }

  /**
   * Renders a built-in post with the template and prints the page.
   *
   * @param args none
   * @throws Exception never for this built-in post
   */
  public static void main(String[] args) throws Exception {
    Post post =
        PostParser.builder()
            .build()
            .parse(
                "fr/blog/bonjour.md",
                """
                ---
                title: Bonjour & bienvenue
                date: 2024-05-02
                lang: fr
                tags: [Communauté]
                ---
                Un billet rendu par **votre** gabarit.
                """);
    Page page = PageRenderer.builder().layout(LAYOUT).build().renderPost(post);
    System.out.println(page.html());
  }
}

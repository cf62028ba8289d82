package io.github.billet.render.internal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Problem;
import io.github.billet.render.Blog;
import io.github.billet.render.NuChecker;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.body.HtmlPolicy;
import io.github.billet.render.page.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The repair of raw HTML on generated hostile HTML: random nestings of the elements posts write
 * (links, buttons, iframes, images, headings, lists, figures, obsolete elements, style) with
 * attributes the standard refuses on them or values it refuses, put in a post whose page must pass
 * the Nu HTML checker whatever the policy, each repair reported at a line of the post.
 */
class HtmlRepairGeneratedTest {

  private static final String[] ELEMENTS = {
    "div",
    "p",
    "span",
    "a",
    "a",
    "button",
    "iframe",
    "img",
    "img",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "style",
    "center",
    "font",
    "ul",
    "ol",
    "li",
    "em",
    "strong",
    "section",
    "blockquote",
    "figure",
    "figcaption",
    "input",
    "video",
    "hr",
    "br",
    "table",
    "tt",
    "code",
    "pre",
    "dl",
    "dt",
    "dd",
    "details",
    "summary",
    "small"
  };

  private static final String[][] ATTRIBUTES = {
    {"width", "100%", "110px", "300", "auto", "12.5", "-3", ""},
    {"height", "110px", "50%", "200", "x"},
    {"type", "text/html", "button", "submit", "foo"},
    {"frameborder", "0"},
    {"align", "center", "left", "middle"},
    {"allowfullscreen", "true", "false", "", "allowfullscreen"},
    {"loading", "lazy", "sometimes"},
    {"id", "x", "x", "a b", "", "main-content"},
    {"target", "_new", "_blank", "cadre"},
    {"tabindex", "1", "x", "-1"},
    {"colspan", "0", "2", "2px"},
    {"alt", "Une image", ""},
    {"title", "Titre"},
    {"class", "fr-btn", "fr-link"},
    {"border", "0", "1", "2"},
    {"bgcolor", "#fff"},
    {"color", "red"},
    {"valign", "top"},
    {"style", "color: red"},
    {"data-x", "1"},
    {"controls", "", "controls", "yes"},
    {"scrolling", "no"},
    {"hidden", "", "maybe"},
    {"dir", "ltr", "sideways"},
  };

  private static final String[] WORDS = {"Texte", "lien", "et", "encore", "l'image", "a & b"};

  private static NuChecker checker;

  @BeforeAll
  static void setUpChecker() {
    checker = new NuChecker();
  }

  @ParameterizedTest
  @EnumSource(HtmlPolicy.class)
  void everyGeneratedBodyMakesAValidPage(HtmlPolicy policy) {
    BodyRenderer renderer =
        BodyRenderer.builder().policy(policy).allowedIframeHosts("tube.example.org").build();
    Random random = new Random(23);
    int repaired = 0;
    List<String> invalid = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      StringBuilder html = new StringBuilder();
      int blocks = 1 + random.nextInt(3);
      for (int b = 0; b < blocks; b++) {
        element(random, html, 0);
        html.append('\n');
      }
      String body = "Un paragraphe.\n\n" + html + "\nFin.\n";
      Page page =
          Blog.onePostPage(
              renderer,
              "fr/blog/posts/genere.md",
              Blog.post("title: \"Généré\"\ndate: 2024-03-01", body));
      List<String> errors = checker.errors(page.html());
      if (!errors.isEmpty()) {
        invalid.add(errors + " in the body:\n" + body);
      }
      for (Problem p : page.problems()) {
        if (p.code().equals("html.repaired")) {
          repaired++;
          assertThat(p.line()).as("%s in%n%s", p, body).isPositive();
        }
      }
    }
    assertThat(invalid).as(policy.name()).isEmpty();
    assertThat(repaired).isGreaterThan(policy == HtmlPolicy.ESCAPE ? -1 : 100);
  }

  private static void element(Random random, StringBuilder out, int depth) {
    String name = ELEMENTS[random.nextInt(ELEMENTS.length)];
    out.append('<').append(name);
    switch (name) {
      case "a" -> out.append(" href=\"/fr/x/\"");
      case "img", "video" -> out.append(" src=\"https://tube.example.org/a.png\"");
      case "iframe" -> out.append(" src=\"https://tube.example.org/embed/1\" title=\"Vidéo\"");
      default -> {}
    }
    int attributes = random.nextInt(4);
    for (int i = 0; i < attributes; i++) {
      String[] a = ATTRIBUTES[random.nextInt(ATTRIBUTES.length)];
      if (out.indexOf(" " + a[0] + "=", out.lastIndexOf("<")) >= 0) {
        continue;
      }
      out.append(' ').append(a[0]).append("=\"").append(a[1 + random.nextInt(a.length - 1)]);
      out.append('"');
    }
    out.append('>');
    switch (name) {
      case "img", "input", "hr", "br" -> {
        return;
      }
      case "style" -> {
        out.append("p { color: red }</style>");
        return;
      }
      case "iframe", "video" -> {
        out.append("</").append(name).append('>');
        return;
      }
      default -> {}
    }
    int children = depth >= 3 ? 0 : random.nextInt(4);
    out.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    for (int i = 0; i < children; i++) {
      if (random.nextBoolean()) {
        out.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
      element(random, out, depth + 1);
    }
    out.append("</").append(name).append('>');
  }
}

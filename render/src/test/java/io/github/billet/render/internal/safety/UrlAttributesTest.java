package io.github.billet.render.internal.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.billet.render.body.BodyContext;
import io.github.billet.render.body.BodyRenderer;
import io.github.billet.render.body.HtmlPolicy;
import io.github.billet.render.internal.feed.SiteUrls;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every attribute of the one list of URL attributes ({@link UrlAttributes}) is handled by each part
 * of the safety code that reads URLs: an attribute added to the list once is checked everywhere.
 */
class UrlAttributesTest {

  private static final String SCRIPT = "javascript:alert(1)";

  private static Set<String> every() {
    Set<String> names = new TreeSet<>(UrlAttributes.SINGLE);
    names.addAll(UrlAttributes.SRCSET);
    return names;
  }

  private static String unsafeValue(String name) {
    return UrlAttributes.SRCSET.contains(name) ? SCRIPT + " 1x" : SCRIPT;
  }

  private static String tag(String element, String name) {
    return "<" + element + " " + name + "=\"" + unsafeValue(name) + "\">x</" + element + ">";
  }

  @Test
  void rawHtmlRewritingBlocksEveryUrlAttribute() {
    for (String name : every()) {
      for (String element : List.of("a", "img", "div")) {
        List<String> blocked = new ArrayList<>();
        String html =
            RawHtmlUrls.rewrite(
                tag(element, name), new UrlRules("/fr/p/"), (t, a, v) -> blocked.add(a));
        assertThat(html).as("%s on <%s>", name, element).doesNotContain("javascript");
        assertThat(blocked).as("%s on <%s>", name, element).contains(name);
      }
    }
  }

  @Test
  void repairBlocksEveryUrlAttribute() {
    for (String name : every()) {
      for (String element : List.of("a", "img", "div")) {
        HtmlRepair.Result repaired = HtmlRepair.repair(tag(element, name));
        assertThat(repaired.html()).as("%s on <%s>", name, element).doesNotContain("javascript");
      }
    }
  }

  @Test
  void layoutFragmentsRefuseEveryUrlAttribute() {
    for (String name : every()) {
      assertThatThrownBy(() -> FragmentRules.check(tag("a", name), "header"))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(name);
    }
  }

  @Test
  void theSanitizerKeepsNoUnsafeUrlAttribute() {
    HtmlSanitizer sanitizer = new HtmlSanitizer(Set.of("tube.numerique.gouv.fr"));
    for (String name : every()) {
      for (String element : List.of("a", "img", "iframe", "blockquote", "div")) {
        assertThat(sanitizer.clean(tag(element, name)))
            .as("%s on <%s>", name, element)
            .doesNotContain("javascript");
      }
    }
  }

  @Test
  void attributeBlocksOfLinksAndImagesBlockEveryUrlAttribute() {
    BodyContext context = new BodyContext("/fr/blog/p/", "fr/p.md", 5);
    for (HtmlPolicy policy : HtmlPolicy.values()) {
      BodyRenderer renderer = BodyRenderer.builder().policy(policy).build();
      Parser parser = Parser.builder().extensions(renderer.extensions()).build();
      for (String name : every()) {
        for (String markdown :
            List.of(
                "[x](/a/){" + name + "=\"" + unsafeValue(name) + "\"}",
                "![x](/a.png){" + name + "=\"" + unsafeValue(name) + "\"}")) {
          var body = renderer.render(parser.parse(markdown), context);
          assertThat(body.html()).as("%s, %s", markdown, policy).doesNotContain("javascript");
          assertThat(body.problems()).as("%s, %s", markdown, policy).isNotEmpty();
        }
      }
    }
  }

  @Test
  void feedsMakeEveryResolvedAttributeAbsolute() {
    assertThat(UrlAttributes.SINGLE).containsAll(UrlAttributes.RESOLVED);
    SiteUrls urls = new SiteUrls("https://code.gouv.fr");
    Set<String> names = new TreeSet<>(UrlAttributes.RESOLVED);
    names.addAll(UrlAttributes.SRCSET);
    for (String name : names) {
      String html = urls.html("<img " + name + "=\"./a.png\">", "https://code.gouv.fr/fr/blog/p/");
      assertThat(html)
          .as(name)
          .isEqualTo("<img " + name + "=\"https://code.gouv.fr/fr/blog/p/a.png\">");
    }
  }
}

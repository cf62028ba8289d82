package io.github.billet.render.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.billet.core.Language;
import io.github.billet.testing.NuChecker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class DsfrLayoutTest {

  private final PageFixtures f = new PageFixtures();

  private PageRenderer with(PageLayout layout) {
    return PageRenderer.builder().site(f.blog.site).bodyRenderer(f.body).layout(layout).build();
  }

  private Page post(PageRenderer renderer) {
    return renderer.renderPost(f.post(PageFixtures.FR_SOURCE), f.corpus.index(), Neighbours.none());
  }

  /**
   * The DSFR layout gets a post's main content in pieces, another layout as one string: both see
   * the same content, and a layout that wraps the DSFR one gives the same page.
   */
  @Test
  void anotherLayoutGetsTheMainContentTheDsfrLayoutWrites() {
    DsfrLayout dsfr = DsfrLayout.builder().build();
    java.util.List<PageContent> seen = new java.util.ArrayList<>();
    PageLayout wrapping =
        content -> {
          seen.add(content);
          return dsfr.render(content);
        };
    String direct = post(with(dsfr)).html();
    String wrapped = post(with(wrapping)).html();
    assertThat(wrapped).isEqualTo(direct);
    String main = seen.get(0).mainHtml();
    assertThat(main)
        .startsWith("<div class=\"fr-container")
        .contains("<h1>")
        .contains("</article>");
    String open = "<main id=\"main-content\" tabindex=\"-1\">\n";
    assertThat(direct.substring(direct.indexOf(open) + open.length(), direct.indexOf("</main>")))
        .isEqualTo(main);
  }

  @Test
  void stylesheetsScriptsFragmentsAndPolicy() {
    DsfrLayout layout =
        DsfrLayout.builder()
            .stylesheet("/dsfr/dsfr.min.css")
            .stylesheet("https://cdn.example.org/site.css?v=1&x=2")
            .moduleScript("/dsfr/dsfr.module.min.js")
            .script("/js/site.js")
            .header("<header class=\"fr-header\"><p>Tout le site</p></header>")
            .header(Language.ENGLISH, "<header class=\"fr-header\"><p>English site</p></header>")
            .footer(
                Language.FRENCH, "<footer class=\"fr-footer\" id=\"footer\"><p>Pied</p></footer>")
            .contentSecurityPolicy("default-src 'self'; img-src 'self' https:")
            .build();
    Page page = post(with(layout));
    Document doc = Jsoup.parse(page.html());
    assertThat(doc.select("link[rel=stylesheet]").eachAttr("href"))
        .containsExactly("/dsfr/dsfr.min.css", "https://cdn.example.org/site.css?v=1&x=2");
    assertThat(doc.select("script").eachAttr("src"))
        .containsExactly("/dsfr/dsfr.module.min.js", "/js/site.js");
    assertThat(doc.select("script[type=module]")).hasSize(1);
    assertThat(doc.select("script").stream().allMatch(s -> s.data().isEmpty())).isTrue();
    assertThat(doc.select("header").text()).isEqualTo("Tout le site");
    assertThat(doc.select("footer#footer").text()).isEqualTo("Pied");
    assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .isEqualTo("default-src 'self'; img-src 'self' https:");
    assertThat(new NuChecker().errors(page.html())).isEmpty();

    Page english =
        with(layout)
            .renderPost(f.post(PageFixtures.EN_SOURCE), f.corpus.index(), Neighbours.none());
    Document en = Jsoup.parse(english.html());
    assertThat(en.select("header").text()).isEqualTo("English site");
    // the built-in footer for languages without one
    assertThat(en.select("footer.fr-footer p.fr-footer__content-desc").text()).isEqualTo("My blog");
  }

  @Test
  void footerWithoutTheIdLosesItsSkipLink() {
    DsfrLayout layout = DsfrLayout.builder().footer("<footer><p>Pied</p></footer>").build();
    Document doc = Jsoup.parse(post(with(layout)).html());
    assertThat(doc.select(".fr-skiplinks a").eachAttr("href")).containsExactly("#main-content");
  }

  @Test
  void fragmentsAndUrlsThatCouldRunScriptAreRefused() {
    DsfrLayout.Builder b = DsfrLayout.builder();
    assertThatThrownBy(() -> b.header("<header><script>alert(1)</script></header>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("<script>");
    assertThatThrownBy(() -> b.footer("<footer onclick=\"alert(1)\"></footer>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("onclick");
    assertThatThrownBy(() -> b.footer(Language.FRENCH, "<a href=\" javascript:alert(1)\">x</a>"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.header(Language.FRENCH, "<meta http-equiv=\"refresh\" content=0>"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.header("<iframe srcdoc=\"x\"></iframe>"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.script("javascript:alert(1)"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.moduleScript("data:text/javascript,alert(1)"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.stylesheet(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.homeUrlPattern("javascript:alert(1)"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void homePatternAndNoCspByDefault() {
    DsfrLayout layout =
        DsfrLayout.builder().homeUrlPattern("/{lang}/accueil/").contentSecurityPolicy(" ").build();
    Document doc = Jsoup.parse(post(with(layout)).html());
    assertThat(doc.select("header a").attr("href")).isEqualTo("/fr/accueil/");
    assertThat(doc.select("meta[http-equiv]")).isEmpty();
  }

  @Test
  void aLayoutCanBeReplaced() {
    PageLayout bare =
        c ->
            "<!DOCTYPE html><html lang=\""
                + c.language().code()
                + "\"><head><title>"
                + c.kind()
                + "</title></head><body><main>"
                + c.mainHtml()
                + "</main></body></html>";
    Page page = post(with(bare));
    assertThat(page.html()).contains("<title>POST</title>").contains("<h1>");
    assertThat(with(bare).renderNotFound(Language.FRENCH).html()).contains("NOT_FOUND");
  }

  @Test
  void openGraphLocales() {
    assertThat(DsfrLayout.ogLocale(Language.FRENCH)).isEqualTo("fr_FR");
    assertThat(DsfrLayout.ogLocale(Language.ENGLISH)).isEqualTo("en_US");
    assertThat(DsfrLayout.ogLocale(Language.of("de"))).isEqualTo("de_DE");
    assertThat(DsfrLayout.defaults().render(contentWithoutSite())).doesNotContain("og:site_name");
  }

  @Test
  void oneLayoutKeepsEachLanguageAndSiteTitleApart() {
    // The layout reuses what surrounds <main> per language and site title: alternate them on
    // one instance and check that every page gets its own header, footer and skip links.
    DsfrLayout layout = DsfrLayout.defaults();
    String[][] cases = {
      {"fr", "Blog <public>"},
      {"en", "Workshop & blog"},
      {"fr", "Autre"},
      {"en", ""},
      {"fr", "Blog <public>"},
      {"en", "Workshop & blog"}
    };
    for (int i = 0; i < cases.length; i++) {
      String[] c = cases[i];
      Language language = Language.of(c[0]);
      Document doc = Jsoup.parse(layout.render(content(language, c[1], "<p>corps " + i + "</p>")));
      assertThat(doc.select("html").attr("lang")).isEqualTo(c[0]);
      assertThat(doc.select("main p").text()).isEqualTo("corps " + i);
      assertThat(doc.select("header .fr-header__service-title").text()).isEqualTo(c[1]);
      assertThat(doc.select("footer .fr-footer__content-desc").text()).isEqualTo(c[1]);
      assertThat(doc.select(".fr-skiplinks a").first().text())
          .isEqualTo(language.equals(Language.FRENCH) ? "Contenu" : "Content");
      assertThat(doc.select("footer .fr-footer__brand a").attr("href")).isEqualTo("/" + c[0] + "/");
    }
  }

  private static PageContent contentWithoutSite() {
    return content(Language.FRENCH, "", "<h1>Blog</h1>");
  }

  private static PageContent content(Language language, String siteTitle, String mainHtml) {
    return new PageContent(
        PageKind.LISTING,
        language,
        "/fr/blog/",
        "/fr/blog/",
        "Blog",
        "Blog",
        siteTitle,
        java.util.Optional.empty(),
        java.util.Optional.empty(),
        "",
        java.util.List.of(),
        java.util.Optional.empty(),
        SiteFrame.empty(),
        mainHtml);
  }
}

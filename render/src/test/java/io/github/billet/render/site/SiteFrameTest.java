package io.github.billet.render.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import io.github.billet.render.page.DsfrLayout;
import io.github.billet.testing.NuChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's frame in built pages: the menu made from {@code eleventyNavigation} front matter (a
 * second site with a three-level menu in two languages, and the real code.gouv.fr corpus), the
 * language switcher, the configured header and footer, the head's links.
 */
class SiteFrameTest {

  @TempDir Path dir;

  private static final String CONFIG =
      """
      title: {fr: "Le site", en: "The site"}
      baseUrl: https://site.example.org
      languages: [fr, en]
      frame:
        serviceName: {fr: "Service des essais", en: "Testing service"}
        tagline: {fr: "Des pages pour essayer", en: "Pages to try"}
        quickLinks:
          - {label: {fr: Contact, en: Contact}, url: "/{lang}/contact/", icon: fr-icon-mail-line}
        footer:
          text: {fr: "Publié par <a href=\\"https://www.numerique.gouv.fr/\\">la DINUM</a>.",
                 en: "Published by <a href=\\"https://www.numerique.gouv.fr/\\">DINUM</a>."}
          bottomLinks:
            - {label: {fr: Plan du site, en: Sitemap}, url: "/{lang}/sitemap/"}
          licence: {fr: "Contenus sous licence etalab-2.0", en: "Content under licence etalab-2.0"}
        themeColor: "#18753c"
      rules:
        - match: "fr/**"
          lang: fr
          url: "/{dir}/{slug}/"
        - match: "en/**"
          lang: en
          url: "/{dir}/{slug}/"
        - match: "*/blog/**"
          tags: [posts]
          url: "/{lang}/blog/{slug}/"
      """;

  private static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /**
   * A French menu of three levels (Guides > Installer > Sur Linux), a heading that is a stub, an
   * entry whose parent does not exist, a key used twice; an English menu with a stub heading.
   */
  private Path content() throws IOException {
    Path c = dir.resolve("content");
    write(
        c,
        "fr/guides.md",
        "---\neleventyNavigation:\n  key: Guides\n  order: 2\n" + "permalink: false\n---\n");
    write(
        c,
        "fr/installer.md",
        "---\ntitle: Installer\neleventyNavigation:\n  key: Installer\n"
            + "  parent: Guides\n  order: 1\n---\nInstaller.\n");
    write(
        c,
        "fr/linux.md",
        "---\ntitle: Sur Linux\neleventyNavigation:\n  key: Sur Linux\n"
            + "  parent: Installer\n---\nLinux.\n");
    write(
        c,
        "fr/windows.md",
        "---\ntitle: Sur Windows\neleventyNavigation:\n  key: Windows\n"
            + "  title: Sous Windows\n  parent: Installer\n  order: 1\n---\nWindows.\n");
    write(
        c,
        "fr/faq.md",
        "---\ntitle: FAQ\neleventyNavigation:\n  key: FAQ\n  parent: Guides\n"
            + "  order: 3\n---\nQuestions.\n");
    write(
        c,
        "fr/externe.md",
        "---\neleventyNavigation:\n  key: Forge\n  parent: Guides\n"
            + "  order: 2\n  url: https://forge.example.org/\npermalink: false\n---\n");
    write(
        c,
        "fr/apropos.md",
        "---\ntitle: À propos\neleventyNavigation:\n  key: À propos\n"
            + "  order: 1\n---\nNous.\n");
    write(
        c,
        "fr/orphelin.md",
        "---\ntitle: Orphelin\neleventyNavigation:\n  key: Orphelin\n"
            + "  parent: Ressources\n---\nSeul.\n");
    write(c, "fr/zdouble.md", "---\ntitle: Double\neleventyNavigation:\n  key: FAQ\n---\nDeux.\n");
    write(
        c,
        "fr/blog/bonjour.md",
        "---\ntitle: Bonjour\ndate: 2024-05-02\n---\n"
            + "*Read the [English version](/en/blog/hello/).*\n\nBonjour.\n");
    write(c, "fr/blog/seul.md", "---\ntitle: Seul\ndate: 2024-05-03\n---\nSans traduction.\n");
    write(
        c,
        "en/blog/hello.md",
        "---\ntitle: Hello\ndate: 2024-05-02\n---\n"
            + "*Lire la [version française](/fr/blog/bonjour/).*\n\nHello.\n");
    write(c, "en/help.md", "---\neleventyNavigation:\n  key: Help\npermalink: false\n---\n");
    write(
        c,
        "en/install.md",
        "---\ntitle: Install\neleventyNavigation:\n  key: Install\n"
            + "  parent: Help\n---\nInstall.\n");
    return c;
  }

  private BuildReport build(Path out) throws IOException {
    SiteBuild build =
        SiteBuild.builder()
            .config(SiteConfig.parse("site.yaml", CONFIG))
            .layout(DsfrLayout.builder().displaySettings(true).build())
            .build();
    return build.run(content(), out);
  }

  private static Document page(Path out, String url) throws IOException {
    return Jsoup.parse(Files.readString(out.resolve(url.substring(1)).resolve("index.html")));
  }

  @Test
  void theMenuFollowsEleventyNavigationInEachLanguage() throws Exception {
    Path out = dir.resolve("site");
    BuildReport report = build(out);

    Document linux = page(out, "/fr/linux/");
    Element nav = linux.selectFirst("header nav.fr-nav#main-navigation");
    assertThat(nav).isNotNull();
    assertThat(nav.attr("aria-label")).isEqualTo("Menu principal");
    // Top level in 'order': À propos (1), Guides (2); the orphan and the duplicate are left out.
    assertThat(nav.select("> ul > li").eachText().stream().map(t -> t.split(" ")[0]).toList())
        .containsExactly("À", "Guides");
    assertThat(nav.selectFirst("> ul > li > a").attr("href")).isEqualTo("/fr/apropos/");
    // Three levels: Guides is a mega menu whose categories are its children in order.
    Element guides = nav.selectFirst("button.fr-nav__btn");
    assertThat(guides.text()).isEqualTo("Guides");
    assertThat(guides.attr("aria-current")).isEqualTo("true");
    Element mega = linux.getElementById(guides.attr("aria-controls"));
    assertThat(mega.hasClass("fr-mega-menu")).isTrue();
    assertThat(mega.select(".fr-mega-menu__category").eachText())
        .containsExactly("Installer", "Forge", "FAQ");
    assertThat(mega.select(".fr-mega-menu__category a").eachAttr("href"))
        .containsExactly("/fr/installer/", "https://forge.example.org/", "/fr/faq/");
    // Ordered siblings first (Windows, order 1, shown by its title), then the others.
    assertThat(mega.select(".fr-mega-menu__list a").eachText())
        .containsExactly("Sous Windows", "Sur Linux");
    assertThat(mega.select("a[aria-current=page]").eachAttr("href")).containsExactly("/fr/linux/");
    // On another page nothing is current.
    assertThat(page(out, "/fr/apropos/").select("nav.fr-nav button[aria-current]")).isEmpty();
    assertThat(page(out, "/fr/apropos/").select("nav.fr-nav a[aria-current=page]").eachText())
        .containsExactly("À propos");

    // The English menu: a stub heading with its sub-menu, in English.
    Element en = page(out, "/en/blog/hello/").selectFirst("header nav.fr-nav");
    assertThat(en.attr("aria-label")).isEqualTo("Main menu");
    assertThat(en.select("button.fr-nav__btn").eachText()).containsExactly("Help");
    assertThat(en.select(".fr-menu a").eachAttr("href")).containsExactly("/en/install/");
    // The stubs are menu entries only, never pages.
    assertThat(out.resolve("fr/guides/index.html")).doesNotExist();
    assertThat(out.resolve("en/help/index.html")).doesNotExist();

    List<Problem> navProblems =
        report.problems().stream().filter(p -> p.code().startsWith("nav.")).toList();
    assertThat(navProblems)
        .extracting(Problem::code, Problem::line, p -> p.file().replace('\\', '/'))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("nav.parent-missing", 5, "fr/orphelin.md"),
            org.assertj.core.groups.Tuple.tuple("nav.duplicate-key", 4, "fr/zdouble.md"));
    assertThat(navProblems.get(0).hint()).isNotBlank();
  }

  @Test
  void theFrameShowsTheConfiguredHeaderFooterAndHeadLinks() throws Exception {
    Path out = dir.resolve("site");
    build(out);
    Document doc = page(out, "/fr/blog/seul/");

    assertThat(doc.select(".fr-header__service-title").text()).isEqualTo("Service des essais");
    assertThat(doc.select(".fr-header__service-tagline").text())
        .isEqualTo("Des pages pour essayer");
    Element contact = doc.selectFirst(".fr-header__tools-links a.fr-btn");
    assertThat(contact.attr("href")).isEqualTo("/fr/contact/");
    assertThat(contact.hasClass("fr-icon-mail-line")).isTrue();
    assertThat(doc.select(".fr-footer__content-desc a").attr("href"))
        .isEqualTo("https://www.numerique.gouv.fr/");
    assertThat(doc.select(".fr-footer__content-link").eachText())
        .containsExactly("legifrance.gouv.fr", "info.gouv.fr", "service-public.fr", "data.gouv.fr");
    assertThat(doc.select(".fr-footer__bottom-link"))
        .extracting(Element::text)
        .containsExactly("Plan du site", "Paramètres d’affichage");
    assertThat(doc.selectFirst("a.fr-footer__bottom-link").attr("href")).isEqualTo("/fr/sitemap/");
    assertThat(doc.select(".fr-footer__bottom-copy").text())
        .isEqualTo("Contenus sous licence etalab-2.0");
    // The display settings: the footer's button opens the dialog with three themes.
    Element dialog = doc.getElementById("fr-theme-modal");
    assertThat(dialog.tagName()).isEqualTo("dialog");
    assertThat(dialog.select("input[name=fr-radios-theme]").eachAttr("value"))
        .containsExactly("light", "dark", "system");
    assertThat(doc.selectFirst("html").attr("data-fr-scheme")).isEqualTo("system");
    // The head: theme colour, and the feeds the build writes in the page's language.
    assertThat(doc.select("meta[name=theme-color]").attr("content")).isEqualTo("#18753c");
    assertThat(doc.select("link[rel=alternate][type]"))
        .extracting(e -> e.attr("type") + " " + e.attr("href"))
        .containsExactly(
            "application/atom+xml /fr/feed/feed.xml", "application/feed+json /fr/feed/feed.json");
    assertThat(out.resolve("fr/feed/feed.xml")).exists();
    assertThat(out.resolve("fr/feed/feed.json")).exists();
    // The skip links reach the menu too.
    assertThat(doc.select(".fr-skiplinks a").eachAttr("href"))
        .containsExactly("#main-content", "#main-navigation", "#footer");
    // Safe: no inline script, no event handler.
    assertThat(doc.select("script:not([src])")).isEmpty();
    assertThat(doc.select("[onclick], [onload]")).isEmpty();
  }

  @Test
  void theLanguageSwitcherLeadsToTheTranslationElseToTheOtherHome() throws Exception {
    Path out = dir.resolve("site");
    build(out);

    Document translated = page(out, "/fr/blog/bonjour/");
    assertThat(translated.select(".fr-translate a.fr-translate__language"))
        .extracting(a -> a.attr("hreflang") + " " + a.attr("href"))
        .containsExactly("fr /fr/blog/bonjour/", "en /en/blog/hello/");
    assertThat(translated.select(".fr-translate__btn").text()).startsWith("FR");
    Document alone = page(out, "/fr/blog/seul/");
    assertThat(alone.select(".fr-translate a.fr-translate__language"))
        .extracting(a -> a.attr("hreflang") + " " + a.attr("href"))
        .containsExactly("fr /fr/blog/seul/", "en /en/");
    // The article itself links only to a real translation.
    assertThat(alone.select("main a[hreflang]")).isEmpty();
    assertThat(translated.select("main a[hreflang=en]").eachAttr("href"))
        .containsExactly("/en/blog/hello/");
  }

  @Test
  void framedPagesAreValidHtml() throws Exception {
    Path out = dir.resolve("site");
    build(out);
    NuChecker checker = new NuChecker();
    for (String url : List.of("/fr/linux/", "/fr/blog/seul/", "/en/blog/hello/", "/fr/blog/")) {
      assertThat(checker.errors(Files.readString(out.resolve(url.substring(1) + "index.html"))))
          .as(url)
          .isEmpty();
    }
  }

  /**
   * The real corpus: the menu of a blog post page holds the BlueHats entry of its menu stubs, its
   * sub-entries in their {@code order}, each leading where its {@code url} says.
   */
  @Test
  void theCodeGouvFrMenuComesFromItsMenuStubs() throws Exception {
    Path content = Path.of("../../shared/corpus/code.gouv.fr/content").toAbsolutePath();
    assumeTrue(Files.isDirectory(content), "the shared corpus is absent");
    SiteConfig config = SiteConfig.read(Path.of("../examples/sites/code.gouv.fr.yaml"));
    Path out = dir.resolve("corpus-site");
    BuildReport report = SiteBuild.builder().config(config).build().run(content, out);

    Document post = page(out, "/fr/blog/guide-osor-sur-open-source-dans-administration-publique/");
    Element nav = post.selectFirst("header nav.fr-nav");
    assertThat(nav.select("button.fr-nav__btn").eachText())
        .containsExactly("BlueHats 🧢", "Ressources", "À propos");
    Element bluehats = nav.selectFirst("button.fr-nav__btn");
    Element menu = post.getElementById(bluehats.attr("aria-controls"));
    assertThat(menu.select("a.fr-nav__link").eachText())
        .containsExactly(
            "Gazettes",
            "Wébinaires en ligne",
            "Rencontres en présentiel",
            "Comment échanger avec des BlueHats?");
    assertThat(menu.select("a:contains(Wébinaires en ligne)").attr("href"))
        .isEqualTo("/fr/bluehats/tags/webinaire/");
    // The menu stubs are not published.
    assertThat(out.resolve("fr/bluehats/webinaires/index.html")).doesNotExist();
    // À propos: the mission's pages in order, the unit's page at its permalink.
    Element about = nav.select("button.fr-nav__btn").get(2);
    assertThat(post.getElementById(about.attr("aria-controls")).select("a").eachAttr("href"))
        .first()
        .isEqualTo("/fr/mission/");
    // The configured frame: its site links lead to pages the build writes (the site map is the
    // sections' page).
    assertThat(post.select(".fr-header__service-title").text())
        .isEqualTo("Pôle open source et communs numériques");
    List<String> siteLinks = new java.util.ArrayList<>();
    siteLinks.addAll(post.select(".fr-header__tools-links a.fr-btn").eachAttr("href"));
    siteLinks.addAll(post.select("a.fr-footer__bottom-link").eachAttr("href"));
    assertThat(siteLinks)
        .contains("/fr/contact/", "/fr/accessibilite/", "/fr/mentions-legales/")
        .filteredOn(url -> !url.endsWith("/sitemap/") && !url.contains("/tags/"))
        .allSatisfy(url -> assertThat(out.resolve(url.substring(1) + "index.html")).exists());
    assertThat(post.select(".fr-footer__content-desc a").eachAttr("href"))
        .containsExactly(
            "https://www.numerique.gouv.fr/", "https://github.com/codegouvfr/codegouvfr-website");
    assertThat(report.problems()).filteredOn(p -> p.code().startsWith("frame.")).isEmpty();
    // The English "About" heading is not in the corpus: a located warning.
    assertThat(report.problems())
        .filteredOn(p -> p.code().equals("nav.parent-missing"))
        .extracting(p -> p.file().replace('\\', '/'))
        .containsExactly("en/about/index.md");
  }

  /**
   * Footer texts that are not inline HTML are shown as text, each with a warning at the line and
   * column of its value in the site configuration.
   */
  @Test
  void footerTextsThatAreNotInlineHtmlAreShownAsTextWithAWarningWhereTheyAreWritten()
      throws Exception {
    String yaml =
        CONFIG
            .replace("text: {fr: \"Publié par", "text: {fr: \"<div>Bloc</div> Publié par")
            .replace(
                "licence: {fr: \"Contenus sous licence etalab-2.0\", en: \"Content under licence"
                    + " etalab-2.0\"}",
                "licence: \"Sous licence <script>x()</script>\"");
    Path out = dir.resolve("site");
    BuildReport report =
        SiteBuild.builder().config(SiteConfig.parse("site.yaml", yaml)).build().run(content(), out);

    List<String> lines = yaml.lines().toList();
    int textLine = indexOf(lines, "text: {fr:");
    int licenceLine = indexOf(lines, "licence: \"Sous");
    assertThat(report.problems())
        .filteredOn(p -> p.code().equals("frame.html"))
        .extracting(
            Problem::file, Problem::line, p -> p.message().startsWith("'frame.footer.text'"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("site.yaml", textLine, true),
            org.assertj.core.groups.Tuple.tuple("site.yaml", licenceLine, false));
    assertThat(
            report.problems().stream()
                .filter(p -> p.code().equals("frame.html"))
                .map(Problem::column))
        .allSatisfy(column -> assertThat(column).isPositive());
    Document fr = page(out, "/fr/blog/seul/");
    assertThat(fr.select(".fr-footer__content-desc").text()).startsWith("<div>Bloc</div>");
    assertThat(fr.select(".fr-footer__content-desc div")).isEmpty();
    assertThat(fr.select("footer script")).isEmpty();
    // The English text is inline HTML: kept as written, without a warning of its own.
    assertThat(page(out, "/en/blog/hello/").select(".fr-footer__content-desc a").text())
        .isEqualTo("DINUM");
  }

  /** The 1-based number of the first line holding a text. */
  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line holds " + text);
  }
}

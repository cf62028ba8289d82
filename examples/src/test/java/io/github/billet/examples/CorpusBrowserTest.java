package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.SiteConfig;
import io.github.billet.render.site.BuildReport;
import io.github.billet.render.site.SiteBuild;
import io.github.billet.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real code.gouv.fr corpus built with its configuration ({@code
 * examples/sites/code.gouv.fr.yaml}) and the DSFR, served alone and looked at in headless Chromium:
 * each page type (home, blog index, a post, a BlueHats page and its section's listing, a tag page,
 * the site map, an English page, the 404 page) is styled, fits a 375 px screen, passes axe-core
 * with no serious or critical violation, and is screenshotted at 1280 and 375 px under {@code
 * target/browser/corpus-*.png}. Skipped when the corpus is absent; the tools are those of {@link
 * Browser}.
 */
class CorpusBrowserTest {

  /** Page type → a page of that type on the real corpus. */
  private static final Map<String, String> PAGES = new LinkedHashMap<>();

  static {
    PAGES.put("home", "/fr/");
    PAGES.put("blog", "/fr/blog/");
    PAGES.put("post", "/fr/blog/guide-osor-sur-open-source-dans-administration-publique/");
    PAGES.put("bluehats", "/fr/bluehats/aboutcode/");
    PAGES.put("bluehats-listing", "/fr/bluehats/");
    PAGES.put("tag", "/fr/bluehats/tags/webinaire/");
    PAGES.put("sitemap", "/fr/sitemap/");
    PAGES.put("en-page", "/en/action-plan-for-free-software-and-digital-commons/");
    PAGES.put("404", "/fr/404.html");
  }

  private static Browser browser;

  @BeforeAll
  static void build() throws Exception {
    Path content = Corpus.content();
    Path out = SampleSite.besideJar().resolve("browser");
    Path work = out.resolve("corpus");
    // The sample carries the DSFR this module's build unpacked: the corpus's configuration,
    // placed beside it, finds it as a site's own node_modules.
    Path sample = SampleSite.extractTo(work.resolve("sample"));
    String yaml = Files.readString(Corpus.siteConfig(), StandardCharsets.UTF_8);
    if (!yaml.lines().anyMatch(line -> line.startsWith("dsfr:"))) {
      yaml += "\ndsfr: {dist: node_modules/@gouvfr/dsfr/dist}\n";
    }
    Path config = sample.resolve("code.gouv.fr.yaml");
    Files.writeString(config, yaml, StandardCharsets.UTF_8);
    Path site = work.resolve("site");
    BuildReport report =
        SiteBuild.builder().config(SiteConfig.read(config)).build().run(content, site);
    assertThat(report.hasErrors()).as("corpus build problems: %s", report.problems()).isFalse();
    assertThat(report.problems())
        .as("the DSFR is found")
        .noneMatch(p -> p.code().equals("dsfr.missing"));
    browser = Browser.open("corpus", out, site.toRealPath());
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void eachPageTypeIsStyledFitsAPhoneAndPassesAxe() throws Exception {
    for (int width : new int[] {1280, 375}) {
      browser.screenWidth(width);
      try {
        for (Map.Entry<String, String> page : PAGES.entrySet()) {
          browser.open(page.getValue(), page.getValue().startsWith("/en/") ? "en" : "fr");
          browser.assertStyled();
          if (width == 375) {
            browser.assertFits(375, page.getKey());
          } else {
            browser.assertAccessible("corpus " + page.getKey());
          }
          browser.screenshot("corpus-" + page.getKey() + "-" + width + ".png");
        }
      } finally {
        browser.wideScreen();
      }
    }
    // Body images may be missing from the corpus (true broken links, reported by the build), but
    // every file of the frame must be served: the DSFR, its fonts and icons, Billet's own CSS.
    Map<String, Integer> failed = new TreeMap<>();
    browser
        .served()
        .forEach(
            (path, status) -> {
              if (status != 200
                  && (path.startsWith("/dsfr/")
                      || path.endsWith(".css")
                      || path.endsWith(".js")
                      || path.endsWith(".woff2"))) {
                failed.put(path, status);
              }
            });
    assertThat(failed).as("frame files the pages asked for and did not get").isEmpty();
  }
}

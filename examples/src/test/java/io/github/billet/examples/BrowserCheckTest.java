package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.SiteConfig;
import io.github.billet.render.site.BuildReport;
import io.github.billet.render.site.SiteBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser check: builds the bundled sample site with its own configuration (which copies the
 * DSFR into the site), serves that folder alone on the loopback interface, opens the French
 * Passerelle post in headless Chromium, follows the language switcher to the English post and back,
 * saves screenshots under {@code target/browser/} and runs axe-core on both posts, with no serious
 * or critical violation allowed. The tools it needs are those of {@link Browser}; the DSFR comes
 * with the sample, unpacked by this module's build.
 */
class BrowserCheckTest {

  private static final String FR_POST = "/fr/blog/passerelle-2-0-est-disponible/";
  private static final String EN_POST = "/en/blog/passerelle-2-0-is-out/";

  private static Browser browser;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    Path out = SampleSite.besideJar().resolve("browser");
    Files.createDirectories(out);

    Path sample = SampleSite.extractTo(out.resolve("sample"));
    // Frames wider than a phone, as posts embed them: the 375 px check needs one.
    Files.writeString(
        sample.resolve("content/fr/blog/posts/cadres-larges.md"),
        """
        ---
        title: Des cadres larges
        date: 2024-01-02
        ---
        Une page dans un cadre de 800 pixels de large :

        <iframe title="Page introuvable" src="/fr/404.html" width="800" height="300"></iframe>

        ## Un intertitre
        """,
        StandardCharsets.UTF_8);
    Path site = out.resolve("site");
    // The sample's own configuration and the default layout: the site carries its DSFR.
    BuildReport report =
        SiteBuild.builder()
            .config(SiteConfig.read(sample.resolve("site.yaml")))
            .build()
            .run(sample.resolve("content"), site);
    assertThat(report.hasErrors()).as("sample build problems: %s", report.problems()).isFalse();
    assertThat(report.problems())
        .as("the sample's DSFR is found")
        .noneMatch(p -> p.code().equals("dsfr.missing"));

    browser = Browser.open("sample", out, site);
    driver = browser.driver();
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void frenchPostSwitchesToEnglishAndBackAndPassesAxe() throws Exception {
    browser.open(FR_POST, "fr");
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Passerelle 2.0 est disponible : ce qui change pour les administrations");
    assertThat(dateParagraph().getText()).isEqualTo("Publié le 14 mars 2024");
    assertDsfrApplied();
    assertBreadcrumb(
        "Accueil",
        "Blog",
        "Passerelle 2.0 est disponible : ce qui change pour les administrations");
    browser.screenshot("fr-post.png");
    browser.assertAccessible("fr-post");

    WebElement toEnglish = driver.findElement(By.cssSelector("main a[hreflang='en']"));
    assertThat(toEnglish.getAccessibleName()).isEqualTo("Read in English");
    toEnglish.click();
    browser.waitForPage("en", EN_POST);
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Passerelle 2.0 is out: what changes for public bodies");
    assertThat(dateParagraph().getText()).isEqualTo("Published on 14 March 2024");
    assertDsfrApplied();
    assertBreadcrumb("Home", "Blog", "Passerelle 2.0 is out: what changes for public bodies");
    browser.screenshot("en-post.png");
    browser.assertAccessible("en-post");

    WebElement toFrench = driver.findElement(By.cssSelector("main a[hreflang='fr']"));
    assertThat(toFrench.getAccessibleName()).isEqualTo("Lire en français");
    toFrench.click();
    browser.waitForPage("fr", FR_POST);

    assertThat(browser.served()).containsEntry("/dsfr/dsfr.min.css", 200);
    assertThat(browser.served()).containsEntry("/dsfr/utility/icons/icons.min.css", 200);
    Map<String, Integer> failed =
        browser.served().entrySet().stream()
            .filter(e -> e.getValue() != 200 && !e.getKey().equals("/favicon.ico"))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(failed).as("requests the pages made that failed").isEmpty();
  }

  @Test
  void cardDatesKeepTheirSpaceAndHeadingAnchorsShowOnHover() throws Exception {
    browser.open("/fr/blog/", "fr");
    browser.assertStyled();
    List<WebElement> details = driver.findElements(By.cssSelector(".fr-card__detail"));
    assertThat(details).isNotEmpty();
    for (WebElement detail : details) {
      assertThat(String.valueOf(browser.js("return arguments[0].innerText", detail)))
          .as("a card's date line as Chromium renders it")
          .matches("Publié le \\d{1,2} \\p{L}+ \\d{4}");
    }

    browser.open("/fr/blog/cadres-larges/", "fr");
    WebElement heading = driver.findElement(By.cssSelector("main h2"));
    WebElement anchor = heading.findElement(By.cssSelector(".heading-anchor"));
    assertThat(anchor.getCssValue("opacity")).as("anchor at rest").isEqualTo("0");
    new org.openqa.selenium.interactions.Actions(driver).moveToElement(heading).perform();
    new WebDriverWait(driver, Browser.WAIT).until(d -> anchor.getCssValue("opacity").equals("1"));
  }

  @Test
  void pagesFitA375PixelScreenAndAreScreenshotted() throws Exception {
    Map<String, String> pages = new java.util.LinkedHashMap<>();
    pages.put("home", "/fr/");
    pages.put("blog", "/fr/blog/");
    pages.put("post", FR_POST);
    pages.put("frames", "/fr/blog/cadres-larges/");
    pages.put("404", "/fr/404.html");
    for (int width : new int[] {1280, 375}) {
      browser.screenWidth(width);
      try {
        for (Map.Entry<String, String> page : pages.entrySet()) {
          browser.open(page.getValue(), "fr");
          browser.assertStyled();
          if (width == 375) {
            browser.assertFits(375, page.getKey());
          }
          browser.screenshot("sample-" + page.getKey() + "-" + width + ".png");
        }
      } finally {
        browser.wideScreen();
      }
    }
  }

  // ------------------------------------------------------------------ page checks

  private static WebElement dateParagraph() {
    return driver.findElement(By.xpath("//main//p[time[@datetime='2024-03-14']]"));
  }

  /**
   * The DSFR breadcrumb (front matter {@code showBreadcrumb: true}) shows its trail styled by the
   * DSFR, the page itself last and not a link.
   */
  private static void assertBreadcrumb(String... trail) {
    WebElement nav = driver.findElement(By.cssSelector("main nav.fr-breadcrumb"));
    List<WebElement> links = nav.findElements(By.cssSelector("ol.fr-breadcrumb__list > li > a"));
    assertThat(links.stream().map(e -> e.getAttribute("textContent").strip()).toList())
        .containsExactly(trail);
    assertThat(links.get(links.size() - 1).getDomAttribute("aria-current")).isEqualTo("page");
    assertThat(links.get(links.size() - 1).getDomAttribute("href")).isNull();
    assertThat(links.get(0).getCssValue("font-size"))
        .as("a DSFR breadcrumb link is set in small type")
        .isEqualTo("12px");
  }

  /** The DSFR stylesheet and its icons applied, and the Marianne font loaded. */
  private static void assertDsfrApplied() {
    Object fonts =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "document.fonts.ready.then(() => done([...document.fonts]"
                    + ".filter(f => f.status === 'loaded').map(f => f.family)));");
    assertThat(String.valueOf(fonts)).as("loaded fonts").contains("Marianne");
    assertThat(browser.js("return getComputedStyle(document.body).fontFamily"))
        .asString()
        .startsWith("Marianne");
    WebElement tag = driver.findElement(By.cssSelector("main .fr-tag"));
    assertThat(tag.getCssValue("border-top-left-radius")).isNotEqualTo("0px");
    assertThat(tag.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
    Object icon =
        browser.js(
            "const s = getComputedStyle(document.querySelector('main a[hreflang]'), '::before');"
                + " return s.maskImage || s.webkitMaskImage;");
    assertThat(String.valueOf(icon)).as("switcher icon").contains("translate-2");
    assertThat(driver.findElement(By.cssSelector("header.fr-header .fr-logo")).getSize().height)
        .as("DSFR logo block height")
        .isGreaterThan(40);
  }
}

package io.github.billet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reload script that {@code billet serve} adds to pages, run by headless Chromium: a page open
 * in the browser shows the new site once a new generation is published, and only then. Needs
 * Debian's {@code chromium} and {@code chromium-driver} ({@code BILLET_CHROMIUM}, {@code
 * BILLET_CHROMEDRIVER}, defaults under {@code /usr/bin}); skipped without them, except under CI
 * ({@code CI=true}) where it fails.
 */
class ServeReloadBrowserTest {

  private static Path tool(String variable, String fallback) {
    String value = System.getenv(variable);
    return Path.of(value == null || value.isBlank() ? fallback : value);
  }

  private static void page(Path site, String text) throws Exception {
    Files.writeString(
        site.resolve("index.html"),
        "<!DOCTYPE html><html lang=\"fr\"><head><title>Essai</title></head><body><p id=\"text\">"
            + text
            + "</p></body></html>",
        StandardCharsets.UTF_8);
  }

  @Test
  void anOpenPageReloadsWhenANewGenerationIsPublished(@TempDir Path dir) throws Exception {
    Path chromium = tool("BILLET_CHROMIUM", "/usr/bin/chromium");
    Path chromedriver = tool("BILLET_CHROMEDRIVER", "/usr/bin/chromedriver");
    List<String> missing = new ArrayList<>();
    for (Path tool : List.of(chromium, chromedriver)) {
      if (!Files.isExecutable(tool)) {
        missing.add(tool.toString());
      }
    }
    if (!missing.isEmpty()) {
      String message = "the reload check needs chromium and chromedriver, missing: " + missing;
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(message);
      }
      Assumptions.abort(message);
    }
    Path site = Files.createDirectories(dir.resolve("site"));
    page(site, "avant");
    Path profile = Files.createDirectories(dir.resolve("profile"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    try (SiteServer server = SiteServer.start(site, 0)) {
      driver.get(server.url());
      assertThat(driver.findElement(By.id("text")).getText()).isEqualTo("avant");

      // A file changed but not yet published: the page stays as it is.
      page(site, "après");
      Thread.sleep(1500);
      assertThat(driver.findElement(By.id("text")).getText()).isEqualTo("avant");

      server.published();
      // The element read while the page reloads can belong to the page being replaced.
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .ignoring(StaleElementReferenceException.class)
          .until(d -> d.findElement(By.id("text")).getText().equals("après"));
      assertThat(driver.getPageSource()).contains("data-generation=\"2\"");
    } finally {
      driver.quit();
    }
  }
}

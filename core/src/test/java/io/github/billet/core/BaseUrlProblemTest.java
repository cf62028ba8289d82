package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What makes a base URL unusable, said in words. */
class BaseUrlProblemTest {

  @Test
  void onlyAbsoluteHttpUrlsWithAHostPass() {
    assertThat(SiteConfig.baseUrlProblem("https://")).get().asString().contains("no host");
    assertThat(SiteConfig.baseUrlProblem("https:///fr/")).get().asString().contains("no host");
    assertThat(SiteConfig.baseUrlProblem("HTTP://")).get().asString().contains("no host");
    assertThat(SiteConfig.baseUrlProblem("ftp://example.org")).isPresent();
    assertThat(SiteConfig.baseUrlProblem("https//example.org")).isPresent();
    assertThat(SiteConfig.baseUrlProblem("https://exa mple.org")).isPresent();
    assertThat(SiteConfig.baseUrlProblem("https://example.org/?a=b")).isPresent();
    assertThat(SiteConfig.baseUrlProblem("mailto:a@example.org")).isPresent();
    assertThat(SiteConfig.baseUrlProblem("https://code.gouv.fr")).isEmpty();
    assertThat(SiteConfig.baseUrlProblem("http://localhost:8080/site")).isEmpty();
  }
}

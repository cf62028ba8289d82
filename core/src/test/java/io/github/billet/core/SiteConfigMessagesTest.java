package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site configuration's problems name it as such, never as a post's front matter. */
class SiteConfigMessagesTest {

  private static SiteConfigException readFails(Path file) {
    return catchThrowableOfType(() -> SiteConfig.read(file), SiteConfigException.class);
  }

  @Test
  void invalidYamlIsNamedASiteConfigurationError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("site.yaml");
    Files.writeString(file, "title: {fr: \"Le blog\"\nbaseUrl: [\n");
    SiteConfigException e = readFails(file);
    assertThat(e).isNotNull();
    assertThat(e.problems()).isNotEmpty();
    for (Problem p : e.problems()) {
      assertThat(p.message() + " " + p.hint())
          .contains("site configuration")
          .doesNotContain("front matter");
    }
  }

  @Test
  void aConfigurationThatIsAListIsNamedAsSuch(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("site.yaml");
    Files.writeString(file, "- a\n- b\n");
    SiteConfigException e = readFails(file);
    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("the site configuration is "));
  }

  @Test
  void aBinaryConfigurationIsNamedBinary(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("logo.png");
    Files.write(
        png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I'});
    SiteConfigException e = readFails(png);
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("config.binary");
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.message()).contains("site configuration").contains("binary");
            });
  }

  @Test
  void nulBytesInAConfigurationAreNamedBinary(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("site.yaml");
    Files.write(file, "title: x\nbase\0Url: y\n".getBytes(StandardCharsets.UTF_8));
    SiteConfigException e = readFails(file);
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("config.binary");
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).contains("site configuration").contains("binary");
              assertThat(p.hint()).doesNotContain("content folder");
            });
  }

  @Test
  void aBaseUrlWithoutHostIsRefusedWithTheReason() {
    SiteConfigException e =
        catchThrowableOfType(
            () -> SiteConfig.parse("site.yaml", "baseUrl: https://\n"), SiteConfigException.class);
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("config.base-url");
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.message()).contains("no host");
            });
  }
}

package io.github.billet.core.internal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which link destinations are e-mail addresses written without mailto:, and which are files. */
class EmailAddressTest {

  @Test
  void anAddressWithoutSchemeIsOne() {
    assertThat(EmailAddress.writtenAsLink("floss@numerique.gouv.fr")).isTrue();
    assertThat(EmailAddress.writtenAsLink(" contact@code.gouv.fr ")).isTrue();
    // Top-level domains that are also file extensions stay addresses.
    assertThat(EmailAddress.writtenAsLink("equipe@exemple.md")).isTrue();
    assertThat(EmailAddress.writtenAsLink("equipe@archive.zip")).isTrue();
  }

  @Test
  void aHighDensityImageOrADocumentIsAFile() {
    assertThat(EmailAddress.writtenAsLink("logo@2x.png")).isFalse();
    assertThat(EmailAddress.writtenAsLink("schema@3x.WEBP")).isFalse();
    assertThat(EmailAddress.writtenAsLink("rapport@2024.pdf")).isFalse();
    assertThat(EmailAddress.writtenAsLink("./team@2x.png")).isFalse();
  }

  @Test
  void linksWithASchemePathQueryOrFragmentAreNot() {
    assertThat(EmailAddress.writtenAsLink("mailto:a@b.fr")).isFalse();
    assertThat(EmailAddress.writtenAsLink("https://a@b.fr/")).isFalse();
    assertThat(EmailAddress.writtenAsLink("a@b.fr?subject=x")).isFalse();
    assertThat(EmailAddress.writtenAsLink("a@b.fr#x")).isFalse();
    assertThat(EmailAddress.writtenAsLink("@b.fr")).isFalse();
    assertThat(EmailAddress.writtenAsLink("a@b")).isFalse();
    assertThat(EmailAddress.writtenAsLink("a@@b.fr")).isFalse();
  }
}

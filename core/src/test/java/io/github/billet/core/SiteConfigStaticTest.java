package io.github.billet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteConfigStaticTest {

  @Test
  void staticFoldersKeepTheirPathTheirUrlAndWhereTheyAreDeclared() throws Exception {
    SiteConfig config =
        SiteConfig.parse(
            "site.yaml",
            "languages: [fr]\n"
                + "static:\n"
                + "  - from: ../public\n"
                + "    to: /\n"
                + "  - {from: files, to: /fichiers}\n"
                + "  - assets\n");

    List<StaticFolder> folders = config.staticFolders();
    assertThat(folders)
        .extracting(StaticFolder::from, StaticFolder::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Path.of("../public"), "/"),
            org.assertj.core.groups.Tuple.tuple(Path.of("files"), "/fichiers/"),
            org.assertj.core.groups.Tuple.tuple(Path.of("assets"), "/"));
    assertThat(folders.get(0).declaredIn()).isEqualTo("site.yaml");
    assertThat(folders.get(0).at().line()).isEqualTo(3);
    assertThat(folders.get(1).at().line()).isEqualTo(5);
    assertThat(folders.get(1).url("a/b.pdf")).isEqualTo("/fichiers/a/b.pdf");
    assertThat(config.problems()).isEmpty();
    assertThat(config.withBaseUrl("https://example.gouv.fr").staticFolders()).isEqualTo(folders);
  }

  @Test
  void aToThatClimbsOrIsNotAPathIsALocatedError() {
    assertThatThrownBy(
            () ->
                SiteConfig.parse(
                    "site.yaml",
                    "static:\n  - from: public\n    to: /a/../b/\n  - from: x\n    to: img\n"))
        .isInstanceOfSatisfying(
            SiteConfigException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(Problem::code, Problem::line)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple("config.static", 3),
                      org.assertj.core.groups.Tuple.tuple("config.static", 5));
              assertThat(e.problems().get(0).message()).contains("'..'");
              assertThat(e.problems().get(1).message()).contains("starting with '/'");
            });
  }

  @Test
  void anEntryWithoutFromAndAStaticThatIsNotAListAreLocatedErrors() {
    assertThatThrownBy(() -> SiteConfig.parse("site.yaml", "languages: [fr]\nstatic:\n  - to: /\n"))
        .isInstanceOfSatisfying(
            SiteConfigException.class,
            e -> {
              Problem p = e.problems().get(0);
              assertThat(p.code()).isEqualTo("config.static");
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.hint()).contains("from:");
            });
    assertThatThrownBy(() -> SiteConfig.parse("site.yaml", "languages: [fr]\nstatic: public\n"))
        .isInstanceOfSatisfying(
            SiteConfigException.class,
            e -> {
              assertThat(e.problems().get(0).code()).isEqualTo("config.type");
              assertThat(e.problems().get(0).line()).isEqualTo(2);
            });
  }

  @Test
  void anUnknownKeyOfAStaticFolderIsALocatedWarning() throws Exception {
    SiteConfig config = SiteConfig.parse("site.yaml", "static:\n  - from: public\n    too: /x/\n");

    assertThat(config.staticFolders()).extracting(StaticFolder::to).containsExactly("/");
    assertThat(config.problems())
        .extracting(Problem::code, Problem::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("config.unknown-key", 3));
  }

  @Test
  void linkCheckIgnoreMatchesTheFolderItsSubPathsAndNothingElse() throws Exception {
    SiteConfig config =
        SiteConfig.parse(
            "site.yaml", "linkCheck:\n  ignore: [\"/sill/**\", \"/docs/*.pdf\", \"/fr/ospos/\"]\n");

    assertThat(config.linkCheckIgnore()).containsExactly("/sill/**", "/docs/*.pdf", "/fr/ospos/");
    assertThat(config.ignoresLink("/sill")).isTrue();
    assertThat(config.ignoresLink("/sill/")).isTrue();
    assertThat(config.ignoresLink("/sill/detail?name=JOSM")).isTrue();
    assertThat(config.ignoresLink("/sillage/")).isFalse();
    assertThat(config.ignoresLink("/fr/sill/")).isFalse();
    assertThat(config.ignoresLink("/docs/a.pdf")).isTrue();
    assertThat(config.ignoresLink("/docs/sub/a.pdf")).isFalse();
    assertThat(config.ignoresLink("/docs/a.csv")).isFalse();
    assertThat(config.ignoresLink("/fr/ospos/")).isTrue();
    assertThat(config.ignoresLink("/fr/ospos/x/")).isFalse();
  }

  @Test
  void aGlobThatIsNotASitePathIsALocatedError() {
    assertThatThrownBy(
            () ->
                SiteConfig.parse(
                    "site.yaml",
                    "linkCheck:\n  ignore:\n    - /sill/**\n    - sources/**\n    - /a#b\n"))
        .isInstanceOfSatisfying(
            SiteConfigException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::code, Problem::line)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("config.link-check", 4),
                        org.assertj.core.groups.Tuple.tuple("config.link-check", 5)));
    assertThatThrownBy(() -> SiteConfig.parse("site.yaml", "linkCheck:\n  ignore: /sill/**\n"))
        .isInstanceOfSatisfying(
            SiteConfigException.class,
            e -> {
              assertThat(e.problems().get(0).code()).isEqualTo("config.type");
              assertThat(e.problems().get(0).line()).isEqualTo(2);
            });
  }
}

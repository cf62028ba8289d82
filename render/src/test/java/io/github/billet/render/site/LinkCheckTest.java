package io.github.billet.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.billet.core.Problem;
import io.github.billet.core.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link check: paths served by other applications, and links to the site's files. */
class LinkCheckTest {

  @TempDir Path dir;

  private static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private Path content() throws IOException {
    Path content = dir.resolve("site/content");
    write(
        content,
        "fr/blog/posts/liens/index.md",
        """
        ---
        title: Des liens
        date: 2024-11-29
        tags: [posts]
        ---
        - [rapport](/docs/rapport.pdf)
        - [absent](/docs/absent.pdf)
        - [accentué](https://example.gouv.fr/docs/d%C3%A9penses.csv)
        - [catalogue](https://example.gouv.fr/sill/detail?name=JOSM)
        - [sources](/sources/#/repos)
        - [page absente](/fr/nulle-part/)
        - [flux](/feed/feed.xml)
        - [schéma](/fr/blog/liens/schema.svg)
        - [ailleurs](https://ailleurs.example/docs/x.pdf)
        """);
    write(content, "fr/blog/posts/liens/schema.svg", "<svg/>");
    // A menu stub that is not published: it has no URL, and the check must not need one.
    write(content, "fr/menu.md", "---\ntitle: Menu\npermalink: false\n---\n[x](/docs/x.pdf)\n");
    Path pub = dir.resolve("site/public");
    write(pub, "docs/rapport.pdf", "pdf");
    write(pub, "docs/dépenses.csv", "csv");
    return content;
  }

  private List<String> broken(String extra) throws Exception {
    SiteConfig config =
        SiteConfig.parse(
            "site.yaml",
            "languages: [fr]\nbaseUrl: https://example.gouv.fr\n"
                + "rules:\n"
                + "  - {match: \"*/blog/posts/**\", tags: [posts], url: \"/{lang}/blog/{slug}/\"}\n"
                + extra);
    BuildReport report =
        SiteBuild.builder().config(config).build().run(content(), dir.resolve("out"));
    return report.problems().stream()
        .filter(p -> p.code().equals("link.broken"))
        .map(p -> p.line() + " " + p.message())
        .toList();
  }

  @Test
  void ignoredPathsAreNotReportedAndFileLinksAreCheckedAgainstTheStaticFolders() throws Exception {
    List<String> broken =
        broken(
            "static:\n  - {from: ../public, to: /}\n"
                + "linkCheck:\n  ignore: [\"/sill/**\", \"/sources/**\"]\n");

    assertThat(broken)
        .containsExactly(
            "7 the link to /docs/absent.pdf leads to no file of the site",
            "11 the link to /fr/nulle-part/ leads to no page of the site");
  }

  @Test
  void withoutTheConfigurationOtherApplicationsPathsAreReportedAndFilesAreNotChecked()
      throws Exception {
    List<String> broken = broken("");

    assertThat(broken)
        .containsExactly(
            "9 the link to https://example.gouv.fr/sill/detail?name=JOSM leads to no page of the"
                + " site",
            "10 the link to /sources/#/repos leads to no page of the site",
            "11 the link to /fr/nulle-part/ leads to no page of the site");
  }

  @Test
  void theCheckModeReportsTheSameBrokenLinks() throws Exception {
    SiteConfig config =
        SiteConfig.parse(
            "site.yaml",
            "languages: [fr]\nbaseUrl: https://example.gouv.fr\n"
                + "rules:\n"
                + "  - {match: \"*/blog/posts/**\", tags: [posts], url: \"/{lang}/blog/{slug}/\"}\n"
                + "static:\n  - {from: ../public, to: /}\n"
                + "linkCheck:\n  ignore: [\"/sill/**\", \"/sources/**\"]\n");
    BuildReport report = SiteBuild.builder().config(config).build().check(content());

    assertThat(report.problems())
        .filteredOn(p -> p.code().equals("link.broken"))
        .extracting(Problem::line)
        .containsExactly(7, 11);
  }
}

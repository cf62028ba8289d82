package io.github.billet.examples;

import io.github.billet.core.SiteConfig;
import io.github.billet.render.page.DsfrLayout;
import io.github.billet.render.site.BuildReport;
import io.github.billet.render.site.SiteBuild;
import java.nio.file.Path;

/**
 * Example: build a whole site from a Java program, with a few choices made in code: a stylesheet
 * added to the DSFR layout, drafts left out. Raw HTML is sanitized (the default), iframes kept from
 * the hosts the configuration's {@code html.iframeHosts} lists; {@code .policy(HtmlPolicy.PASS)}
 * would keep raw HTML as written, for trusted authors only.
 *
 * <pre>
 * java -cp examples/target/billet-examples.jar io.github.billet.examples.BuildSite \
 *     content/ site.yaml _site/
 * </pre>
 */
public final class BuildSite {

  private BuildSite() {}

  /**
   * Builds a site.
   *
   * @param args the content folder, the site configuration and the output folder; the bundled
   *     sample into {@code examples/target/site-example} when absent
   * @throws Exception when the sample cannot be extracted or the configuration is invalid
   */
  public static void main(String[] args) throws Exception {
    Path content;
    Path config;
    Path output;
    if (args.length == 3) {
      content = Path.of(args[0]);
      config = Path.of(args[1]);
      output = Path.of(args[2]);
    } else {
      Path sample = SampleSite.extractTo(SampleSite.besideJar().resolve("sample"));
      content = sample.resolve("content");
      config = sample.resolve("site.yaml");
      output = SampleSite.besideJar().resolve("site-example");
    }
    SiteBuild build =
        SiteBuild.builder()
            .config(SiteConfig.read(config))
            .layout(DsfrLayout.builder().stylesheet("/css/site.css").build())
            .build();
    BuildReport report = build.run(content, output);
    report.problems().forEach(System.out::println);
    System.out.printf(
        "%s: %d pages, %d files written, %d unchanged, %d errors, %d warnings%n",
        report.output(),
        report.pages(),
        report.filesWritten(),
        report.filesUnchanged(),
        report.errors(),
        report.warnings());
  }
}

package io.github.billet.examples;

import io.github.billet.core.Problem;
import io.github.billet.core.Severity;
import io.github.billet.core.SiteConfig;
import io.github.billet.render.site.BuildReport;
import io.github.billet.render.site.SiteBuild;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Example: check a content tree without writing anything, and summarize its problems by code, as a
 * continuous-integration step of a content repository would.
 *
 * <pre>
 * java -cp examples/target/billet-examples.jar io.github.billet.examples.CheckTree content/ site.yaml
 * </pre>
 */
public final class CheckTree {

  private CheckTree() {}

  /**
   * Checks a tree and exits 1 when it has errors.
   *
   * @param args the content folder and the site configuration; the bundled sample when absent
   * @throws Exception when the sample cannot be extracted or the configuration is invalid
   */
  public static void main(String[] args) throws Exception {
    Path content;
    SiteConfig config;
    if (args.length == 2) {
      content = Path.of(args[0]);
      config = SiteConfig.read(Path.of(args[1]));
    } else {
      Path sample = SampleSite.extractTo(SampleSite.besideJar().resolve("sample"));
      content = sample.resolve("content");
      config = SiteConfig.read(sample.resolve("site.yaml"));
    }
    BuildReport report = SiteBuild.builder().config(config).build().check(content);
    Map<String, Integer> byCode = new TreeMap<>();
    for (Problem p : report.problems()) {
      byCode.merge(p.severity().label() + " " + p.code(), 1, Integer::sum);
    }
    byCode.forEach((code, count) -> System.out.printf("%5d  %s%n", count, code));
    long errors = report.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
    System.out.printf("%d pages checked, %d errors%n", report.pages(), errors);
    System.exit(errors > 0 ? 1 : 0);
  }
}

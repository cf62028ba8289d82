package io.github.billet.testing;

import io.github.billet.core.SiteConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the site configuration that tests build small sites with (core's test jar), so that the
 * few variations they need are options rather than copied YAML. By default: base URL {@code
 * https://example.gouv.fr}, a title per language, one {@code lang} rule per language folder when
 * there are several, and the posts under {@code *}{@code /blog/posts/**} tagged {@code posts} at
 * {@code /{lang}/blog/{slug}/}. A fresh instance per test: it is not meant to be shared.
 *
 * <pre>{@code
 * SiteConfig config = SiteYaml.of("fr", "en").dsfr().extra("linkCheck: {ignore: [/x/**]}").parse();
 * }</pre>
 */
public final class SiteYaml {
  private final List<String> languages;
  private String baseUrl = "https://example.gouv.fr";
  private String titleFr = "Le blog";
  private String titleEn = "The blog";
  private String postsMatch = "*/blog/posts/**";
  private String postsUrl = "/{lang}/blog/{slug}/";
  private boolean dsfr;
  private boolean requireDate;
  private final StringBuilder extra = new StringBuilder();

  private SiteYaml(List<String> languages) {
    this.languages = List.copyOf(languages);
  }

  /**
   * A site in these languages.
   *
   * @param languages the language codes, the default first
   * @return the configuration writer
   */
  public static SiteYaml of(String... languages) {
    return new SiteYaml(List.of(languages));
  }

  /**
   * Sets the base URL.
   *
   * @param url the absolute URL
   * @return this
   */
  public SiteYaml baseUrl(String url) {
    baseUrl = url;
    return this;
  }

  /**
   * Sets the French and English titles.
   *
   * @param fr the French title
   * @param en the English title, written only when English is a language of the site
   * @return this
   */
  public SiteYaml title(String fr, String en) {
    titleFr = fr;
    titleEn = en;
    return this;
  }

  /**
   * Sets where the posts are and their URL pattern.
   *
   * @param match the glob of the posts' files
   * @param url the URL pattern
   * @return this
   */
  public SiteYaml posts(String match, String url) {
    postsMatch = match;
    postsUrl = url;
    return this;
  }

  /**
   * Adds a DSFR entry that points to a remote copy, so that pages link the DSFR.
   *
   * @return this
   */
  public SiteYaml dsfr() {
    dsfr = true;
    return this;
  }

  /**
   * Requires a date on every post.
   *
   * @return this
   */
  public SiteYaml requireDate() {
    requireDate = true;
    return this;
  }

  /**
   * Appends top-level YAML entries (other than {@code rules}).
   *
   * @param yaml the entries, each line ended by a line break
   * @return this
   */
  public SiteYaml extra(String yaml) {
    extra.append(yaml);
    return this;
  }

  /**
   * The configuration text.
   *
   * @return the YAML
   */
  public String text() {
    StringBuilder yaml = new StringBuilder();
    List<String> titles = new ArrayList<>();
    if (languages.contains("fr")) {
      titles.add("fr: \"" + titleFr + "\"");
    }
    if (languages.contains("en")) {
      titles.add("en: \"" + titleEn + "\"");
    }
    if (!titles.isEmpty()) {
      yaml.append("title: {").append(String.join(", ", titles)).append("}\n");
    }
    yaml.append("baseUrl: ").append(baseUrl).append('\n');
    yaml.append("languages: [").append(String.join(", ", languages)).append("]\n");
    if (dsfr) {
      yaml.append("dsfr: {url: https://cdn.example/dsfr/dist}\n");
    }
    yaml.append("rules:\n");
    if (languages.size() > 1) {
      for (String language : languages) {
        yaml.append("  - match: \"").append(language).append("/**\"\n");
        yaml.append("    lang: ").append(language).append('\n');
      }
    }
    yaml.append("  - match: \"").append(postsMatch).append("\"\n");
    yaml.append("    tags: [posts]\n");
    yaml.append("    url: \"").append(postsUrl).append("\"\n");
    if (requireDate) {
      yaml.append("    requireDate: true\n");
    }
    return yaml.append(extra).toString();
  }

  /**
   * The line of the configuration text where a piece of it first stands, for the tests that check
   * where a problem points.
   *
   * @param piece the text looked for
   * @return the line, from 1
   * @throws IllegalArgumentException when the text has no such piece
   */
  public int lineOf(String piece) {
    String text = text();
    int at = text.indexOf(piece);
    if (at < 0) {
      throw new IllegalArgumentException("the site configuration has no " + piece);
    }
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /**
   * The configuration parsed, named {@code site.yaml}.
   *
   * @return the configuration
   */
  public SiteConfig parse() {
    return parse("site.yaml");
  }

  /**
   * The configuration parsed under a file name, against which relative folders resolve.
   *
   * @param name the file name
   * @return the configuration
   */
  public SiteConfig parse(String name) {
    return SiteConfig.parse(name, text());
  }
}

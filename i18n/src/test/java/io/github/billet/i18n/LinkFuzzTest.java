package io.github.billet.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.PostParseException;
import io.github.billet.core.PostParser;
import io.github.billet.i18n.internal.SiteUrls;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Fuzz targets for the links between posts. Without {@code JAZZER_FUZZ=1} they run in regression
 * mode over the committed inputs in {@code
 * src/test/resources/io/github/billet/i18n/LinkFuzzTestInputs/}; with it, each explores for its
 * {@code maxDuration} (see CONTRIBUTING.md's Fuzzing section).
 */
class LinkFuzzTest {

  private static final SiteUrls URLS = new SiteUrls(Fixture.BASE);
  private static final PostParser PARSER = PostParser.builder().maxFileSize(20_000).build();
  private static final TranslationPairing PAIRING =
      TranslationPairing.builder().baseUrl(Fixture.BASE).detectLanguages(false).build();
  private static final String[] FIRST_LINES = {
    "*Read the [english version](%s).*", "*Lire la version [française](%s).*", "[version](%s)"
  };

  /**
   * {@code SiteUrls.page(href, pageUrl)} never throws and gives either nothing or a site path that
   * starts and ends with {@code /} and has no {@code ..} segment.
   *
   * <p>Input: the href, then optionally a line break and the page URL.
   */
  @FuzzTest(maxDuration = "10m")
  void sitePage(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    int nl = text.indexOf('\n');
    String href = nl < 0 ? text : text.substring(0, nl);
    String pageUrl = nl < 0 ? "/fr/blog/mon-billet/" : text.substring(nl + 1);
    Optional<String> page = URLS.page(href, pageUrl);
    page.ifPresent(
        p -> {
          assertThat(p).as("page(%s, %s)", href, pageUrl).startsWith("/").endsWith("/");
          assertThat(Arrays.asList(p.split("/")))
              .as("page(%s, %s) = %s", href, pageUrl, p)
              .doesNotContain("..", ".");
        });
  }

  /**
   * Pairing 2 to 4 small posts never throws and gives a symmetric index: when B is A's translation
   * in B's language, A is B's translation in A's language.
   *
   * <p>Input: one post a line, fields separated by {@code |}: path (a leading {@code e} puts it
   * under {@code en/}, the rest is the slug), {@code lang}, {@code translationKey}, {@code
   * translations.en}, {@code translations.fr}, first-line link (empty fields are left out).
   */
  @FuzzTest(maxDuration = "10m")
  void pairing(byte[] data) {
    String[] lines = new String(data, StandardCharsets.UTF_8).split("\n", 5);
    List<Post> posts = new ArrayList<>();
    Set<String> sources = new HashSet<>();
    for (int i = 0; i < Math.min(4, lines.length); i++) {
      String[] f = Arrays.copyOf(lines[i].split("\\|", 7), 7);
      for (int k = 0; k < f.length; k++) {
        f[k] = f[k] == null ? "" : f[k];
      }
      String source = sourceOf(f[0], i);
      if (!sources.add(source)) {
        continue;
      }
      StringBuilder yaml = new StringBuilder("title: Post ").append(i).append('\n');
      yaml.append("date: 2024-03-26\n");
      if (!f[1].isEmpty()) {
        yaml.append("lang: ").append(yamlString(f[1])).append('\n');
      }
      if (!f[2].isEmpty()) {
        yaml.append("translationKey: ").append(yamlString(f[2])).append('\n');
      }
      if (!f[3].isEmpty() || !f[4].isEmpty()) {
        yaml.append("translations:\n");
        if (!f[3].isEmpty()) {
          yaml.append("  en: ").append(yamlString(f[3])).append('\n');
        }
        if (!f[4].isEmpty()) {
          yaml.append("  fr: ").append(yamlString(f[4])).append('\n');
        }
      }
      String body = "Texte.\n";
      if (!f[5].isEmpty()) {
        String form = FIRST_LINES[Math.floorMod(f[5].hashCode(), FIRST_LINES.length)];
        body = String.format(form, f[5]) + "\n\n" + f[6] + "\n";
      }
      try {
        posts.add(
            PARSER.parse(
                source, "---\n" + yaml + "---\n" + body, Fixture.CONFIG.defaultsFor(source)));
      } catch (PostParseException e) {
        assertThat(e.problem().code()).isNotBlank();
      }
    }
    PairedCorpus corpus = PAIRING.pair(posts);
    TranslationIndex index = corpus.index();
    for (Post a : corpus.posts()) {
      Language languageOfA = a.language().orElseThrow();
      for (var entry : index.translations(a).entrySet()) {
        Post b = entry.getValue();
        assertThat(b).as("translation of %s in %s", a.source(), entry.getKey()).isNotNull();
        assertThat(b.language().orElseThrow()).isEqualTo(entry.getKey());
        assertThat(index.translation(b, languageOfA).map(Post::source))
            .as("%s -> %s (%s) but not back", a.source(), b.source(), entry.getKey())
            .contains(a.source());
      }
    }
    for (TranslationIndex.Pair pair : index.pairs()) {
      assertThat(pair.first().source()).isNotEqualTo(pair.second().source());
    }
  }

  private static String sourceOf(String field, int i) {
    String folder = field.startsWith("e") ? "en" : "fr";
    String slug = field.isEmpty() ? "" : field.substring(1).toLowerCase(Locale.ROOT);
    slug = slug.replaceAll("[^a-z0-9-]", "");
    if (slug.isEmpty()) {
      slug = "p" + i;
    }
    return folder + "/blog/posts/" + slug + ".md";
  }

  private static String yamlString(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}

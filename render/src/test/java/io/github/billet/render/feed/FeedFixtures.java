package io.github.billet.render.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.github.billet.core.CoverImage;
import io.github.billet.core.FrontMatter;
import io.github.billet.core.Language;
import io.github.billet.core.MarkdownBody;
import io.github.billet.core.Permalink;
import io.github.billet.core.Post;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.parser.Parser;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Posts, parsers and validators shared by the feed and sitemap tests. */
final class FeedFixtures {

  static final String BASE = "https://blog.example.gouv.fr";

  private static final Parser MARKDOWN = Parser.builder().build();

  private FeedFixtures() {}

  /** A post builder with sensible defaults: French, published, dated, in the blog. */
  static final class PostSpec {
    private String slug = "billet";
    private Locale language = Locale.FRENCH;
    private String url;
    private boolean published = true;
    private String title = "Un billet";
    private String description = "Une description";
    private LocalDate date = LocalDate.of(2024, 3, 26);
    private CoverImage image;
    private List<String> tags = List.of();
    private boolean draft;
    private Map<String, Object> frontMatter = Map.of();
    private String markdown = "Du texte.\n";

    PostSpec slug(String s) {
      slug = s;
      return this;
    }

    PostSpec language(Locale l) {
      language = l;
      return this;
    }

    PostSpec url(String u) {
      url = u;
      return this;
    }

    PostSpec unpublished() {
      published = false;
      return this;
    }

    PostSpec title(String t) {
      title = t;
      return this;
    }

    PostSpec description(String d) {
      description = d;
      return this;
    }

    PostSpec date(LocalDate d) {
      date = d;
      return this;
    }

    PostSpec image(String path) {
      image = new CoverImage(path, "", true);
      return this;
    }

    PostSpec tags(String... t) {
      tags = List.of(t);
      return this;
    }

    PostSpec draft() {
      draft = true;
      return this;
    }

    PostSpec frontMatter(Map<String, Object> fm) {
      frontMatter = fm;
      return this;
    }

    PostSpec markdown(String md) {
      markdown = md;
      return this;
    }

    Post build() {
      String u =
          url != null
              ? url
              : "/" + (language == null ? "x" : language.getLanguage()) + "/blog/" + slug + "/";
      return Post.builder()
          .source((language == null ? "x" : language.getLanguage()) + "/blog/posts/" + slug + ".md")
          .slug(slug)
          .language(Optional.ofNullable(language).map(Language::of))
          .url(published ? Optional.of(u) : Optional.empty())
          .title(title)
          .description(Optional.ofNullable(description))
          .date(Optional.ofNullable(date))
          .image(Optional.ofNullable(image))
          .tags(tags)
          .collections(List.of("posts"))
          .draft(draft)
          .permalink(published ? Permalink.fromRules() : Permalink.notPublished())
          .frontMatter(FrontMatter.of(frontMatter))
          .body(new MarkdownBody(markdown, 5, MARKDOWN.parse(markdown)))
          .build();
    }
  }

  static PostSpec post(String slug) {
    return new PostSpec().slug(slug);
  }

  /** Parses XML strictly with the JDK's DOM parser, namespace aware, no DTD. */
  static Document dom(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** Parses an Atom feed with ROME, without its XML healer (which would hide malformed XML). */
  static SyndFeed rome(String xml) throws Exception {
    SyndFeedInput input = new SyndFeedInput();
    input.setXmlHealerOn(false);
    input.setAllowDoctypes(false);
    return input.build(new InputSource(new StringReader(xml)));
  }

  /** The JSON Feed 1.1 schema of the npm package jsonfeed-schema 0.5.0 (see its README). */
  static final class JsonFeedSchema {
    private static final Schema SCHEMA = load();

    private static Schema load() {
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_7,
              b ->
                  b.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
      try (InputStream in = FeedFixtures.class.getResourceAsStream("/jsonfeed/schema-v1.1.json")) {
        return registry.getSchema(in, InputFormat.JSON);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    static List<Error> errors(String json) {
      return SCHEMA.validate(json, InputFormat.JSON);
    }

    static void assertValid(String json) {
      assertThat(errors(json)).as("JSON Feed 1.1 schema errors").isEmpty();
      assertThat(json).contains("\"version\": \"https://jsonfeed.org/version/1.1\"");
    }
  }
}

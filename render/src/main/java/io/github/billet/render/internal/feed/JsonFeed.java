package io.github.billet.render.internal.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.billet.render.feed.FeedAuthor;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes a {@link FeedDocument} as a JSON Feed 1.1 ({@code https://jsonfeed.org/version/1.1}). */
public final class JsonFeed {

  /** The version URL every JSON Feed 1.1 starts with. */
  public static final String VERSION = "https://jsonfeed.org/version/1.1";

  private JsonFeed() {}

  /**
   * Creates the JSON factory the writer uses; one per feed writer (a factory is thread-safe once
   * built).
   *
   * @return a factory that never closes the caller's output
   */
  public static JsonFactory factory() {
    return JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  }

  /**
   * Writes the feed, two-space indented with {@code \n} line ends. Every string is cleaned like the
   * XML output, so that both formats carry the same text.
   *
   * @param factory a factory from {@link #factory()}
   * @param feed the feed
   * @param out where to write; not closed
   * @throws IOException when writing fails
   */
  public static void write(JsonFactory factory, FeedDocument feed, Writer out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    try (JsonGenerator json = factory.createGenerator(out)) {
      json.setPrettyPrinter(pretty);
      json.writeStartObject();
      string(json, "version", VERSION);
      string(json, "title", feed.title());
      string(json, "home_page_url", feed.homePageUrl());
      if (feed.jsonUrl().isPresent()) {
        string(json, "feed_url", feed.jsonUrl().get());
      }
      if (feed.subtitle().isPresent()) {
        string(json, "description", feed.subtitle().get());
      }
      if (feed.language().isPresent()) {
        string(json, "language", feed.language().get());
      }
      authors(json, feed.authors());
      json.writeArrayFieldStart("items");
      for (FeedDocument.Entry entry : feed.entries()) {
        item(json, entry);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  private static void item(JsonGenerator json, FeedDocument.Entry entry) throws IOException {
    json.writeStartObject();
    string(json, "id", entry.id());
    string(json, "url", entry.url());
    string(json, "title", entry.title());
    if (!entry.contentHtml().isEmpty()) {
      string(json, "content_html", entry.contentHtml());
    } else {
      // JSON Feed requires content_html or content_text.
      string(json, "content_text", entry.summary().orElse(entry.title()));
    }
    if (entry.summary().isPresent()) {
      string(json, "summary", entry.summary().get());
    }
    if (entry.imageUrl().isPresent()) {
      string(json, "image", entry.imageUrl().get());
    }
    string(json, "date_published", FeedDocument.timestamp(entry.date()));
    authors(json, entry.authors());
    if (!entry.tags().isEmpty()) {
      json.writeArrayFieldStart("tags");
      for (String tag : entry.tags()) {
        json.writeString(FeedText.clean(tag));
      }
      json.writeEndArray();
    }
    if (entry.language().isPresent()) {
      string(json, "language", entry.language().get());
    }
    json.writeEndObject();
  }

  private static void authors(JsonGenerator json, List<FeedAuthor> authors) throws IOException {
    if (authors.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("authors");
    for (FeedAuthor author : authors) {
      json.writeStartObject();
      string(json, "name", author.name());
      if (author.url().isPresent()) {
        string(json, "url", author.url().get());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void string(JsonGenerator json, String name, String value) throws IOException {
    json.writeStringField(name, FeedText.clean(value));
  }
}

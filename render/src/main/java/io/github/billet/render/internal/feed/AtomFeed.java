package io.github.billet.render.internal.feed;

import io.github.billet.render.feed.FeedAuthor;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a {@link FeedDocument} as an Atom feed (RFC 4287). */
public final class AtomFeed {

  private static final String NS = "http://www.w3.org/2005/Atom";

  private static final Map<String, String> IMAGE_TYPES =
      Map.of(
          "png", "image/png",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "gif", "image/gif",
          "webp", "image/webp",
          "avif", "image/avif",
          "svg", "image/svg+xml");

  private AtomFeed() {}

  /**
   * Writes the feed.
   *
   * @param feed the feed
   * @return the XML document
   */
  public static String write(FeedDocument feed) {
    XmlOutput xml = new XmlOutput();
    xml.start("feed", "xmlns", NS, "xml:lang", feed.language().orElse(null));
    xml.text("id", feed.id());
    xml.text("title", feed.title(), "type", "text");
    if (feed.subtitle().isPresent()) {
      xml.text("subtitle", feed.subtitle().get(), "type", "text");
    }
    xml.text("updated", FeedDocument.timestamp(feed.updated()));
    if (feed.atomUrl().isPresent()) {
      String self = feed.atomUrl().get();
      xml.empty("link", "rel", "self", "type", "application/atom+xml", "href", self);
    }
    xml.empty("link", "rel", "alternate", "type", "text/html", "href", feed.homePageUrl());
    if (feed.jsonUrl().isPresent()) {
      String json = feed.jsonUrl().get();
      xml.empty("link", "rel", "alternate", "type", "application/feed+json", "href", json);
    }
    List<FeedAuthor> authors =
        feed.authors().isEmpty() ? List.of(FeedAuthor.of(feed.title())) : feed.authors();
    authors(xml, authors);
    xml.text("generator", "Billet", "uri", "https://github.com/billet/billet");
    for (FeedDocument.Entry entry : feed.entries()) {
      entry(xml, entry);
    }
    xml.end("feed");
    return xml.toString();
  }

  private static void entry(XmlOutput xml, FeedDocument.Entry entry) {
    xml.start("entry", "xml:lang", entry.language().orElse(null));
    xml.text("id", entry.id());
    xml.text("title", entry.title(), "type", "text");
    xml.empty("link", "rel", "alternate", "type", "text/html", "href", entry.url());
    if (entry.imageUrl().isPresent()) {
      String image = entry.imageUrl().get();
      xml.empty("link", "rel", "enclosure", "type", imageType(image), "href", image);
    }
    String date = FeedDocument.timestamp(entry.date());
    xml.text("published", date);
    xml.text("updated", date);
    authors(xml, entry.authors());
    if (entry.summary().isPresent()) {
      xml.text("summary", entry.summary().get(), "type", "text");
    }
    if (!entry.contentHtml().isEmpty()) {
      xml.text("content", entry.contentHtml(), "type", "html");
    }
    for (String tag : entry.tags()) {
      xml.empty("category", "term", tag);
    }
    xml.end("entry");
  }

  private static void authors(XmlOutput xml, List<FeedAuthor> authors) {
    for (FeedAuthor author : authors) {
      xml.start("author");
      xml.text("name", author.name());
      if (author.url().isPresent()) {
        xml.text("uri", author.url().get());
      }
      xml.end("author");
    }
  }

  /** The media type of an image by its extension, null when unknown. */
  static String imageType(String url) {
    String path = url;
    int cut = path.indexOf('?');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    cut = path.indexOf('#');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    int dot = path.lastIndexOf('.');
    if (dot < 0 || dot < path.lastIndexOf('/')) {
      return null;
    }
    return IMAGE_TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}

package io.github.billet.render.internal.feed;

import io.github.billet.render.feed.FeedAuthor;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A feed with every value resolved (absolute URLs, language tags, content HTML), ready for the Atom
 * and JSON Feed writers.
 *
 * @param title the title
 * @param subtitle the subtitle
 * @param language the language tag
 * @param homePageUrl the absolute URL of the page the feed belongs to
 * @param atomUrl the absolute URL of the Atom feed
 * @param jsonUrl the absolute URL of the JSON feed
 * @param id the feed id
 * @param authors the feed authors, URLs absolute
 * @param entries the entries, newest first
 */
public record FeedDocument(
    String title,
    Optional<String> subtitle,
    Optional<String> language,
    String homePageUrl,
    Optional<String> atomUrl,
    Optional<String> jsonUrl,
    String id,
    List<FeedAuthor> authors,
    List<Entry> entries) {

  private static final DateTimeFormatter RFC_3339 =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'00:00:00'Z'", Locale.ROOT);

  /** Copies the lists. */
  public FeedDocument {
    authors = List.copyOf(authors);
    entries = List.copyOf(entries);
  }

  /**
   * Returns the date of the newest entry, or 1970-01-01 for an empty feed: never the current time,
   * so that the same posts always give the same bytes.
   *
   * @return the date the feed was last updated
   */
  public LocalDate updated() {
    return entries.isEmpty() ? LocalDate.EPOCH : entries.get(0).date();
  }

  /**
   * Formats a calendar date in UTC as an RFC 3339 date-time at midnight.
   *
   * @param date the date
   * @return such as {@code 2024-03-26T00:00:00Z}
   */
  public static String timestamp(LocalDate date) {
    return RFC_3339.format(date);
  }

  /**
   * One entry.
   *
   * @param id the entry id (absolute URL)
   * @param url the absolute URL of the post
   * @param title the title
   * @param summary the summary (the post's description)
   * @param contentHtml the full content, URLs absolute; empty when none
   * @param date the publication date
   * @param language the language tag
   * @param tags the visible tags
   * @param imageUrl the absolute URL of the cover image
   * @param authors the authors, URLs absolute
   */
  public record Entry(
      String id,
      String url,
      String title,
      Optional<String> summary,
      String contentHtml,
      LocalDate date,
      Optional<String> language,
      List<String> tags,
      Optional<String> imageUrl,
      List<FeedAuthor> authors) {

    /** Copies the lists. */
    public Entry {
      tags = List.copyOf(tags);
      authors = List.copyOf(authors);
    }
  }
}

package io.github.billet.render.feed;

import io.github.billet.core.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a feed says about itself: title, subtitle, language, its own URLs and the page it belongs
 * to. URLs may be site-relative; the {@link FeedWriter} makes them absolute with its base URL.
 *
 * <pre>{@code
 * FeedMetadata blog = FeedMetadata.builder()
 *     .title("Blog de code.gouv.fr")
 *     .subtitle("Les actualités du logiciel libre dans l'administration")
 *     .language(Language.FRENCH)
 *     .homePageUrl("/fr/blog/")
 *     .atomUrl("/fr/feed/feed.xml")
 *     .jsonUrl("/fr/feed/feed.json")
 *     .build();
 * }</pre>
 *
 * @param title the feed title
 * @param subtitle the Atom {@code subtitle}, JSON Feed {@code description}
 * @param language the feed's main language (Atom {@code xml:lang}, JSON Feed {@code language});
 *     empty for a feed mixing languages
 * @param homePageUrl the HTML page the feed belongs to (Atom {@code rel="alternate"}, JSON Feed
 *     {@code home_page_url})
 * @param atomUrl where the Atom feed is published (its {@code rel="self"} link)
 * @param jsonUrl where the JSON feed is published (JSON Feed {@code feed_url}; an alternate link in
 *     the Atom feed)
 * @param id the Atom feed id; by default the absolute {@code atomUrl}, else {@code homePageUrl}
 * @param authors the feed authors; an Atom feed without any gets one named after the title, since
 *     RFC 4287 requires an author for every entry
 */
public record FeedMetadata(
    String title,
    Optional<String> subtitle,
    Optional<Language> language,
    String homePageUrl,
    Optional<String> atomUrl,
    Optional<String> jsonUrl,
    Optional<String> id,
    List<FeedAuthor> authors) {

  /** Checks the components. */
  public FeedMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(homePageUrl, "homePageUrl");
    Objects.requireNonNull(atomUrl, "atomUrl");
    Objects.requireNonNull(jsonUrl, "jsonUrl");
    Objects.requireNonNull(id, "id");
    authors = List.copyOf(authors);
    if (title.isBlank()) {
      throw new IllegalArgumentException("a feed needs a title");
    }
    if (homePageUrl.isBlank()) {
      throw new IllegalArgumentException(
          "a feed needs the URL of the page it belongs to, such as /fr/blog/");
    }
  }

  /**
   * Starts a builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FeedMetadata}. Not thread-safe.
   *
   * <pre>{@code
   * FeedMetadata all = FeedMetadata.builder().title("code.gouv.fr").homePageUrl("/").build();
   * }</pre>
   */
  public static final class Builder {
    private String title;
    private String subtitle;
    private Language language;
    private String homePageUrl;
    private String atomUrl;
    private String jsonUrl;
    private String id;
    private final List<FeedAuthor> authors = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the title (required).
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets the subtitle.
     *
     * @param subtitle the subtitle
     * @return this builder
     */
    public Builder subtitle(String subtitle) {
      this.subtitle = Objects.requireNonNull(subtitle, "subtitle");
      return this;
    }

    /**
     * Sets the feed's main language.
     *
     * @param language the language
     * @return this builder
     */
    public Builder language(Language language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * Sets the URL of the page the feed belongs to (required).
     *
     * @param url absolute or site-relative
     * @return this builder
     */
    public Builder homePageUrl(String url) {
      this.homePageUrl = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Sets where the Atom feed is published.
     *
     * @param url absolute or site-relative
     * @return this builder
     */
    public Builder atomUrl(String url) {
      this.atomUrl = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Sets where the JSON feed is published.
     *
     * @param url absolute or site-relative
     * @return this builder
     */
    public Builder jsonUrl(String url) {
      this.jsonUrl = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Sets the Atom feed id, a URI that never changes.
     *
     * @param id an absolute URI or a tag URI
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Adds a feed author.
     *
     * @param author the author
     * @return this builder
     */
    public Builder author(FeedAuthor author) {
      authors.add(Objects.requireNonNull(author, "author"));
      return this;
    }

    /**
     * Builds the metadata.
     *
     * @return the metadata
     * @throws IllegalArgumentException when the title or home page URL is missing
     */
    public FeedMetadata build() {
      if (title == null || homePageUrl == null) {
        throw new IllegalArgumentException(
            "a feed needs a title and a home page URL: call title(...) and homePageUrl(...)");
      }
      return new FeedMetadata(
          title,
          Optional.ofNullable(subtitle),
          Optional.ofNullable(language),
          homePageUrl,
          Optional.ofNullable(atomUrl),
          Optional.ofNullable(jsonUrl),
          Optional.ofNullable(id),
          authors);
    }
  }
}

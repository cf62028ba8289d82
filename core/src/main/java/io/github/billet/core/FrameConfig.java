package io.github.billet.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The site's frame as configured: service name and tagline, quick links, footer texts and links,
 * favicon and theme colour, each text per language. The navigation menu is not here: it comes from
 * the posts' {@code eleventyNavigation} front matter. Texts are plain, except the footer text and
 * the licence line, which may hold limited inline HTML that the renderer checks. Immutable.
 *
 * <pre>{@code
 * FrameConfig frame = FrameConfig.builder()
 *     .serviceName(Language.FRENCH, "Pôle logiciels libres")
 *     .tagline(Language.FRENCH, "Recourir et contribuer aux logiciels libres")
 *     .bottomLink(FrameConfig.Link.of("Plan du site", "/{lang}/sitemap/"))
 *     .build();
 * String name = frame.serviceName(Language.FRENCH).orElse("");
 * }</pre>
 */
public final class FrameConfig {

  /** The DSFR's "bleu France", the default theme colour. */
  public static final String DSFR_BLUE_FRANCE = "#000091";

  /** The government links a DSFR footer shows by default. */
  public static final List<Link> DEFAULT_GOVERNMENT_LINKS =
      List.of(
          Link.of("legifrance.gouv.fr", "https://www.legifrance.gouv.fr"),
          Link.of("info.gouv.fr", "https://www.info.gouv.fr"),
          Link.of("service-public.fr", "https://www.service-public.fr"),
          Link.of("data.gouv.fr", "https://www.data.gouv.fr"));

  private static final Pattern COLOUR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

  /**
   * A link of the frame: its text per language, its URL and an optional DSFR icon class.
   *
   * <pre>{@code
   * Link link = new Link(Map.of("fr", "Contact", "en", "Contact"), "/{lang}/contact/",
   *     Optional.of("fr-icon-mail-line"));
   * String href = link.url(Language.ENGLISH); // "/en/contact/"
   * }</pre>
   *
   * @param labels the text by language code; the key {@code ""} stands for every language
   * @param url the URL, where {@code {lang}} stands for the page's language code
   * @param icon a DSFR icon class such as {@code fr-icon-mail-line}, empty for none
   */
  public record Link(Map<String, String> labels, String url, Optional<String> icon) {

    /** Checks and copies the components. */
    public Link {
      labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(icon, "icon");
    }

    /**
     * A link with the same text in every language and no icon.
     *
     * @param label the text
     * @param url the URL
     * @return the link
     */
    public static Link of(String label, String url) {
      return new Link(Map.of("", label), url, Optional.empty());
    }

    /**
     * Returns the text in a language: its own, else the one for every language, else the first.
     *
     * @param language the page's language
     * @return the text, empty when the link has none
     */
    public String label(Language language) {
      return pick(labels, language).orElse("");
    }

    /**
     * Returns the URL for a language, {@code {lang}} replaced by its code.
     *
     * @param language the page's language
     * @return the URL
     */
    public String url(Language language) {
      return url.replace("{lang}", language.code());
    }
  }

  private final Map<String, String> serviceName;
  private final Map<String, String> tagline;
  private final Map<String, String> footerText;
  private final Map<String, String> licence;
  private final List<Link> quickLinks;
  private final List<Link> governmentLinks;
  private final List<Link> bottomLinks;
  private final Optional<String> favicon;
  private final String themeColor;
  private final String source;
  private final Map<String, SourcePosition> positions;

  private FrameConfig(Builder b) {
    this.serviceName = copy(b.serviceName);
    this.tagline = copy(b.tagline);
    this.footerText = copy(b.footerText);
    this.licence = copy(b.licence);
    this.quickLinks = List.copyOf(b.quickLinks);
    this.governmentLinks =
        b.governmentLinks == null ? DEFAULT_GOVERNMENT_LINKS : List.copyOf(b.governmentLinks);
    this.bottomLinks = List.copyOf(b.bottomLinks);
    this.favicon = Optional.ofNullable(b.favicon);
    this.themeColor = b.themeColor;
    this.source = b.source;
    this.positions = Map.copyOf(b.positions);
  }

  /**
   * Starts building a frame.
   *
   * @return a builder: no texts, the DSFR's government links, blue France
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the frame with every default.
   *
   * @return a frame without texts or links but the government ones
   */
  public static FrameConfig defaults() {
    return builder().build();
  }

  /**
   * Returns the service name in a language, shown in the header.
   *
   * @param language the page's language
   * @return the name, empty when none is set (the site title stands for it then)
   */
  public Optional<String> serviceName(Language language) {
    return pick(serviceName, language);
  }

  /**
   * Returns the tagline under the service name.
   *
   * @param language the page's language
   * @return the tagline, empty when none
   */
  public Optional<String> tagline(Language language) {
    return pick(tagline, language);
  }

  /**
   * Returns the footer's description text, which may hold limited inline HTML.
   *
   * @param language the page's language
   * @return the text, empty when none
   */
  public Optional<String> footerText(Language language) {
    return pick(footerText, language);
  }

  /**
   * Returns the licence line at the bottom of the footer, which may hold limited inline HTML.
   *
   * @param language the page's language
   * @return the line, empty when none
   */
  public Optional<String> licence(Language language) {
    return pick(licence, language);
  }

  /**
   * Returns the quick links of the header (such as "Contact").
   *
   * @return the links, in order
   */
  public List<Link> quickLinks() {
    return quickLinks;
  }

  /**
   * Returns the footer's government links.
   *
   * @return the links, {@link #DEFAULT_GOVERNMENT_LINKS} unless set
   */
  public List<Link> governmentLinks() {
    return governmentLinks;
  }

  /**
   * Returns the links of the footer's bottom line (site map, accessibility, legal notice...).
   *
   * @return the links, in order
   */
  public List<Link> bottomLinks() {
    return bottomLinks;
  }

  /**
   * Returns the favicon's URL, when the site sets its own.
   *
   * @return the URL, empty for the DSFR's favicons (when the DSFR is linked) or none
   */
  public Optional<String> favicon() {
    return favicon;
  }

  /**
   * Returns the theme colour ({@code <meta name="theme-color">}).
   *
   * @return a CSS hex colour, {@link #DSFR_BLUE_FRANCE} unless set
   */
  public String themeColor() {
    return themeColor;
  }

  /**
   * Returns the name of the configuration the frame was read from, for problems about its texts.
   *
   * @return the file name, {@code "site configuration"} for a frame built in code
   */
  public String source() {
    return source;
  }

  /**
   * Returns where a text of the frame was written in its configuration, so that a problem with the
   * footer's HTML points at it. Not part of {@link #equals}: moving a text does not change the
   * frame.
   *
   * <pre>{@code
   * SourcePosition at = frame.positionOf("frame.footer.text", Language.FRENCH);
   * }</pre>
   *
   * @param key the text's key, such as {@code frame.footer.text}
   * @param language the language of the text asked for
   * @return the position of its value for that language, else of the key, else {@link
   *     SourcePosition#UNKNOWN}
   */
  public SourcePosition positionOf(String key, Language language) {
    SourcePosition at = positions.get(key + "." + language.code());
    return at != null ? at : positions.getOrDefault(key, SourcePosition.UNKNOWN);
  }

  /**
   * Tells whether a text is a CSS hex colour such as {@code #000091} or {@code #fff}.
   *
   * @param colour the text
   * @return true for a hex colour
   */
  public static boolean isHexColour(String colour) {
    return colour != null && COLOUR.matcher(colour).matches();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FrameConfig f
        && serviceName.equals(f.serviceName)
        && tagline.equals(f.tagline)
        && footerText.equals(f.footerText)
        && licence.equals(f.licence)
        && quickLinks.equals(f.quickLinks)
        && governmentLinks.equals(f.governmentLinks)
        && bottomLinks.equals(f.bottomLinks)
        && favicon.equals(f.favicon)
        && themeColor.equals(f.themeColor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        serviceName,
        tagline,
        footerText,
        licence,
        quickLinks,
        governmentLinks,
        bottomLinks,
        favicon,
        themeColor);
  }

  private static Map<String, String> copy(Map<String, String> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  private static Optional<String> pick(Map<String, String> texts, Language language) {
    String text = texts.get(language.code());
    if (text == null) {
      text = texts.get("");
    }
    if (text == null && !texts.isEmpty()) {
      text = texts.values().iterator().next();
    }
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  /**
   * Builds a {@link FrameConfig}; not thread-safe.
   *
   * <pre>{@code
   * FrameConfig frame = FrameConfig.builder().themeColor("#000091").build();
   * }</pre>
   */
  public static final class Builder {
    private final Map<String, String> serviceName = new LinkedHashMap<>();
    private final Map<String, String> tagline = new LinkedHashMap<>();
    private final Map<String, String> footerText = new LinkedHashMap<>();
    private final Map<String, String> licence = new LinkedHashMap<>();
    private final List<Link> quickLinks = new ArrayList<>();
    private List<Link> governmentLinks;
    private final List<Link> bottomLinks = new ArrayList<>();
    private String favicon;
    private String themeColor = DSFR_BLUE_FRANCE;
    private String source = "site configuration";
    private final Map<String, SourcePosition> positions = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Names the configuration the frame is read from, for problems about its texts.
     *
     * @param name the file name
     * @return this builder
     */
    public Builder source(String name) {
      this.source = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Notes where a text was written (see {@link FrameConfig#positionOf}).
     *
     * @param key the key, such as {@code frame.footer.text} or {@code frame.footer.text.fr}
     * @param at where its value starts
     * @return this builder
     */
    public Builder position(String key, SourcePosition at) {
      positions.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(at, "at"));
      return this;
    }

    /**
     * Sets the service name in a language; null stands for every language.
     *
     * @param language the language, null for every language
     * @param text the name
     * @return this builder
     */
    public Builder serviceName(Language language, String text) {
      serviceName.put(code(language), Objects.requireNonNull(text, "text"));
      return this;
    }

    /**
     * Sets the tagline in a language; null stands for every language.
     *
     * @param language the language, null for every language
     * @param text the tagline
     * @return this builder
     */
    public Builder tagline(Language language, String text) {
      tagline.put(code(language), Objects.requireNonNull(text, "text"));
      return this;
    }

    /**
     * Sets the footer's description in a language; null stands for every language.
     *
     * @param language the language, null for every language
     * @param text plain text or limited inline HTML (links, emphasis)
     * @return this builder
     */
    public Builder footerText(Language language, String text) {
      footerText.put(code(language), Objects.requireNonNull(text, "text"));
      return this;
    }

    /**
     * Sets the footer's licence line in a language; null stands for every language.
     *
     * @param language the language, null for every language
     * @param text plain text or limited inline HTML (links, emphasis)
     * @return this builder
     */
    public Builder licence(Language language, String text) {
      licence.put(code(language), Objects.requireNonNull(text, "text"));
      return this;
    }

    /**
     * Adds a quick link to the header.
     *
     * @param link the link
     * @return this builder
     */
    public Builder quickLink(Link link) {
      quickLinks.add(Objects.requireNonNull(link, "link"));
      return this;
    }

    /**
     * Replaces the footer's government links.
     *
     * @param links the links; empty for none
     * @return this builder
     */
    public Builder governmentLinks(List<Link> links) {
      this.governmentLinks = List.copyOf(links);
      return this;
    }

    /**
     * Adds a link to the footer's bottom line.
     *
     * @param link the link
     * @return this builder
     */
    public Builder bottomLink(Link link) {
      bottomLinks.add(Objects.requireNonNull(link, "link"));
      return this;
    }

    /**
     * Sets the site's own favicon.
     *
     * @param url its URL, such as {@code /favicon.svg}
     * @return this builder
     */
    public Builder favicon(String url) {
      this.favicon = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Sets the theme colour.
     *
     * @param colour a CSS hex colour such as {@code #000091}
     * @return this builder
     * @throws IllegalArgumentException when it is not a hex colour
     */
    public Builder themeColor(String colour) {
      if (!isHexColour(colour)) {
        throw new IllegalArgumentException(
            "the theme colour '" + colour + "' is not a hex colour such as #000091");
      }
      this.themeColor = colour;
      return this;
    }

    /**
     * Builds the frame.
     *
     * @return an immutable frame
     */
    public FrameConfig build() {
      return new FrameConfig(this);
    }

    private static String code(Language language) {
      return language == null ? "" : language.code();
    }
  }
}

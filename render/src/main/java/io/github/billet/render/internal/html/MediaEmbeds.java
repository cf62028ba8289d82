package io.github.billet.render.internal.html;

import io.github.billet.core.FrontMatter;
import io.github.billet.core.Problem;
import io.github.billet.core.SourcePosition;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the embedded media of a post's front matter ({@code video: {src, title}} and {@code slides:
 * {src, title}}, as the webinar posts of code.gouv.fr write them) and writes them as DSFR content
 * media: a {@code <figure class="fr-content-media">} holding a responsive {@code <iframe>}.
 *
 * <p>A source must be an absolute {@code https} URL; when only listed hosts may be framed (every
 * policy but raw HTML passing as written), its host must be one of them. Anything else leaves the
 * media out with a warning at the key (line and column), saying what is wrong and how to fix it: a
 * {@code src} holding a title while {@code title} holds a URL is named as a likely swap. Every
 * value is escaped for its attribute or text.
 */
public final class MediaEmbeds {

  private MediaEmbeds() {}

  /**
   * One medium to embed.
   *
   * @param src the source URL, safe and already checked, not yet escaped
   * @param title the title as written (stripped), empty when absent or blank
   */
  public record Embed(String src, String title) {}

  /**
   * Reads the medium at a front matter key.
   *
   * @param fm the post's front matter
   * @param key {@code video} or {@code slides}
   * @param source the post's source name, for problems
   * @param anyHost true when any https host may be framed (authors trusted)
   * @param hosts the hosts that may be framed otherwise, lower case
   * @param problems where problems go
   * @return the medium, empty when absent or left out
   */
  public static Optional<Embed> read(
      FrontMatter fm,
      String key,
      String source,
      boolean anyHost,
      Set<String> hosts,
      List<Problem> problems) {
    Optional<Object> value = fm.get(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Object v = value.get();
    String srcPath = key + ".src";
    Reporter out = new Reporter(problems, fm, source, key);
    String src;
    String title;
    if (v instanceof Map<?, ?>) {
      Optional<Object> s = fm.get(srcPath);
      if (s.isPresent() && (s.get() instanceof Map || s.get() instanceof List)) {
        return out.skip(
            srcPath,
            "media.type",
            "'"
                + srcPath
                + "' must be a URL, found a "
                + (s.get() instanceof Map ? "map" : "list")
                + "; "
                + leftOutText(key),
            "write the address to embed: '" + srcPath + ": https://host/embed/...'");
      }
      src = fm.getString(srcPath).orElse("").strip();
      title = fm.getString(key + ".title").orElse("").strip();
    } else if (v instanceof String text) {
      src = text.strip();
      title = "";
    } else {
      return out.skip(
          key,
          "media.type",
          "'"
              + key
              + "' must be a map with 'src' and 'title', found a "
              + kind(v)
              + "; "
              + leftOutText(key),
          "write '"
              + key
              + ":' then the indented lines 'src: https://host/embed/...' and"
              + " 'title: \"...\"'");
    }
    if (src.isEmpty()) {
      return out.skip(
          srcPath,
          "media.src",
          "'" + srcPath + "' is missing or empty; " + leftOutText(key),
          "give the address to embed: '" + srcPath + ": https://host/embed/...'");
    }
    String safe = Markup.safeUrl(src, false);
    String host = Markup.isBlocked(safe) ? null : httpsHost(safe);
    if (host == null) {
      String hint;
      if (looksLikeUrl(title)) {
        hint = "'" + key + ".title' holds a URL: swap the values of 'src' and 'title'";
      } else if (src.regionMatches(true, 0, "http://", 0, 7)) {
        hint = "write it with https: a page served over https does not show http frames";
      } else {
        hint = "give an absolute https address, such as https://host/videos/embed/...";
      }
      return out.skip(
          srcPath,
          "media.src",
          "'" + srcPath + "' is not an https URL: '" + abbreviate(src) + "'; " + leftOutText(key),
          hint);
    }
    if (!anyHost && !hosts.contains(host)) {
      return out.skip(
          srcPath,
          "media.host",
          "the "
              + key
              + (key.equals("slides") ? " come" : " comes")
              + " from '"
              + host
              + "', which is not among the hosts allowed to be framed; "
              + leftOutText(key),
          "if the site trusts what it serves, add "
              + host
              + " to html.iframeHosts in the site configuration (in code: allowedIframeHosts(\""
              + host
              + "\"))");
    }
    return Optional.of(new Embed(safe, title));
  }

  /**
   * Writes a video: the frame, then its title as the caption when there is one.
   *
   * @param video the video
   * @param fallbackTitle the frame's title when the video has none ("Vidéo", "Video")
   * @return the HTML
   */
  public static String videoHtml(Embed video, String fallbackTitle) {
    StringBuilder s = new StringBuilder(256);
    s.append("<figure class=\"fr-content-media\">\n");
    frame(s, video, fallbackTitle);
    if (!video.title().isEmpty()) {
      s.append("<figcaption class=\"fr-content-media__caption\">")
          .append(Markup.text(video.title()))
          .append("</figcaption>\n");
    }
    return s.append("</figure>\n").toString();
  }

  /**
   * Writes slides: a heading, then the frame (titled by the slides' title, else by the heading).
   *
   * @param slides the slides
   * @param heading the heading ("Support de présentation", "Slides")
   * @return the HTML
   */
  public static String slidesHtml(Embed slides, String heading) {
    StringBuilder s = new StringBuilder(256);
    s.append("<h2>").append(Markup.text(heading)).append("</h2>\n");
    s.append("<figure class=\"fr-content-media\">\n");
    frame(s, slides, heading);
    return s.append("</figure>\n").toString();
  }

  /**
   * Writes a post's video and slides for a feed entry, as links: feed readers do not show frames.
   * Sources that a page would not frame for want of an https URL are left out, without a problem
   * (the page reports them); the host does not matter for a link.
   *
   * @param fm the post's front matter
   * @param source the post's source name
   * @return one paragraph holding a link per medium, empty when there is none
   */
  public static String feedLinks(FrontMatter fm, String source) {
    if (!fm.has("video") && !fm.has("slides")) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    for (String key : List.of("video", "slides")) {
      Optional<Embed> e = read(fm, key, source, true, Set.of(), new ArrayList<>());
      if (e.isPresent()) {
        String text = e.get().title().isEmpty() ? e.get().src() : e.get().title();
        s.append("<p><a href=\"")
            .append(Markup.attribute(e.get().src()))
            .append("\">")
            .append(Markup.text(text))
            .append("</a></p>\n");
      }
    }
    return s.toString();
  }

  private static void frame(StringBuilder s, Embed e, String fallbackTitle) {
    s.append("<iframe class=\"fr-responsive-vid\" title=\"")
        .append(Markup.attribute(e.title().isEmpty() ? fallbackTitle : e.title()))
        .append("\" src=\"")
        .append(Markup.attribute(e.src()))
        .append("\" allowfullscreen></iframe>\n");
  }

  /** The host of an absolute https URL, lower case; null for anything else. */
  private static String httpsHost(String url) {
    try {
      URI uri = new URI(url);
      if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
        return null;
      }
      return uri.getHost().toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String kind(Object value) {
    if (value instanceof List) {
      return "list";
    }
    if (value instanceof Number) {
      return "number";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    return value instanceof Temporal ? "date" : "value";
  }

  private static boolean looksLikeUrl(String text) {
    return text.regionMatches(true, 0, "https://", 0, 8)
        || text.regionMatches(true, 0, "http://", 0, 7);
  }

  /** "the video is left out", "the slides are left out". */
  private static String leftOutText(String key) {
    return "the " + key + (key.equals("slides") ? " are" : " is") + " left out";
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  /** Where the warnings of one medium go: at their key, else at the medium's own key. */
  private record Reporter(List<Problem> problems, FrontMatter fm, String source, String key) {
    /** Adds a warning and leaves the medium out. */
    Optional<Embed> skip(String path, String code, String message, String hint) {
      SourcePosition at =
          fm.positionOf(path).or(() -> fm.positionOf(key)).orElse(SourcePosition.UNKNOWN);
      problems.add(Problem.warning(source, at.line(), at.column(), code, message, hint));
      return Optional.empty();
    }
  }
}

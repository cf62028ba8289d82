package io.github.billet.render.internal.page;

import io.github.billet.core.MarkdownBody;
import io.github.billet.core.Post;
import io.github.billet.core.SourcePosition;
import io.github.billet.core.internal.shared.EmailAddress;
import io.github.billet.core.internal.shared.SharedDocument;
import io.github.billet.core.markdown.ShortcodeArguments;
import io.github.billet.core.markdown.ShortcodeBlock;
import io.github.billet.render.internal.safety.UrlRules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * The local files a post refers to by relative path: its cover image, Markdown images and links
 * ({@code ./diagram.png}, {@code ../shared/file.pdf}) and {@code imageContent} shortcodes. Pages
 * ({@code ../other-post/}) are not files and are left out.
 */
public final class AssetRefs {

  private AssetRefs() {}

  /**
   * A relative reference to a file and where it is written in the source file. The position of a
   * reference in the body is found when first asked, which is only to report a problem (see {@link
   * MarkdownBody#positionOf}).
   */
  public static final class Ref {
    private final String path;
    private final Supplier<SourcePosition> position;

    private Ref(String path, Supplier<SourcePosition> position) {
      this.path = path;
      this.position = position;
    }

    /**
     * Returns a reference at a known position.
     *
     * @param path the path part, percent-decoded, such as {@code ./cover.png}
     * @param at where it is written; {@link SourcePosition#UNKNOWN} when unknown
     * @return the reference
     */
    static Ref at(String path, SourcePosition at) {
      return new Ref(path, () -> at);
    }

    /**
     * Returns the path part.
     *
     * @return the path, percent-decoded, such as {@code ./cover.png}
     */
    public String path() {
      return path;
    }

    /**
     * Returns the line, finding it first for a reference in the body.
     *
     * @return the 1-based source line, 0 when unknown
     */
    public int line() {
      return position.get().line();
    }

    /**
     * Returns the column, finding it first for a reference in the body.
     *
     * @return the 1-based source column, 0 when unknown
     */
    public int column() {
      return position.get().column();
    }

    @Override
    public String toString() {
      return "Ref[" + path + "]";
    }
  }

  /**
   * Returns the relative references of a post, in document order, the first of each path only.
   *
   * @param post the post
   * @return references such as {@code ./cover.png}
   */
  public static List<Ref> of(Post post) {
    Map<String, Ref> refs = new LinkedHashMap<>();
    MarkdownBody body = post.body();
    Optional<SourcePosition> coverAt = post.frontMatter().positionOf("image.path");
    if (coverAt.isEmpty()) {
      coverAt = post.frontMatter().positionOf("image");
    }
    SourcePosition cover = coverAt.orElse(SourcePosition.UNKNOWN);
    if (post.image().isPresent()) {
      Optional<String> path = imageRef(post.image().get().path());
      if (path.isPresent()) {
        refs.putIfAbsent(path.get(), Ref.at(path.get(), cover));
      }
    }
    for (Ref ref : body.derived(BODY_REFS, AssetRefs::bodyRefs)) {
      refs.putIfAbsent(ref.path(), ref);
    }
    return new ArrayList<>(refs.values());
  }

  /** The key of a body's own references, kept with it (see {@link MarkdownBody#derived}). */
  private static final Object BODY_REFS = new Object();

  private static List<Ref> bodyRefs(MarkdownBody body) {
    Map<String, Ref> refs = new LinkedHashMap<>();
    // The pre-order of MarkdownBody.walk, counting places as it does: positionLater takes them.
    Node document = SharedDocument.of(body);
    int place = 0;
    for (Node node = document; node != null; node = MarkdownBody.nextInPreOrder(node, document)) {
      String url = destination(node);
      Optional<String> path =
          url == null ? Optional.empty() : node instanceof Link ? fileRef(url) : imageRef(url);
      if (path.isPresent() && !refs.containsKey(path.get())) {
        refs.put(path.get(), new Ref(path.get(), body.positionLater(place)));
      }
      place++;
    }
    return List.copyOf(refs.values());
  }

  /** The URL a node of a body points to: an image, a link or an imageContent shortcode; or null. */
  private static String destination(Node node) {
    if (node instanceof Image image) {
      return image.getDestination();
    }
    if (node instanceof Link link) {
      return link.getDestination();
    }
    if (node instanceof ShortcodeBlock shortcode && shortcode.name().equals("imageContent")) {
      Optional<List<Object>> args = ShortcodeArguments.parse(shortcode.arguments());
      if (args.isPresent() && !args.get().isEmpty() && args.get().get(0) instanceof String first) {
        return first;
      }
    }
    return null;
  }

  /**
   * A relative path to an image: a file reference, or any relative path that climbs with {@code ..}
   * (whatever its name, it must stay inside the content folder and the site).
   */
  static Optional<String> imageRef(String url) {
    Optional<String> file = fileRef(url);
    if (file.isPresent() || url == null || !UrlRules.isRelativePath(url.strip())) {
      return file;
    }
    String path = url.strip();
    for (char c : new char[] {'?', '#'}) {
      int i = path.indexOf(c);
      if (i >= 0) {
        path = path.substring(0, i);
      }
    }
    path = percentDecode(path);
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        return path.endsWith("/") ? Optional.empty() : Optional.of(path);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether a post's relative reference names a file that does not exist, so that a page does
   * not show a broken image (the missing file has its own {@code asset.missing} warning).
   *
   * @param contentFolder the content folder
   * @param post the post
   * @param url the reference as written, such as {@code ./cover.png}
   * @return true for a relative file reference whose file is absent; false for absolute URLs,
   *     site-rooted paths and files that exist
   */
  public static boolean isMissingFile(java.nio.file.Path contentFolder, Post post, String url) {
    Optional<String> ref = fileRef(url);
    if (ref.isEmpty()) {
      return false;
    }
    String source = post.source();
    String dir = source.contains("/") ? source.substring(0, source.lastIndexOf('/')) : "";
    try {
      java.nio.file.Path file =
          (dir.isEmpty() ? contentFolder : contentFolder.resolve(dir)).resolve(ref.get());
      return !java.nio.file.Files.isRegularFile(file.normalize());
    } catch (java.nio.file.InvalidPathException e) {
      return true;
    }
  }

  /** A relative path to a file (its last segment has an extension other than .html). */
  static Optional<String> fileRef(String url) {
    if (url == null || !UrlRules.isRelativePath(url.strip())) {
      return Optional.empty();
    }
    if (EmailAddress.writtenAsLink(url)) {
      return Optional.empty(); // the link check reports it
    }
    String path = url.strip();
    int cut = path.length();
    for (char c : new char[] {'?', '#'}) {
      int i = path.indexOf(c);
      if (i >= 0 && i < cut) {
        cut = i;
      }
    }
    path = percentDecode(path.substring(0, cut));
    String last = path.substring(path.lastIndexOf('/') + 1);
    int dot = last.lastIndexOf('.');
    if (dot <= 0 || last.endsWith(".html") || last.endsWith(".htm") || last.endsWith(".md")) {
      return Optional.empty();
    }
    return Optional.of(path);
  }

  private static String percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    byte[] out = new byte[s.length() * 3];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length()) {
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi >= 0 && lo >= 0) {
          out[n++] = (byte) (hi * 16 + lo);
          i += 2;
          continue;
        }
      }
      byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
        b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
        i++;
      }
      System.arraycopy(b, 0, out, n, b.length);
      n += b.length;
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }

  /**
   * Resolves a relative reference against a site-relative page URL.
   *
   * @param pageUrl such as {@code /fr/blog/x/}
   * @param ref such as {@code ./cover.png}
   * @return the file's site-relative path without the leading {@code /}, empty when it would climb
   *     above the site root
   */
  public static Optional<String> outputPath(String pageUrl, String ref) {
    String dir =
        pageUrl.endsWith("/") ? pageUrl : pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1);
    List<String> segments = new ArrayList<>();
    for (String s : (dir + ref).split("/")) {
      if (s.isEmpty() || s.equals(".")) {
        continue;
      }
      if (s.equals("..")) {
        if (segments.isEmpty()) {
          return Optional.empty();
        }
        segments.remove(segments.size() - 1);
      } else {
        segments.add(s);
      }
    }
    return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
  }

  /**
   * Returns the output path of a page URL: {@code /fr/blog/x/} → {@code fr/blog/x/index.html}; URLs
   * naming a file ({@code /fr/404.html}, {@code /feed/feed.xml}) keep their name.
   *
   * @param url a site-relative URL
   * @return the relative output path
   */
  public static String pageFile(String url) {
    String path = url.startsWith("/") ? url.substring(1) : url;
    if (path.isEmpty() || path.endsWith("/")) {
      return path + "index.html";
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.contains(".") ? path : path + "/index.html";
  }
}

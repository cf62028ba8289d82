package io.github.billet.core.internal;

import io.github.billet.core.FrameConfig;
import io.github.billet.core.FrontMatter;
import io.github.billet.core.Language;
import io.github.billet.core.SiteConfig;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Reads the {@code frame:} section of the site configuration into a {@link FrameConfig}: every
 * wrong value becomes a located problem and is left out.
 */
final class FrameConfigReader {

  private static final List<String> KEYS =
      List.of("serviceName", "tagline", "quickLinks", "footer", "favicon", "themeColor");
  private static final List<String> FOOTER_KEYS =
      List.of("text", "governmentLinks", "bottomLinks", "licence");
  private static final Set<String> LINK_KEYS = Set.of("label", "url", "icon");
  private static final Pattern ICON = Pattern.compile("fr-icon-[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
  private static final String TEXT_SHAPE =
      "write a text for every language or one per language: '{fr: \"...\", en: \"...\"}'";
  private static final String LINK_SHAPE =
      "write '- {label: {fr: Contact, en: Contact}, url: /{lang}/contact/}'"
          + " (icon: a DSFR class such as fr-icon-mail-line, optional)";

  private FrameConfigReader() {}

  static void read(SiteConfigReader.Ctx ctx, SiteConfig.Builder builder) {
    if (!ctx.tree().has("frame")) {
      return;
    }
    Optional<FrontMatter> section = ctx.tree().getMap("frame");
    if (section.isEmpty()) {
      ctx.error(
          "frame",
          "config.type",
          "'frame' must be a map",
          "write 'frame:' then keys such as 'serviceName:', 'tagline:', 'footer:'");
      return;
    }
    FrontMatter f = section.get();
    unknownKeys(ctx, f, "frame", KEYS);
    FrameConfig.Builder frame = FrameConfig.builder().source(ctx.source());
    texts(ctx, "frame.serviceName", frame::serviceName);
    texts(ctx, "frame.tagline", frame::tagline);
    links(ctx, "frame.quickLinks").forEach(frame::quickLink);
    if (f.has("footer")) {
      if (f.getMap("footer").isEmpty()) {
        ctx.error(
            "frame.footer",
            "config.type",
            "'frame.footer' must be a map",
            "write 'footer:' then keys such as 'text:', 'bottomLinks:', 'licence:'");
      } else {
        unknownKeys(ctx, f.getMap("footer").get(), "frame.footer", FOOTER_KEYS);
        texts(ctx, "frame.footer.text", frame::footerText);
        texts(ctx, "frame.footer.licence", frame::licence);
        // The renderer checks these two texts' inline HTML: keep where they are for its problems.
        for (String key : List.of("frame.footer.text", "frame.footer.licence")) {
          positions(ctx, key, frame);
        }
        if (f.has("footer.governmentLinks")) {
          frame.governmentLinks(links(ctx, "frame.footer.governmentLinks"));
        }
        links(ctx, "frame.footer.bottomLinks").forEach(frame::bottomLink);
      }
    }
    if (f.has("favicon")) {
      Optional<String> url = scalar(ctx, "frame.favicon");
      if (url.isPresent() && url(ctx, "frame.favicon", url.get())) {
        frame.favicon(url.get().strip());
      }
    }
    if (f.has("themeColor")) {
      Optional<String> colour = scalar(ctx, "frame.themeColor");
      if (colour.isPresent() && FrameConfig.isHexColour(colour.get().strip())) {
        frame.themeColor(colour.get().strip());
      } else {
        ctx.error(
            "frame.themeColor",
            "config.frame-colour",
            "'frame.themeColor' must be a hex colour, not '"
                + ctx.tree().get("frame.themeColor").map(String::valueOf).orElse("")
                + "'",
            "write it quoted, such as 'themeColor: \"#000091\"' (YAML reads # as a comment)");
      }
    }
    builder.frame(frame.build());
  }

  private static void unknownKeys(
      SiteConfigReader.Ctx ctx, FrontMatter map, String prefix, List<String> known) {
    for (String key : map.asMap().keySet()) {
      if (!known.contains(key)) {
        ctx.warn(
            prefix + "." + key,
            "config.unknown-key",
            "unknown key '" + prefix + "." + key + "' is ignored",
            "the " + prefix + " keys are: " + String.join(", ", known));
      }
    }
  }

  /** Notes where a text and its per-language values are written. */
  private static void positions(SiteConfigReader.Ctx ctx, String key, FrameConfig.Builder frame) {
    ctx.tree().positionOf(key).ifPresent(at -> frame.position(key, at));
    Optional<FrontMatter> perLanguage = ctx.tree().getMap(key);
    if (perLanguage.isPresent()) {
      for (String code : perLanguage.get().asMap().keySet()) {
        if (isLanguageTag(code)) {
          String at = key + "." + code;
          ctx.tree()
              .positionOf(at)
              .ifPresent(p -> frame.position(key + "." + Language.of(code).code(), p));
        }
      }
    }
  }

  /** Reads a text for every language (a string) or per language (a map); null for every one. */
  private static void texts(
      SiteConfigReader.Ctx ctx, String path, BiConsumer<Language, String> into) {
    Map<String, String> texts = textMap(ctx, path);
    if (texts == null) {
      return;
    }
    for (Map.Entry<String, String> e : texts.entrySet()) {
      into.accept(e.getKey().isEmpty() ? null : Language.of(e.getKey()), e.getValue());
    }
  }

  /** The texts of a key by language code ({@code ""} for every language); null when wrong. */
  private static Map<String, String> textMap(SiteConfigReader.Ctx ctx, String path) {
    Object value = ctx.tree().get(path).orElse(null);
    if (value == null) {
      if (ctx.tree().has(path)) {
        ctx.error(path, "config.type", "'" + path + "' is empty", TEXT_SHAPE);
      }
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String code = String.valueOf(e.getKey());
        String at = path + "." + code;
        if (!isLanguageTag(code)) {
          ctx.error(
              at,
              "config.lang",
              "'" + code + "' in '" + path + "' is not a language tag",
              "write language tags such as 'fr' or 'en' as keys");
        } else if (e.getValue() instanceof Map || e.getValue() instanceof List) {
          ctx.error(at, "config.type", "'" + at + "' must be a text", TEXT_SHAPE);
        } else if (e.getValue() != null) {
          out.put(Language.of(code).code(), String.valueOf(e.getValue()));
        }
      }
      return out;
    }
    if (value instanceof List) {
      ctx.error(path, "config.type", "'" + path + "' must be a text, not a list", TEXT_SHAPE);
      return null;
    }
    out.put("", String.valueOf(value));
    return out;
  }

  private static Optional<String> scalar(SiteConfigReader.Ctx ctx, String path) {
    Object value = ctx.tree().get(path).orElse(null);
    if (value == null || value instanceof Map || value instanceof List) {
      ctx.error(path, "config.type", "'" + path + "' must be a text", "write a single value");
      return Optional.empty();
    }
    return Optional.of(String.valueOf(value));
  }

  private static List<FrameConfig.Link> links(SiteConfigReader.Ctx ctx, String path) {
    Object value = ctx.tree().get(path).orElse(null);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      ctx.error(path, "config.type", "'" + path + "' must be a list of links", LINK_SHAPE);
      return List.of();
    }
    List<FrameConfig.Link> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String at = path + "." + i;
      Optional<FrontMatter> item = ctx.tree().getMap(at);
      if (item.isEmpty()) {
        ctx.error(
            at, "config.type", "link " + (i + 1) + " of '" + path + "' is not a map", LINK_SHAPE);
        continue;
      }
      unknownKeys(ctx, item.get(), at, List.copyOf(new java.util.TreeSet<>(LINK_KEYS)));
      Map<String, String> labels = textMap(ctx, at + ".label");
      Optional<String> url = item.get().has("url") ? scalar(ctx, at + ".url") : Optional.empty();
      if (labels == null
          || labels.isEmpty()
          || labels.values().stream().allMatch(String::isBlank)) {
        if (!item.get().has("label")) {
          ctx.error(
              at,
              "config.frame-link",
              "link " + (i + 1) + " of '" + path + "' has no label",
              LINK_SHAPE);
        }
        continue;
      }
      if (!item.get().has("url")) {
        ctx.error(
            at,
            "config.frame-link",
            "link " + (i + 1) + " of '" + path + "' has no url",
            LINK_SHAPE);
        continue;
      }
      if (url.isEmpty() || !url(ctx, at + ".url", url.get())) {
        continue;
      }
      Optional<String> icon = Optional.empty();
      if (item.get().has("icon")) {
        Optional<String> text = scalar(ctx, at + ".icon");
        if (text.isPresent() && ICON.matcher(text.get().strip()).matches()) {
          icon = Optional.of(text.get().strip());
        } else if (text.isPresent()) {
          ctx.error(
              at + ".icon",
              "config.frame-icon",
              "'" + text.get() + "' is not a DSFR icon class",
              "write a class of the DSFR's icons, such as 'fr-icon-mail-line'");
        }
      }
      out.add(new FrameConfig.Link(labels, url.get().strip(), icon));
    }
    return out;
  }

  /** Checks a link's URL: a path, a fragment, or an http(s) or mailto URL; reports the others. */
  private static boolean url(SiteConfigReader.Ctx ctx, String path, String url) {
    String u = url.strip();
    var scheme = SCHEME.matcher(u);
    boolean ok =
        !u.isEmpty()
            && !u.startsWith("//")
            && (!scheme.find() || SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT)));
    if (!ok) {
      ctx.error(
          path,
          "config.frame-url",
          "'" + url + "' is not a URL a page may link to",
          "write a site path such as '/{lang}/contact/' or an https:// URL");
    }
    return ok;
  }

  private static boolean isLanguageTag(String tag) {
    try {
      new Locale.Builder().setLanguageTag(tag);
    } catch (IllformedLocaleException e) {
      return false;
    }
    return !Locale.forLanguageTag(tag).getLanguage().isEmpty();
  }
}

package io.github.billet.render.internal.html;

import io.github.billet.render.body.Shortcode;
import io.github.billet.render.body.ShortcodeCall;
import java.util.List;

/**
 * The eleventy-dsfr template's {@code {% imageContent "./file.png", "alt text" %}} (a width list
 * may follow): a DSFR content figure whose caption is the alternative text.
 */
final class ImageContentShortcode implements Shortcode {

  static final String NAME = "imageContent";

  @Override
  public String render(ShortcodeCall call) {
    List<Object> arguments = call.arguments();
    if (arguments.size() < 2
        || !(arguments.get(0) instanceof String path)
        || !(arguments.get(1) instanceof String alt)) {
      throw new IllegalArgumentException(
          "imageContent expects a quoted image path and a quoted alternative text, such as {%"
              + " imageContent \"./image.png\", \"what the image shows\" %}");
    }
    String src = call instanceof ShortcodeHtml.Call c ? c.imageUrl(path) : call.url(path);
    return "<figure class=\"fr-content-media\">\n<img class=\"fr-responsive-img\" src=\""
        + ShortcodeCall.escape(src)
        + "\" alt=\""
        + ShortcodeCall.escape(alt)
        + "\" />\n<figcaption class=\"fr-content-media__caption\">"
        + ShortcodeCall.escape(alt)
        + "</figcaption>\n</figure>";
  }
}

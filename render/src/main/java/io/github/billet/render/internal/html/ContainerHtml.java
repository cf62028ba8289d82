package io.github.billet.render.internal.html;

import io.github.billet.core.markdown.ContainerBlock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTML of Billet's containers in a body: callouts, alerts, highlights, accordions and quotes,
 * as the DSFR writes them.
 *
 * <pre>{@code
 * new ContainerHtml(problems, outline, attributes).container(block, out);
 * }</pre>
 */
final class ContainerHtml {
  private final BodyProblems problems;
  private final HeadingOutline outline;
  private final BodyAttributes attributes;

  ContainerHtml(BodyProblems problems, HeadingOutline outline, BodyAttributes attributes) {
    this.problems = problems;
    this.outline = outline;
    this.attributes = attributes;
  }

  // containers

  void container(ContainerBlock block, BilletNodes.Out out) {
    if (!block.isClosed()) {
      problems.warn(
          block,
          "container.unclosed",
          "the " + block.opening() + " container is never closed",
          "add a line holding only "
              + String.valueOf(block.kind().marker()).repeat(block.fenceLength())
              + " where it ends");
    }
    out.line();
    switch (block.kind()) {
      case CALLOUT -> box(block, "fr-callout", "p", "fr-callout__title", out);
      case HIGHLIGHT -> highlight(block, out);
      case ACCORDION -> accordion(block, out);
      case ACCORDIONS_GROUP -> {
        out.tag("div", out.extend(block, "div", Map.of("class", "fr-accordions-group")));
        out.children(block, null);
        out.line();
        out.tag("/div");
      }
      case QUOTE -> quote(block, out);
      default -> {
        String classes = "fr-alert fr-alert--" + block.kind().markdownName();
        if (block.argument().isEmpty()) {
          classes += " fr-alert--sm";
        }
        box(block, classes, "h" + outline.titleLevel(block), "fr-alert__title", out);
      }
    }
    out.line();
  }

  /** A callout or alert: a div, its title (the container's argument) when given, its content. */
  private static void box(
      ContainerBlock block,
      String classes,
      String titleTag,
      String titleClass,
      BilletNodes.Out out) {
    out.tag("div", out.extend(block, "div", Map.of("class", classes)));
    if (!block.argument().isEmpty()) {
      out.tag(titleTag, Map.of("class", titleClass));
      out.text(block.argument());
      out.tag("/" + titleTag);
      out.line();
    }
    out.children(block, null);
    out.line();
    out.tag("/div");
  }

  /** A highlight takes no title: an argument is shown as its first paragraph, with a warning. */
  private void highlight(ContainerBlock block, BilletNodes.Out out) {
    out.tag("div", out.extend(block, "div", Map.of("class", "fr-highlight")));
    if (!block.argument().isEmpty()) {
      problems.warn(
          block,
          "container.argument-ignored",
          "a :::highlight container has no title; '"
              + BodyProblems.abbreviate(block.argument())
              + "' is shown as its first paragraph",
          "write the text on the lines after :::highlight");
      out.line();
      out.tag("p");
      out.text(block.argument());
      out.tag("/p");
    }
    out.children(block, null);
    out.line();
    out.tag("/div");
  }

  /**
   * A DSFR accordion: its title (escaped text) in a button that shows or hides the content, which
   * the button names by id.
   */
  private void accordion(ContainerBlock block, BilletNodes.Out out) {
    String id = outline.accordionId(block);
    String heading = "h" + outline.titleLevel(block);
    out.tag("section", out.extend(block, "section", Map.of("class", "fr-accordion")));
    out.line();
    out.tag(heading, Map.of("class", "fr-accordion__title"));
    Map<String, String> button = new LinkedHashMap<>();
    button.put("type", "button");
    button.put("class", "fr-accordion__btn");
    button.put("aria-expanded", "false");
    button.put("aria-controls", id);
    out.tag("button", button);
    out.text(block.argument());
    out.tag("/button");
    out.tag("/" + heading);
    out.line();
    Map<String, String> collapse = new LinkedHashMap<>();
    collapse.put("class", "fr-collapse");
    collapse.put("id", id);
    out.tag("div", collapse);
    out.line();
    out.children(block, null);
    out.line();
    out.tag("/div");
    out.line();
    out.tag("/section");
  }

  private void quote(ContainerBlock block, BilletNodes.Out out) {
    String image = block.argument();
    if (image.startsWith("[") && image.endsWith("]")) {
      image = image.substring(1, image.length() - 1).trim();
    }
    String classes = image.isEmpty() ? "fr-quote" : "fr-quote fr-quote--column";
    out.tag("figure", out.extend(block, "figure", Map.of("class", classes)));
    out.line();
    out.tag("blockquote");
    out.line();
    out.children(block, null);
    out.line();
    out.tag("/blockquote");
    out.line();
    if (!image.isEmpty()) {
      out.tag("figcaption");
      out.tag("div", Map.of("class", "fr-quote__image"));
      Map<String, String> img = new LinkedHashMap<>();
      img.put("class", "fr-responsive-img");
      img.put("src", attributes.safeImageUrl(block, image));
      img.put("alt", "");
      out.tag("img", img, true);
      out.tag("/div");
      out.tag("/figcaption");
      out.line();
    }
    out.tag("/figure");
  }
}

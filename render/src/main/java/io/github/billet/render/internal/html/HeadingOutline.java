package io.github.billet.render.internal.html;

import io.github.billet.core.Slugs;
import io.github.billet.core.markdown.AttributeBlock;
import io.github.billet.core.markdown.ContainerBlock;
import io.github.billet.core.markdown.TemplateCode;
import io.github.billet.render.body.TocEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The outline of one body: each heading's id and level, the levels of the titles of alerts and
 * accordions, the accordions' ids and the table of contents, decided before the body is written.
 *
 * <pre>{@code
 * HeadingOutline outline = new HeadingOutline(problems);
 * outline.assign(document);
 * String id = outline.id(heading);
 * }</pre>
 */
final class HeadingOutline {
  private final BodyProblems problems;
  private final Map<Heading, String> headingIds = new IdentityHashMap<>();
  private final Map<Heading, Integer> headingLevels = new IdentityHashMap<>();

  /**
   * The heading level of a titled container's title (an alert's, an accordion's): one below the
   * heading before it, so that the page's outline never skips a level.
   */
  private final Map<ContainerBlock, Integer> titleLevels = new IdentityHashMap<>();

  private final Map<ContainerBlock, String> accordionIds = new IdentityHashMap<>();

  private final List<TocEntry> toc = new ArrayList<>();

  HeadingOutline(BodyProblems problems) {
    this.problems = problems;
  }

  /** The id of a heading. */
  String id(Heading heading) {
    return headingIds.get(heading);
  }

  /** The level a heading is written at. */
  int level(Heading heading) {
    return headingLevels.getOrDefault(heading, heading.getLevel());
  }

  /** The level of a titled container's title. */
  int titleLevel(ContainerBlock block) {
    return titleLevels.getOrDefault(block, 3);
  }

  /** The id an accordion's content and button share. */
  String accordionId(ContainerBlock block) {
    return accordionIds.get(block);
  }

  /** The table of contents: the headings of level 2 and 3. */
  List<TocEntry> toc() {
    return toc;
  }

  /**
   * The ids the post page gives its own elements (the DSFR layout's main content and footer, the
   * breadcrumb's list): a heading never takes one ("Footer" becomes {@code footer-1}), so that a
   * page holds each id once.
   */
  public static final Set<String> PAGE_IDS = Set.of("main-content", "footer", "breadcrumb-1");

  /** Gives the headings their ids, levels and table of contents entries, in document order. */
  void assign(Node document) {
    List<Heading> headings = new ArrayList<>();
    // Headings and the containers whose title is a heading, in document order.
    List<Block> outline = new ArrayList<>();
    // Headings are blocks: the walk goes down blocks only, never into a paragraph or the inline
    // nodes of anything, and without a stack.
    Node node = document;
    while (node != null) {
      if (node instanceof Heading heading) {
        headings.add(heading);
        outline.add(heading);
      } else if (node instanceof Block && !(node instanceof Paragraph)) {
        if (node instanceof ContainerBlock && hasHeadingTitle((ContainerBlock) node)) {
          outline.add((Block) node);
        }
        Node child = node.getFirstChild();
        while (child != null && !(child instanceof Block)) {
          child = child.getNext();
        }
        if (child != null) {
          node = child;
          continue;
        }
      }
      node = nextBlock(node, document);
    }
    Set<String> used = new HashSet<>(PAGE_IDS);
    Map<Heading, String> custom = new IdentityHashMap<>();
    for (Heading heading : headings) {
      AttributeBlock block = trailingAttributes(heading);
      if (block == null) {
        continue;
      }
      String id = null;
      for (AttributeBlock.Item item : block.items()) {
        if (item.name().equals("id")) {
          id = item.value();
        }
      }
      if (id != null) {
        if (!used.add(id)) {
          problems.warn(
              block,
              "heading.duplicate-id",
              "the id '"
                  + id
                  + (PAGE_IDS.contains(id)
                      ? "' is the page's own (layout or breadcrumb)"
                      : "' is used by another heading"),
              "give each heading a different {#id}");
        }
        if (!PAGE_IDS.contains(id)) {
          custom.put(heading, id); // the page's own is never given: the heading gets its slug
        }
      }
    }
    // previousLevel: the level of the heading or title just before, which a heading may go one
    // below; sectionLevel: the level of the part a title belongs to, its own one below. A titled
    // container is a part of its own: the headings in it do not change the level of the titles
    // after it (two accordions in a row have the same level).
    int previousLevel = 1;
    int sectionLevel = 1;
    Deque<ContainerBlock> titled = new ArrayDeque<>();
    Deque<Integer> outerLevels = new ArrayDeque<>();
    for (Block block : outline) {
      while (!titled.isEmpty() && !isInside(block, titled.peek())) {
        titled.pop();
        sectionLevel = outerLevels.pop();
      }
      if (block instanceof ContainerBlock) {
        ContainerBlock container = (ContainerBlock) block;
        int level = Math.min(6, sectionLevel + 1);
        titleLevels.put(container, level);
        titled.push(container);
        outerLevels.push(sectionLevel);
        sectionLevel = level;
        previousLevel = level;
        continue;
      }
      Heading heading = (Heading) block;
      int level = Math.min(heading.getLevel(), previousLevel + 1);
      if (heading.getLevel() == 1) {
        // The page's title is its only h1: a title in the body becomes a section under it.
        level = 2;
        problems.warn(
            heading,
            "heading.h1-in-body",
            "a level-1 heading in the body: the page title is the page's only level-1 heading;"
                + " it is shown as level 2",
            "use '##' for the body's sections, and the front matter's 'title' for the page's");
      } else if (level != heading.getLevel()) {
        problems.warn(
            heading,
            "heading.level-skipped",
            "a level-"
                + heading.getLevel()
                + " heading follows a level-"
                + previousLevel
                + " heading (the page title is level 1); it is shown as level "
                + level,
            "use one more # than the heading before it");
      }
      headingLevels.put(heading, level);
      previousLevel = level;
      sectionLevel = level;
      String text = headingText(heading);
      String id = custom.get(heading);
      if (id == null) {
        String base = Slugs.slugify(text);
        if (base.isEmpty()) {
          base = "section";
        }
        id = base;
        for (int k = 1; used.contains(id); k++) {
          id = base + "-" + k;
        }
        used.add(id);
      }
      headingIds.put(heading, id);
      if (level == 2 || level == 3) {
        toc.add(new TocEntry(level, id, text));
      }
    }
    assignAccordionIds(outline, used);
  }

  /**
   * Tells whether a container's title is written as a heading: an accordion's, an alert's that has
   * one.
   */
  private static boolean hasHeadingTitle(ContainerBlock block) {
    return block.kind() == ContainerBlock.Kind.ACCORDION
        || (block.kind().isAlert() && !block.argument().isEmpty());
  }

  private static boolean isInside(Node node, Node ancestor) {
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gives each accordion the id its content and button share: {@code accordion-} and its title's
   * slug, made unique against the page's own ids and the headings' (which keep theirs).
   */
  private void assignAccordionIds(List<Block> outline, Set<String> used) {
    for (Block block : outline) {
      if (block instanceof ContainerBlock
          && ((ContainerBlock) block).kind() == ContainerBlock.Kind.ACCORDION) {
        String slug = Slugs.slugify(((ContainerBlock) block).argument());
        String base = slug.isEmpty() ? "accordion" : "accordion-" + slug;
        String id = base;
        for (int k = 1; used.contains(id); k++) {
          id = base + "-" + k;
        }
        used.add(id);
        accordionIds.put((ContainerBlock) block, id);
      }
    }
  }

  /** The block after {@code node}'s subtree, in document order, or null. */
  private static Node nextBlock(Node node, Node root) {
    Node n = node;
    while (n != root) {
      for (Node next = n.getNext(); next != null; next = next.getNext()) {
        if (next instanceof Block) {
          return next;
        }
      }
      n = n.getParent();
    }
    return null;
  }

  static AttributeBlock trailingAttributes(Heading heading) {
    return heading.getLastChild() instanceof AttributeBlock
        ? (AttributeBlock) heading.getLastChild()
        : null;
  }

  /** The plain text of a heading, without its trailing attribute block, whitespace collapsed. */
  static String headingText(Heading heading) {
    StringBuilder s = new StringBuilder();
    Node end = trailingAttributes(heading);
    for (Node c = heading.getFirstChild(); c != null && c != end; c = c.getNext()) {
      appendText(c, s);
    }
    String text = s.indexOf("{") < 0 ? s.toString() : TemplateCode.strip(s.toString());
    return collapseWhitespace(text).trim();
  }

  /** What {@code replaceAll("\\s+", " ")} gives, without a regular expression. */
  static String collapseWhitespace(CharSequence text) {
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isRegexSpace(c)) {
        int end = i + 1;
        while (end < n && isRegexSpace(text.charAt(end))) {
          end++;
        }
        if (c != ' ' || end > i + 1) {
          if (out == null) {
            out = new StringBuilder(n).append(text, 0, i);
          }
          out.append(' ');
          i = end - 1;
          continue;
        }
      }
      if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text.toString() : out.toString();
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static void appendText(Node node, StringBuilder s) {
    if (node instanceof Text) {
      s.append(((Text) node).getLiteral());
    } else if (node instanceof Code) {
      s.append(((Code) node).getLiteral());
    } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      s.append(' ');
    } else if (node instanceof AttributeBlock) {
      s.append(((AttributeBlock) node).source());
    } else {
      for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
        appendText(c, s);
      }
    }
  }
}

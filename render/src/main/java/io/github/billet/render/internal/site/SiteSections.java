package io.github.billet.render.internal.site;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.Section;
import io.github.billet.core.SiteConfig;
import io.github.billet.i18n.Label;
import io.github.billet.i18n.Labels;
import io.github.billet.render.internal.html.Markup;
import io.github.billet.render.page.PostTimeline;
import io.github.billet.render.page.Tag;
import io.github.billet.render.page.TagIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * The sections a site build lists: those of the configuration, or without any, one blog holding the
 * listed collection at {@code /{lang}/blog/} (its feeds are the site's own, so it has none of its
 * own). Each published post belongs to the first section that holds it, or to none. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * SiteSections sections = SiteSections.of(config, "posts", 10);
 * List<SiteSections.Listed> listed = sections.split(published);
 * }</pre>
 */
public final class SiteSections {

  /** A section with its post test and page size. */
  public record Entry(Section section, Predicate<Post> holds, int pageSize) {

    /** The URL of the section's listing in a language. */
    public String url(Language language) {
      return section.url(language);
    }

    /** The URL of the first page of one of the section's tags in a language. */
    public String tagUrl(Language language, Tag tag) {
      return section
          .tagsUrl()
          .replace("{lang}", language.code())
          .replace("{tag}", Markup.component(tag.slug()));
    }

    /**
     * The section's title in a language: its own, else the first it gives, else "Blog" for the
     * implicit blog, else its id.
     */
    public String title(Language language, Labels labels) {
      Optional<String> own = section.title(language);
      if (own.isPresent()) {
        return own.get();
      }
      if (!section.titles().isEmpty()) {
        return section.titles().values().iterator().next();
      }
      return section.id().equals(IMPLICIT) ? labels.get(language, Label.BLOG) : section.id();
    }
  }

  /** The published posts of one section, with their tags and timeline per language. */
  public record Listed(Entry entry, List<Post> posts, TagIndex tags, PostTimeline timeline) {}

  private static final String IMPLICIT = "blog";

  private final List<Entry> entries;
  private final boolean declared;

  private SiteSections(List<Entry> entries, boolean declared) {
    this.entries = List.copyOf(entries);
    this.declared = declared;
  }

  /**
   * The sections of a configuration.
   *
   * @param config the configuration
   * @param listedCollection the collection of the implicit blog, when the configuration declares no
   *     section
   * @param pageSize the build's page size, for sections that set none
   * @return the sections
   */
  public static SiteSections of(SiteConfig config, String listedCollection, int pageSize) {
    List<Section> sections = config.sections();
    if (sections.isEmpty()) {
      Section blog =
          new Section(
              IMPLICIT,
              List.of(),
              Optional.of(listedCollection),
              "/{lang}/blog/",
              "/{lang}/blog/tags/{tag}/",
              Map.of(),
              OptionalInt.of(pageSize),
              false);
      return new SiteSections(
          List.of(new Entry(blog, p -> p.inCollection(listedCollection), pageSize)), false);
    }
    List<Entry> entries = new ArrayList<>();
    for (Section section : sections) {
      entries.add(new Entry(section, section.holds(), section.pageSize().orElse(pageSize)));
    }
    return new SiteSections(entries, true);
  }

  /** Whether the configuration declares the sections (else the implicit blog is the one). */
  public boolean declared() {
    return declared;
  }

  /** The sections in order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The section a post belongs to: the first that holds it. */
  public Optional<Entry> sectionOf(Post post) {
    for (Entry entry : entries) {
      if (entry.holds().test(post)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  /**
   * The URL of a tag's page for a post's chip: its section's tag page in the post's language; empty
   * for a post in no section or without a language, whose tags get no link (no such page is built).
   */
  public Optional<String> tagUrl(Post post, Tag tag) {
    if (post.language().isEmpty() || tag.slug().isEmpty()) {
      return Optional.empty();
    }
    return sectionOf(post).map(e -> e.tagUrl(post.language().get(), tag));
  }

  /**
   * The published posts of each section, in the sections' order.
   *
   * @param posts the posts
   * @return one entry per section, posts in their given order
   */
  public List<Listed> split(List<Post> posts) {
    List<List<Post>> lists = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      lists.add(new ArrayList<>());
    }
    for (Post post : posts) {
      if (!post.isPublished()) {
        continue;
      }
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).holds().test(post)) {
          lists.get(i).add(post);
          break;
        }
      }
    }
    List<Listed> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      List<Post> list = Collections.unmodifiableList(lists.get(i));
      out.add(new Listed(entries.get(i), list, TagIndex.of(list), PostTimeline.of(list)));
    }
    return List.copyOf(out);
  }
}

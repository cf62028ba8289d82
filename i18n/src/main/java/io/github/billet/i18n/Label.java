package io.github.billet.i18n;

/**
 * The labels a blog page shows, each with its message key; French and English texts are built in to
 * {@link Labels}.
 *
 * <p>Keys are plain strings so that a site can add its own; these constants name the built-in ones.
 * The placeholders a label's text takes are given in each constant's description.
 *
 * <pre>{@code
 * String toc = labels.get(Language.FRENCH, Label.TABLE_OF_CONTENTS); // "Sommaire"
 * String key = Label.PUBLISHED_ON.key();                            // "post.publishedOn"
 * }</pre>
 */
public enum Label {
  /** The language's own name, in that language: "français", "English". */
  LANGUAGE_NAME("language.name"),
  /** "Publié le {date}" / "Published on {date}". */
  PUBLISHED_ON("post.publishedOn"),
  /** "Mis à jour le {date}" / "Updated on {date}". */
  UPDATED_ON("post.updatedOn"),
  /** Heading of a post's tag list. */
  TAGS("post.tags"),
  /** Link to the previous post. */
  PREVIOUS_POST("post.previous"),
  /** Link to the next post. */
  NEXT_POST("post.next"),
  /** "Sommaire" / "Contents". */
  TABLE_OF_CONTENTS("post.toc"),
  /** Title of an embedded video that has none of its own: "Vidéo" / "Video". */
  VIDEO("post.video"),
  /** Heading of a post's embedded slides: "Support de présentation" / "Slides". */
  SLIDES("post.slides"),
  /** Heading of the share buttons. */
  SHARE("post.share"),
  /**
   * Link to a post's translation, written in the translation's language: "Lire en français" in the
   * French bundle, "Read in English" in the English one.
   */
  READ_IN_THIS_LANGUAGE("post.readInThisLanguage"),
  /** "Traduction de « {title} »" / "Translation of “{title}”". */
  TRANSLATION_OF("post.translationOf"),
  /**
   * Label of a footnote's link back to where it is cited: "Retour à la référence {ref}" / "Back to
   * reference {ref}", {ref} being the footnote's number (and the citation's, "1-2", when cited more
   * than once).
   */
  FOOTNOTE_BACK_TO_REFERENCE("post.footnote.backToReference"),
  /** Badge of a draft post. */
  DRAFT("post.draft"),
  /** "{count} article" / "{count} post"; used for counts the language treats as singular. */
  POST_COUNT_ONE("post.count.one"),
  /** "{count} articles" / "{count} posts". */
  POST_COUNT_OTHER("post.count.other"),
  /** The blog's name in navigation. */
  BLOG("blog.title"),
  /** Title of the listing of every post. */
  ALL_POSTS("blog.allPosts"),
  /** "Articles avec le tag « {tag} »" / "Posts tagged “{tag}”". */
  POSTS_TAGGED("blog.postsTagged"),
  /** Title of the list of every tag. */
  ALL_TAGS("blog.allTags"),
  /** Text of an empty listing. */
  NO_POSTS("blog.noPosts"),
  /** Link to the home page. */
  HOME("nav.home"),
  /** Title of a language's site map page: "Plan du site" / "Site map". */
  SITE_MAP("nav.siteMap"),
  /** Heading of the site map's pages in no section: "Autres pages" / "Other pages". */
  OTHER_PAGES("nav.otherPages"),
  /** Heading of a section's newest posts on the home page: "Derniers articles" / "Latest posts". */
  LATEST_POSTS("home.latestPosts"),
  /** Label of the main navigation. */
  MAIN_MENU("nav.main"),
  /** Label of the breadcrumb. */
  BREADCRUMB("nav.breadcrumb"),
  /** Button that unfolds the breadcrumb on small screens. */
  SHOW_BREADCRUMB("nav.breadcrumb.show"),
  /** Label of the language selector. */
  SELECT_LANGUAGE("nav.language"),
  /** Link back to the top of the page. */
  BACK_TO_TOP("nav.backToTop"),
  /** Suffix of the title of a link that opens a new window. */
  NEW_WINDOW("nav.newWindow"),
  /** The button that opens the header's menu on small screens: "Menu". */
  MENU("nav.menu"),
  /** The button that closes a dialog or menu: "Fermer" / "Close". */
  CLOSE("nav.close"),
  /** The display settings (theme) dialog and its footer button. */
  DISPLAY_SETTINGS("display.title"),
  /** The question of the display settings dialog. */
  DISPLAY_PICK_THEME("display.pickTheme"),
  /** The light theme choice. */
  THEME_LIGHT("display.light"),
  /** The dark theme choice. */
  THEME_DARK("display.dark"),
  /** The choice that follows the system's theme. */
  THEME_SYSTEM("display.system"),
  /** The hint of the system theme choice. */
  THEME_SYSTEM_HINT("display.systemHint"),
  /** The footer's link to the home page, with the site's name: "Accueil - {site}". */
  FOOTER_HOME("footer.home"),
  /** Label of a pagination block. */
  PAGINATION("pagination.label"),
  /** Link to the first page of a listing. */
  FIRST_PAGE("pagination.first"),
  /** Link to the previous page of a listing. */
  PREVIOUS_PAGE("pagination.previous"),
  /** Link to the next page of a listing. */
  NEXT_PAGE("pagination.next"),
  /** Link to the last page of a listing. */
  LAST_PAGE("pagination.last"),
  /** "Page {page}". */
  PAGE("pagination.page"),
  /** "Page {page} sur {pages}" / "Page {page} of {pages}". */
  PAGE_OF("pagination.pageOf"),
  /** Heading of the feed links. */
  FEEDS("feed.title"),
  /** Link to the Atom feed. */
  ATOM_FEED("feed.atom"),
  /** Link to the JSON Feed. */
  JSON_FEED("feed.json"),
  /** Invitation to subscribe to a feed. */
  SUBSCRIBE("feed.subscribe"),
  /** Label of the skip links block. */
  SKIP_LINKS("skip.label"),
  /** Skip link to the main content. */
  SKIP_TO_CONTENT("skip.content"),
  /** Skip link to the menu. */
  SKIP_TO_MENU("skip.menu"),
  /** Skip link to the footer. */
  SKIP_TO_FOOTER("skip.footer"),
  /** "Erreur 404" / "Error 404". */
  NOT_FOUND_CODE("error.notFound.code"),
  /** Title of the 404 page. */
  NOT_FOUND_TITLE("error.notFound.title"),
  /** Main text of the 404 page. */
  NOT_FOUND_TEXT("error.notFound.text"),
  /** Advice on the 404 page. */
  NOT_FOUND_HINT("error.notFound.hint"),
  /** Link to the home page from the 404 page. */
  NOT_FOUND_HOME("error.notFound.home");

  private final String key;

  Label(String key) {
    this.key = key;
  }

  /**
   * Returns the message key, as written in a labels {@code .properties} file.
   *
   * @return the key, for example {@code post.publishedOn}
   */
  public String key() {
    return key;
  }
}

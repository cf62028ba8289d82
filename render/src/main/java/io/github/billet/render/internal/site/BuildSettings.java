package io.github.billet.render.internal.site;

import io.github.billet.core.PostParser;
import io.github.billet.core.SiteConfig;
import io.github.billet.i18n.Labels;
import io.github.billet.render.body.HtmlPolicy;
import io.github.billet.render.body.Shortcode;
import io.github.billet.render.page.PageLayout;
import io.github.billet.render.site.BuildListener;
import java.util.List;
import java.util.Map;

/**
 * A site build's settings, as its builder decided them, read by the build's stages.
 *
 * <pre>{@code
 * new BuildPreparation(settings).prepare(run);
 * }</pre>
 *
 * @param config the configuration, base URL override applied
 * @param includeDrafts whether drafts are rendered
 * @param policy what happens to raw HTML in posts
 * @param iframeHosts the hosts iframes may come from
 * @param layout the page layout
 * @param defaultLayout whether the layout is the default DSFR one (which needs Billet's stylesheet)
 * @param labels the localized labels
 * @param pageSize posts a listing page shows
 * @param feedSize posts a feed holds
 * @param maxPages the most pages one build may write
 * @param parser the parser whose limits apply
 * @param listener who hears about progress
 * @param shortcodes the site's own shortcodes
 * @param pairedShortcodes the site's own paired shortcodes
 * @param allowEmptySite whether a site without posts may replace the output
 * @param plan the files and URLs the build makes
 */
public record BuildSettings(
    SiteConfig config,
    boolean includeDrafts,
    HtmlPolicy policy,
    List<String> iframeHosts,
    PageLayout layout,
    boolean defaultLayout,
    Labels labels,
    int pageSize,
    int feedSize,
    int maxPages,
    PostParser parser,
    BuildListener listener,
    Map<String, Shortcode> shortcodes,
    Map<String, Shortcode> pairedShortcodes,
    boolean allowEmptySite,
    SitePlan plan) {}

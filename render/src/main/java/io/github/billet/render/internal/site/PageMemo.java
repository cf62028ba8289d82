package io.github.billet.render.internal.site;

import io.github.billet.core.Problem;
import java.util.List;

/**
 * What a page was made of, and the problems found while making it: a session's next build keeps the
 * page when its key is equal.
 *
 * <pre>{@code
 * PageMemo memo = new PageMemo(List.of(post.url(), post.language()), page.problems());
 * }</pre>
 *
 * @param key what the page was made of
 * @param problems the problems found while making it
 */
public record PageMemo(List<Object> key, List<Problem> problems) {}

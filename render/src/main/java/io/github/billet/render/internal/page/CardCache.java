package io.github.billet.render.internal.page;

import io.github.billet.core.Language;
import io.github.billet.core.Post;
import io.github.billet.core.Problem;
import io.github.billet.render.page.PostCard;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cards made once per language and post and reused, while one site build lists the same post on
 * several pages (the blog index, each of its tags). Thread-safe; make one per build.
 */
public final class CardCache implements PagedListing.Cards {

  // A card's model holds a few short strings and shares the post: a rough size for the budget.
  private static final long CARD_BYTES = 1024;

  /** A card and the problems found while making it. */
  private record Card(PostCard card, List<Problem> problems) {}

  private final PageModels models;
  private final ConcurrentMap<String, Card> cards = new ConcurrentHashMap<>();
  // Cards are kept while they fit in a 32nd of the heap; made again past it.
  private final AtomicLong budget = new AtomicLong(Runtime.getRuntime().maxMemory() / 32);

  /**
   * Makes an empty cache.
   *
   * @param models makes the cards
   */
  public CardCache(PageModels models) {
    this.models = models;
  }

  @Override
  public PostCard card(Language language, Post post, List<Problem> problems) {
    String key = language.code() + '\n' + post.source();
    Card card = cards.get(key);
    if (card == null) {
      List<Problem> found = new ArrayList<>();
      card = new Card(models.card(language, post, found), List.copyOf(found));
      if (budget.addAndGet(-CARD_BYTES) >= 0) {
        cards.putIfAbsent(key, card);
      }
    }
    problems.addAll(card.problems());
    return card.card();
  }
}

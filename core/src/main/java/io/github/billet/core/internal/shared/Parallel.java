package io.github.billet.core.internal.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one function over the items of a list on the common fork-join pool's threads and the
 * caller's (or, from a thread of another fork-join pool, on that pool's threads), each thread
 * taking the next item as soon as it is done with one.
 *
 * <p>Why not a parallel stream: a stream cuts a list into four pieces per pool thread before it
 * starts (with two cores, 4000 posts make four pieces of 1000), and posts do not all cost the same,
 * so a thread could be left finishing its piece alone for a quarter of a second while the other
 * waited. Here a thread is idle only while the others finish their last item.
 *
 * <pre>{@code
 * List<Post> posts = Parallel.map(sources, parser::parse);
 * Parallel.Pending<byte[]> sitemap = Parallel.start(() -> writer.sitemap(entries));
 * // ... other work on the caller's thread ...
 * byte[] bytes = sitemap.join();
 * }</pre>
 */
public final class Parallel {

  private Parallel() {}

  /**
   * Applies a function to every item, in parallel.
   *
   * @param <T> the items' type
   * @param <R> the results' type
   * @param items the items
   * @param function applied to each item, from any thread
   * @return the results, in the order of the items
   * @throws RuntimeException the first exception the function threw; the items not yet started are
   *     then left alone
   */
  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
    Object[] results = new Object[items.size()];
    run(items.size(), i -> results[i] = function.apply(items.get(i)));
    @SuppressWarnings("unchecked")
    List<R> list = (List<R>) Arrays.asList(results);
    return Collections.unmodifiableList(list);
  }

  /**
   * Passes every item to an action, in parallel.
   *
   * @param <T> the items' type
   * @param items the items
   * @param action given each item, from any thread
   * @throws RuntimeException the first exception the action threw; the items not yet started are
   *     then left alone
   */
  public static <T> void forEach(List<T> items, Consumer<? super T> action) {
    run(items.size(), i -> action.accept(items.get(i)));
  }

  /**
   * Starts a computation on a thread of the pool that {@link #map} would use, so that the caller
   * can do other work meanwhile.
   *
   * @param <R> the result's type
   * @param work the computation
   * @return the computation under way
   */
  public static <R> Pending<R> start(Supplier<R> work) {
    Pending<R> pending = new Pending<>();
    pending.task = pool().submit(() -> pending.complete(work));
    return pending;
  }

  /**
   * A computation started by {@link #start}.
   *
   * @param <R> the result's type
   */
  public static final class Pending<R> {
    private ForkJoinTask<?> task;
    private R result;
    // As thrown: getting a failed task's result would give a copy of the exception.
    private Throwable failure;

    private Pending() {}

    private void complete(Supplier<R> work) {
      try {
        result = work.get();
      } catch (RuntimeException | Error e) {
        failure = e;
      }
    }

    /**
     * Waits for the computation (or runs it here if no pool thread has taken it yet).
     *
     * @return its result
     * @throws RuntimeException the exception the computation threw
     */
    public R join() {
      task.join(); // also makes the result written on the pool's thread visible here
      rethrow(failure);
      return result;
    }
  }

  private interface Step {
    void run(int index);
  }

  private static void run(int count, Step step) {
    ForkJoinPool helperPool = pool();
    // A pool's own thread calling is one of its threads; any other caller adds one.
    int threads =
        Math.min(
            count,
            ForkJoinTask.inForkJoinPool()
                ? helperPool.getParallelism()
                : helperPool.getParallelism() + 1);
    AtomicInteger next = new AtomicInteger();
    // The first failure as thrown: joining a failed task would give a copy without its message.
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker =
        () -> {
          try {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
              step.run(i);
            }
          } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
            next.set(count); // the other threads stop after their current item
          }
        };
    List<ForkJoinTask<?>> helpers = new ArrayList<>();
    for (int t = 1; t < threads; t++) {
      helpers.add(helperPool.submit(worker));
    }
    worker.run();
    // Joining makes the helpers' results visible here; a helper not started yet runs here and
    // finds nothing left to do.
    for (ForkJoinTask<?> helper : helpers) {
      helper.join();
    }
    rethrow(failure.get());
  }

  /**
   * The pool to work in. Called from a fork-join pool's thread, the work stays in that pool, as a
   * parallel stream's does: a program that runs Billet in a pool of its own keeps it to that pool's
   * threads.
   */
  private static ForkJoinPool pool() {
    return ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
  }

  private static void rethrow(Throwable failure) {
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
  }
}

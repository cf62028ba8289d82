package io.github.billet.core.internal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Parallel runs each item once, keeps the order of results and reports the first failure. */
class ParallelTest {

  private static List<Integer> upTo(int n) {
    return IntStream.range(0, n).boxed().toList();
  }

  @Test
  void resultsKeepTheItemsOrderNullsIncluded() {
    List<String> results = Parallel.map(upTo(5000), i -> i % 7 == 0 ? null : "item " + i);

    assertThat(results).hasSize(5000);
    for (int i = 0; i < 5000; i++) {
      assertThat(results.get(i)).isEqualTo(i % 7 == 0 ? null : "item " + i);
    }
    assertThatThrownBy(() -> results.set(1, "changed"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void everyItemRunsOnceAndThePoolHelps() {
    assumeTrue(
        ForkJoinPool.getCommonPoolParallelism() > 1
            || Runtime.getRuntime().availableProcessors() > 1,
        "one core: the common pool may not run beside the caller");
    AtomicIntegerArray runs = new AtomicIntegerArray(400);
    Set<String> threads = ConcurrentHashMap.newKeySet();

    Parallel.forEach(
        upTo(400),
        i -> {
          runs.incrementAndGet(i);
          threads.add(Thread.currentThread().getName());
          sleep(1);
        });

    for (int i = 0; i < 400; i++) {
      assertThat(runs.get(i)).as("runs of item %d", i).isEqualTo(1);
    }
    assertThat(threads).hasSizeGreaterThan(1).contains(Thread.currentThread().getName());
  }

  @Test
  void theFirstFailureIsThrownAndLaterItemsAreLeft() {
    AtomicInteger started = new AtomicInteger();

    assertThatThrownBy(
            () ->
                Parallel.forEach(
                    upTo(100_000),
                    i -> {
                      started.incrementAndGet();
                      if (i == 10) {
                        throw new IllegalStateException("item 10 is bad");
                      }
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("item 10 is bad");
    assertThat(started.get()).isLessThan(100_000);
  }

  @Test
  void anErrorIsThrownAsItIs() {
    assertThatThrownBy(
            () ->
                Parallel.map(
                    upTo(50),
                    i -> {
                      if (i == 49) {
                        throw new AssertionError("last item");
                      }
                      return i;
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("last item");
  }

  @Test
  void noItemsAndOneItem() {
    assertThat(Parallel.map(List.of(), i -> i)).isEmpty();
    assertThat(Parallel.map(List.of("a"), s -> s + "!")).containsExactly("a!");
  }

  @Test
  void callsFromPoolThreadsNestWithoutBlocking() throws Exception {
    List<Integer> outer = upTo(8);

    List<Integer> sums =
        ForkJoinPool.commonPool()
            .submit(
                () ->
                    Parallel.map(
                        outer,
                        o ->
                            Parallel.map(upTo(200), i -> i + o).stream()
                                .mapToInt(Integer::intValue)
                                .sum()))
            .get(30, TimeUnit.SECONDS);

    List<Integer> expected = new ArrayList<>();
    for (int o : outer) {
      expected.add(199 * 200 / 2 + 200 * o);
    }
    assertThat(sums).isEqualTo(expected);
  }

  @Test
  void fromAPoolOfItsOwnTheWorkStaysInThatPool() throws Exception {
    ForkJoinPool two = new ForkJoinPool(2);
    ForkJoinPool one = new ForkJoinPool(1);
    try {
      Set<Thread> inTwo = ConcurrentHashMap.newKeySet();
      Set<Thread> inOne = ConcurrentHashMap.newKeySet();

      two.submit(() -> Parallel.forEach(upTo(200), i -> record(inTwo))).get(30, TimeUnit.SECONDS);
      one.submit(() -> Parallel.forEach(upTo(200), i -> record(inOne))).get(30, TimeUnit.SECONDS);

      assertThat(inTwo).isNotEmpty().hasSizeLessThanOrEqualTo(2);
      assertThat(inTwo).allMatch(t -> t instanceof ForkJoinWorkerThread w && w.getPool() == two);
      assertThat(inOne).hasSize(1);
      assertThat(inOne).allMatch(t -> t instanceof ForkJoinWorkerThread w && w.getPool() == one);
    } finally {
      two.shutdownNow();
      one.shutdownNow();
    }
  }

  @Test
  void aStartedComputationGivesItsResultOrItsExceptionAsThrown() {
    assertThat(Parallel.start(() -> "made").join()).isEqualTo("made");

    IllegalStateException thrown = new IllegalStateException("no entries");
    Parallel.Pending<String> failing =
        Parallel.start(
            () -> {
              throw thrown;
            });
    assertThatThrownBy(failing::join).isSameAs(thrown);
  }

  @Test
  void aComputationStartedFromAPoolOfItsOwnRunsInThatPool() throws Exception {
    ForkJoinPool own = new ForkJoinPool(1);
    try {
      Thread ran =
          own.submit(() -> Parallel.start(Thread::currentThread).join()).get(30, TimeUnit.SECONDS);

      assertThat(ran)
          .isInstanceOfSatisfying(
              ForkJoinWorkerThread.class, w -> assertThat(w.getPool()).isSameAs(own));
    } finally {
      own.shutdownNow();
    }
  }

  private static void record(Set<Thread> threads) {
    threads.add(Thread.currentThread());
    sleep(1);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package io.github.billet.core.internal.shared;

import io.github.billet.core.ContentLoader;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The memory settings of a {@link ContentLoader}, for Billet's own site build only (exported to
 * render alone): a loader that lets each post's document and text go once its {@code onParsed}
 * action has run, so that a large tree loads in a small heap. Users keep every document, and what
 * they need of it stays at hand.
 *
 * <pre>{@code
 * ContentLoader.Builder loader = ContentLoader.builder().onParsed(renderEachBody);
 * DocumentRelease.afterParsed(loader, 0, 0); // drop documents and texts at once
 * }</pre>
 */
public final class DocumentRelease {

  // The builder's package-private setter, reached with this module's own private access.
  private static final MethodHandle RELEASE = releaseSetter();

  private DocumentRelease() {}

  /**
   * Makes the loader let documents and texts go once each post's {@code onParsed} action has run:
   * documents stay softly while they fit in their share of the maximum heap and are parsed again
   * when needed; texts stay while they fit in theirs and are read again from their files.
   *
   * @param builder the loader's builder
   * @param documentMemory the share of the heap documents let go may still occupy, 0 to 1
   * @param textMemory the share of the heap body texts may occupy, 0 to 1
   * @return the builder
   * @throws IllegalArgumentException when a share is not between 0 and 1
   */
  public static ContentLoader.Builder afterParsed(
      ContentLoader.Builder builder, double documentMemory, double textMemory) {
    try {
      return (ContentLoader.Builder) RELEASE.invokeExact(builder, documentMemory, textMemory);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("ContentLoader.Builder.releaseDocuments threw", e);
    }
  }

  private static MethodHandle releaseSetter() {
    try {
      return MethodHandles.privateLookupIn(ContentLoader.Builder.class, MethodHandles.lookup())
          .findVirtual(
              ContentLoader.Builder.class,
              "releaseDocuments",
              MethodType.methodType(ContentLoader.Builder.class, double.class, double.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}

package io.github.billet.core.internal.shared;

import io.github.billet.core.MarkdownBody;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.commonmark.node.Node;

/**
 * The shared commonmark tree of a {@link MarkdownBody}, for Billet's own modules only (exported to
 * them alone): {@link MarkdownBody#document()} hands users a fresh copy, while the renderers read
 * the one tree held by the body, without parsing again. Callers must never change it.
 *
 * <pre>{@code
 * Node tree = SharedDocument.of(post.body()); // read it, never change it
 * }</pre>
 */
public final class SharedDocument {

  // The body's package-private accessor, reached with this module's own private access.
  private static final MethodHandle SHARED = sharedAccessor();

  private SharedDocument() {}

  /**
   * Returns the tree the body holds (parsed again if it was dropped to save memory).
   *
   * @param body a body
   * @return its document, shared: read it, never change it
   */
  public static Node of(MarkdownBody body) {
    try {
      return (Node) SHARED.invokeExact(body);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("MarkdownBody.sharedDocument threw a checked exception", e);
    }
  }

  private static MethodHandle sharedAccessor() {
    try {
      return MethodHandles.privateLookupIn(MarkdownBody.class, MethodHandles.lookup())
          .findVirtual(MarkdownBody.class, "sharedDocument", MethodType.methodType(Node.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}

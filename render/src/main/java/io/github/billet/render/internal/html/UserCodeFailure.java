package io.github.billet.render.internal.html;

import java.util.ArrayList;
import java.util.List;

/**
 * How an exception thrown by the user's code (a shortcode renderer, a layout, a build listener) is
 * told: its class, its message and the first frames of the user's code, so that the report points
 * at the user's code rather than at Billet.
 *
 * <pre>{@code
 * String what = UserCodeFailure.describe(e, ShortcodeHtml.class);
 * // java.lang.IllegalStateException: boom (at com.example.Video.render(Video.java:12))
 * }</pre>
 */
public final class UserCodeFailure {

  /** How many frames of the user's code a report shows. */
  public static final int FRAMES = 3;

  private UserCodeFailure() {}

  /**
   * Describes an exception: its class name, message, and up to {@link #FRAMES} frames of the code
   * it went through before reaching the Billet class that called that code.
   *
   * @param e the exception
   * @param caller the Billet class that called the user's code: frames from it on are Billet's
   * @return such as {@code java.lang.IllegalStateException: boom (at
   *     com.example.Video.render(Video.java:12))}
   */
  public static String describe(Throwable e, Class<?> caller) {
    StringBuilder s = new StringBuilder(e.getClass().getName());
    if (e.getMessage() != null) {
      s.append(": ").append(e.getMessage());
    }
    List<String> frames = frames(e, caller);
    if (!frames.isEmpty()) {
      s.append(" (at ").append(String.join(", ", frames)).append(')');
    }
    return s.toString();
  }

  /** The first frames of the user's code, JDK frames left out, up to the caller. */
  static List<String> frames(Throwable e, Class<?> caller) {
    List<String> out = new ArrayList<>();
    String first = null;
    for (StackTraceElement frame : e.getStackTrace()) {
      String type = frame.getClassName();
      if (type.equals(caller.getName()) || type.startsWith(caller.getName() + "$")) {
        break;
      }
      if (first == null) {
        first = frame.toString();
      }
      if (isJdk(type)) {
        continue;
      }
      out.add(frame.toString());
      if (out.size() == FRAMES) {
        break;
      }
    }
    // Thrown by the JDK on the user's behalf (a null passed on, a bad format): where it was thrown.
    if (out.isEmpty() && first != null) {
      out.add(first);
    }
    return out;
  }

  private static boolean isJdk(String type) {
    return type.startsWith("java.")
        || type.startsWith("javax.")
        || type.startsWith("jdk.")
        || type.startsWith("sun.");
  }
}

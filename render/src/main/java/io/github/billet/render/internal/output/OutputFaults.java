package io.github.billet.render.internal.output;

import java.io.IOException;

/**
 * Where the output code may be stopped, for fault-injection tests: each step that changes what the
 * output path shows (making a generation, the switch, retiring old generations) calls {@link #at}
 * first. Not library API: the module does not export this package; a build uses {@link #NONE}.
 *
 * <pre>{@code
 * OutputFaults stopAtSwitch = point -> { if (point.equals("switch.rename")) throw new Halt(); };
 * }</pre>
 */
public interface OutputFaults {

  /** No faults: what every build uses. */
  OutputFaults NONE = point -> {};

  /**
   * Called before each step; may throw to stop the build there, as a killed process stops.
   *
   * @param point the step's name, such as {@code switch.rename}
   * @throws IOException to make the step fail as a full disk would
   */
  void at(String point) throws IOException;

  /**
   * Tells whether the process is to be taken as dead (stopped by {@link #at}): then nothing is
   * cleaned up, as after a kill, and only the lock is released, as the system releases a dead
   * process's locks.
   *
   * @return true after a simulated kill
   */
  default boolean dead() {
    return false;
  }

  /**
   * Tells whether the switch may use a symbolic link; false makes it use the fallback that systems
   * without links get.
   *
   * @return true unless a test says otherwise
   */
  default boolean linksWork() {
    return true;
  }
}

package io.github.billet.render.site;

import io.github.billet.render.internal.output.Generations;
import io.github.billet.render.internal.output.OutputFaults;
import java.nio.file.Path;

/**
 * A second process for {@link OutputSafetyTest}: takes an output's lock as a build does, says
 * {@code locked} on its standard output, and holds the lock until its standard input ends or it is
 * killed.
 */
final class OutputLockHolder {

  private OutputLockHolder() {}

  public static void main(String[] args) throws Exception {
    Generations held = Generations.open(Path.of(args[0]), OutputFaults.NONE);
    System.out.println("locked");
    System.out.flush();
    while (System.in.read() >= 0) {
      // Hold the lock until told to end.
    }
    held.close();
  }
}

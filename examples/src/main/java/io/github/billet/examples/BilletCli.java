package io.github.billet.examples;

/** Command-line entry point; see the README. */
public final class BilletCli {
  private BilletCli() {}

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.out.println("Billet");
  }
}

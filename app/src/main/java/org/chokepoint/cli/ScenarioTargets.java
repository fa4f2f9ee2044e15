package org.chokepoint.cli;

/** What the command line asks of the scenario targets ({@link org.chokepoint.simulation}). */
final class ScenarioTargets {
  private ScenarioTargets() {}

  /** See {@link org.chokepoint.simulation.ScenarioTargets#isCountry}. */
  static boolean isCountry(String label, String alpha3) {
    return org.chokepoint.simulation.ScenarioTargets.isCountry(label, alpha3);
  }
}

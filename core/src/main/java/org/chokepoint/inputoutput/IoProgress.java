package org.chokepoint.inputoutput;

/** Progress of a long analysis: {@code done} of {@code total} units of the named step. */
@FunctionalInterface
public interface IoProgress {
  /** Reports nothing. */
  IoProgress NONE = (step, done, total) -> {};

  void report(String step, long done, long total);
}

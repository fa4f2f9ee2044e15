package org.chokepoint.data.network;

/** Told how far a long import or generation has come, so that a surface can show progress. */
@FunctionalInterface
public interface NetworkProgress {
  NetworkProgress NONE = (step, count) -> {};

  /**
   * @param step what is being done, such as {@code links.csv read}
   * @param count how many rows of it so far
   */
  void update(String step, long count);
}

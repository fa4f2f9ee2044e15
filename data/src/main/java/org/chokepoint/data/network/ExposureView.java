package org.chokepoint.data.network;

import java.util.List;
import java.util.PriorityQueue;
import org.chokepoint.network.firm.ExposureResult;
import org.chokepoint.provenance.Provenance;

/**
 * The exposure of every node of a firm network to a shock, for the surfaces.
 *
 * @param shocks the shock selectors as given, such as {@code country:CHN} or {@code node:F12}
 * @param shocked one flag per node: in the shocked set
 * @param tolerance the largest change per sweep at which cycles count as converged
 */
public record ExposureView(
    FirmNetworkData data,
    List<String> shocks,
    boolean[] shocked,
    int shockedCount,
    ExposureResult result,
    double tolerance,
    List<Provenance> sources) {
  public ExposureView {
    shocks = List.copyOf(shocks);
    sources = List.copyOf(sources);
  }

  /**
   * The {@code n} most exposed nodes outside the shocked set with exposure above 0, most exposed
   * first; among equal exposures the larger buyer (purchased amount) first, then by index.
   */
  public int[] top(int n) {
    PriorityQueue<Integer> heap =
        new PriorityQueue<>(
            (a, b) -> {
              int c = Double.compare(result.exposure(a), result.exposure(b));
              if (c == 0) {
                c = Double.compare(data.network().purchased(a), data.network().purchased(b));
              }
              return c != 0 ? c : Integer.compare(b, a);
            });
    for (int v = 0; v < result.size(); v++) {
      if (shocked[v] || !(result.exposure(v) > 0)) {
        continue;
      }
      heap.add(v);
      if (heap.size() > n) {
        heap.poll();
      }
    }
    int[] out = new int[heap.size()];
    for (int i = out.length - 1; i >= 0; i--) {
      out[i] = heap.poll();
    }
    return out;
  }

  /** Number of nodes outside the shocked set with exposure above 0. */
  public int exposedCount() {
    int count = 0;
    for (int v = 0; v < result.size(); v++) {
      if (!shocked[v] && result.exposure(v) > 0) {
        count++;
      }
    }
    return count;
  }

  /** Number of nodes outside the shocked set with exposure at least {@code threshold}. */
  public int countAtLeast(double threshold) {
    int count = 0;
    for (int v = 0; v < result.size(); v++) {
      if (!shocked[v] && result.exposure(v) >= threshold) {
        count++;
      }
    }
    return count;
  }
}

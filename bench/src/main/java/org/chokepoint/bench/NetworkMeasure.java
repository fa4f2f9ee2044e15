package org.chokepoint.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * End-to-end timing and heap for {@link NetworkBenchmark}: each step runs {@code warmups} times
 * unmeasured, then {@code runs} times measured with wall-clock time; the heap in use is sampled
 * every 10 ms while the measured runs go on (its peak includes garbage not yet collected, so it is
 * an upper bound on what the step needs), and the heap retained by a result is measured after a
 * full collection.
 */
final class NetworkMeasure {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  /** Times of the measured runs, in seconds, and the peak heap in use during them, in bytes. */
  record Timing(String step, double[] seconds, long peakHeap) {
    double median() {
      double[] s = seconds.clone();
      Arrays.sort(s);
      return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    double min() {
      return Arrays.stream(seconds).min().orElse(Double.NaN);
    }

    double max() {
      return Arrays.stream(seconds).max().orElse(Double.NaN);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%-44s median %7.3f s  (min %.3f, max %.3f, %d runs)  peak heap %,5d MB",
          step,
          median(),
          min(),
          max(),
          seconds.length,
          peakHeap >> 20);
    }
  }

  private NetworkMeasure() {}

  /** Runs {@code step}; the last result is kept in {@code last[0]} for checking. */
  static <T> Timing time(String step, int warmups, int runs, Supplier<T> body, Object[] last) {
    for (int i = 0; i < warmups; i++) {
      last[0] = null;
      last[0] = body.get();
    }
    double[] seconds = new double[runs];
    AtomicLong peak = new AtomicLong();
    AtomicBoolean done = new AtomicBoolean();
    Thread sampler =
        new Thread(
            () -> {
              while (!done.get()) {
                peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    sampler.setDaemon(true);
    for (int i = 0; i < runs; i++) {
      last[0] = null;
      usedAfterGc();
      if (i == 0) {
        sampler.start();
      }
      long start = System.nanoTime();
      last[0] = body.get();
      seconds[i] = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "  %s run %d: %.3f s%n", step, i + 1, seconds[i]);
    }
    done.set(true);
    sampler.interrupt();
    return new Timing(step, seconds, peak.get());
  }

  /** Heap in use after two full collections. */
  static long usedAfterGc() {
    System.gc();
    System.gc();
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  /** Heap that {@code build}'s result keeps alive, measured around full collections. */
  static <T> long retained(Supplier<T> build, Object[] keep) {
    long before = usedAfterGc();
    keep[0] = build.get();
    return usedAfterGc() - before;
  }
}

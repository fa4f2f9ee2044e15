package org.chokepoint.screening.service;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.screening.lists.EntityTables;
import org.chokepoint.screening.match.Thresholds;

/**
 * One {@link ScreeningService} over every list of a catalog, shared by all the requests of a
 * long-running process (the server). Building it takes seconds, so it is built once, on a
 * background thread, when first asked for; it is built again when the lists of the catalog change
 * (a list imported, replaced or removed), since the results must cite the list versions in use.
 * While it is being built, {@link #await} returns empty after the time given, and {@link
 * #expectedSeconds} says how much longer it should take. Thread-safe.
 */
public final class ScreeningIndex {
  /** Until a build has been timed, how long one is expected to take (the starter pack: ~6 s). */
  static final double FIRST_GUESS_SECONDS = 8;

  private final DataCatalog catalog;
  private final Function<DataCatalog, ScreeningService> build;
  private final Consumer<String> log;

  private String key;
  private CompletableFuture<ScreeningService> future;
  private long started;
  private double lastSeconds = Double.NaN;

  /**
   * Every list of the catalog, at the given thresholds; the build's summary goes to {@code log}.
   */
  public ScreeningIndex(DataCatalog catalog, Thresholds thresholds, Consumer<String> log) {
    this(catalog, c -> new ScreeningService(CatalogLists.load(c, List.of()), thresholds), log);
  }

  /** With another way of building the service (tests: a slow or failing build). */
  public ScreeningIndex(
      DataCatalog catalog, Function<DataCatalog, ScreeningService> build, Consumer<String> log) {
    this.catalog = catalog;
    this.build = build;
    this.log = log;
  }

  /** What identifies the lists an index is built from: each list dataset and its version. */
  String listsKey() {
    StringBuilder b = new StringBuilder();
    for (DatasetManifest m : catalog.listDatasets()) {
      if (m.property("kind").equals(EntityTables.KIND)) {
        b.append(m.name())
            .append('@')
            .append(m.origin())
            .append('/')
            .append(m.importedAt())
            .append('/')
            .append(m.vintage())
            .append(';');
      }
    }
    return b.toString();
  }

  /** The build for the catalog's current lists, started now if none is running or done. */
  private synchronized CompletableFuture<ScreeningService> current() {
    String k = listsKey();
    if (future == null || !k.equals(key) || future.isCompletedExceptionally()) {
      key = k;
      started = System.nanoTime();
      CompletableFuture<ScreeningService> f = new CompletableFuture<>();
      future = f;
      Thread t =
          new Thread(
              () -> {
                long t0 = System.nanoTime();
                try {
                  ScreeningService s = build.apply(catalog);
                  double seconds = (System.nanoTime() - t0) / 1e9;
                  synchronized (this) {
                    lastSeconds = seconds;
                  }
                  log.accept(
                      String.format(
                          Locale.ROOT,
                          "screening index: %,d names of %,d entries on %d list(s) in %.1f s",
                          s.names(),
                          s.entries(),
                          s.lists().size(),
                          seconds));
                  f.complete(s);
                } catch (RuntimeException | Error e) {
                  log.accept("screening index: not built: " + e.getMessage());
                  f.completeExceptionally(e);
                }
              },
              "chokepoint-screening-index");
      t.setDaemon(true);
      t.start();
    }
    return future;
  }

  /** Starts building the index for the current lists if it is not built or being built. */
  public void warmUp() {
    current();
  }

  /**
   * The service for the catalog's current lists, waiting up to {@code wait} for its build; empty
   * when it is still being built.
   *
   * @throws RuntimeException what the build threw (no list imported, a damaged list)
   */
  public Optional<ScreeningService> await(Duration wait) {
    CompletableFuture<ScreeningService> f = current();
    try {
      return Optional.of(f.get(wait.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** How many more seconds the running build should take: the last build's time, less elapsed. */
  public synchronized double expectedSeconds() {
    if (future == null || future.isDone()) {
      return 0;
    }
    double expected = Double.isNaN(lastSeconds) ? FIRST_GUESS_SECONDS : lastSeconds;
    double elapsed = (System.nanoTime() - started) / 1e9;
    return Math.max(1, expected - elapsed);
  }
}

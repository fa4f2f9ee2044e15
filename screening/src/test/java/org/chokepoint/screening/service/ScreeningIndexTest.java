package org.chokepoint.screening.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.testing.Fixtures;
import org.chokepoint.data.testing.TickingClock;
import org.chokepoint.screening.lists.dpl.DeniedPersonsImporter;
import org.chokepoint.screening.match.Thresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's shared index: built once, again only when a list is imported, and not ready while
 * building. On {@code fixtures/lists/dpl/dpl.txt}: five lines of BIS's Denied Persons List, four
 * entries (ISSAM ANWAR has two lines), one of them JOHNSON HU.
 */
class ScreeningIndexTest {
  @TempDir Path dir;

  private static final Duration LONG = Duration.ofSeconds(60);

  private static void importDpl(DataCatalog c) {
    DeniedPersonsImporter importer = new DeniedPersonsImporter();
    c.importDataset(importer, Fixtures.path("lists/dpl/dpl.txt"), importer.source(), n -> {});
  }

  @Test
  void builtOnceAndAgainOnlyWhenAListIsImported() {
    DataCatalog catalog = new DataCatalog(dir, StarterPack.none(), new TickingClock());
    AtomicInteger builds = new AtomicInteger();
    ScreeningIndex index =
        new ScreeningIndex(
            catalog,
            c -> {
              builds.incrementAndGet();
              return new ScreeningService(CatalogLists.load(c, List.of()), Thresholds.DEFAULT);
            },
            line -> {});
    assertThatThrownBy(() -> index.await(LONG))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageStartingWith("no restricted-party list is imported");
    importDpl(catalog);
    ScreeningService first = index.await(LONG).orElseThrow();
    assertThat(first.entries()).isEqualTo(4);
    ScreeningResult r = first.screen(ScreeningQuery.of("JOHNSON HU"));
    assertThat(r.hits().get(0).score()).isEqualTo(1.0);
    assertThat(r.hits().get(0).list().dataset()).isEqualTo("us-dpl");
    int after = builds.get();
    assertThat(index.await(LONG).orElseThrow()).isSameAs(first);
    index.warmUp();
    assertThat(builds.get()).isEqualTo(after);
    // the same list imported again is a new version: the index is built again
    importDpl(catalog);
    ScreeningService second = index.await(LONG).orElseThrow();
    assertThat(second).isNotSameAs(first);
    assertThat(builds.get()).isEqualTo(after + 1);
  }

  @Test
  void notReadyWhileBuilding() throws InterruptedException {
    DataCatalog catalog = new DataCatalog(dir, StarterPack.none(), new TickingClock());
    importDpl(catalog);
    CountDownLatch release = new CountDownLatch(1);
    ScreeningIndex index =
        new ScreeningIndex(
            catalog,
            c -> {
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return new ScreeningService(CatalogLists.load(c, List.of()), Thresholds.DEFAULT);
            },
            line -> {});
    assertThat(index.await(Duration.ofMillis(50))).isEmpty();
    // no build timed yet: the first guess, less the time elapsed, at least 1 s
    assertThat(index.expectedSeconds()).isBetween(1.0, ScreeningIndex.FIRST_GUESS_SECONDS);
    release.countDown();
    assertThat(index.await(LONG)).isPresent();
    assertThat(index.expectedSeconds()).isZero();
  }
}

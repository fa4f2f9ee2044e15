package org.chokepoint.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.chokepoint.workspace.WorkspaceServices;

/**
 * The workspace database as the server sees it: opened in the background so that {@code serve} is
 * ready at once, with workspace endpoints waiting for it (up to a minute, then 503).
 */
public final class WorkspaceGate implements AutoCloseable {
  private static final long WAIT_SECONDS = 60;

  private final CompletableFuture<WorkspaceServices> future;

  private WorkspaceGate(CompletableFuture<WorkspaceServices> future) {
    this.future = future;
  }

  /** No workspace database: workspace endpoints answer 503, analyses stay open. */
  public static WorkspaceGate none() {
    return new WorkspaceGate(null);
  }

  /** Starts opening the database on a background thread. */
  public static WorkspaceGate opening(Supplier<WorkspaceServices> open) {
    CompletableFuture<WorkspaceServices> f = new CompletableFuture<>();
    Thread t =
        new Thread(
            () -> {
              try {
                f.complete(open.get());
              } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
              }
            },
            "chokepoint-workspace-open");
    t.setDaemon(true);
    t.start();
    return new WorkspaceGate(f);
  }

  /** An already open database (tests). */
  public static WorkspaceGate of(WorkspaceServices ws) {
    return new WorkspaceGate(CompletableFuture.completedFuture(ws));
  }

  public boolean configured() {
    return future != null;
  }

  /** {@code none}, {@code starting}, {@code ready} or {@code failed}, for {@code /health}. */
  public String state() {
    if (future == null) {
      return "none";
    }
    if (!future.isDone()) {
      return "starting";
    }
    return future.isCompletedExceptionally() ? "failed" : "ready";
  }

  /** The services, waiting for them if they are starting; 503 when there are none. */
  public WorkspaceServices await() {
    if (future == null) {
      throw ApiException.of(
          Problem.Kind.SERVICE_UNAVAILABLE, "this server has no workspace database");
    }
    try {
      return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw ApiException.of(
          Problem.Kind.SERVICE_UNAVAILABLE,
          "the workspace database is still starting; try again shortly");
    } catch (ExecutionException e) {
      throw ApiException.of(
          Problem.Kind.SERVICE_UNAVAILABLE,
          "the workspace database could not be opened: " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiException.of(Problem.Kind.SERVICE_UNAVAILABLE, "interrupted");
    }
  }

  @Override
  public void close() {
    if (future != null) {
      future.thenAccept(WorkspaceServices::close);
      if (!future.isDone()) {
        try {
          future.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
          // nothing opened, nothing to close
        }
      }
    }
  }
}

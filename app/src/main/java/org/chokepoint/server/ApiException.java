package org.chokepoint.server;

/** A request the API refuses, carrying the problem it answers with. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;
  private final int retryAfterSeconds;

  public ApiException(Problem problem) {
    this(problem, 0);
  }

  /** A problem to answer with a {@code Retry-After} header (503 while something is prepared). */
  public ApiException(Problem problem, int retryAfterSeconds) {
    super(problem.detail());
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public static ApiException of(Problem.Kind kind, String detail) {
    return new ApiException(Problem.of(kind, detail));
  }

  public Problem problem() {
    return problem;
  }

  /** Seconds after which the request may succeed, or 0 for no {@code Retry-After} header. */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}

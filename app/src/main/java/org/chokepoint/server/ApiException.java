package org.chokepoint.server;

/** A request the API refuses, carrying the problem it answers with. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public ApiException(Problem problem) {
    super(problem.detail());
    this.problem = problem;
  }

  public static ApiException of(Problem.Kind kind, String detail) {
    return new ApiException(Problem.of(kind, detail));
  }

  public Problem problem() {
    return problem;
  }
}

package org.chokepoint.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.account.TokenScope;
import org.chokepoint.workspace.label.LabelledObject;
import org.chokepoint.workspace.label.TlpLabel;
import org.chokepoint.workspace.policy.AccessPolicy;
import org.chokepoint.workspace.policy.Action;
import org.chokepoint.workspace.policy.Principal;
import org.chokepoint.workspace.policy.RouteAccess;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The access policy's cost per request (target: at most 0.1 ms): one endpoint check plus one object
 * decision, as a request for one assessment makes, and the filtering of a list of 1,000 SYNTHETIC
 * labelled objects (labels drawn evenly, 0-20 recipient organisations each among 200) for a member
 * of 3 organisations. The database lookups around the decision are not part of it.
 *
 * <p>Run with {@code java -jar bench/target/benchmarks.jar PolicyBenchmark}; results are in {@code
 * docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PolicyBenchmark {
  private final AccessPolicy policy = new AccessPolicy();
  private Principal member;
  private LabelledObject amber;
  private List<LabelledObject> objects;

  @Setup
  public void setUp() {
    Random r = new Random(20261127L);
    member =
        new Principal(
            17,
            "member@example.org",
            Map.of(3L, Role.ANALYST, 57L, Role.VIEWER, 140L, Role.CONTRIBUTOR),
            TokenScope.READ_WRITE,
            "user:17");
    Set<Long> recipients = new HashSet<>();
    for (long i = 100; i < 110; i++) {
      recipients.add(i);
    }
    amber =
        new LabelledObject("assessment", 1, TlpLabel.AMBER, 9, 5, List.of(), recipients, Set.of());
    objects = new ArrayList<>();
    TlpLabel[] labels = TlpLabel.values();
    for (int i = 0; i < 1000; i++) {
      Set<Long> orgs = new HashSet<>();
      int n = r.nextInt(21);
      for (int k = 0; k < n; k++) {
        orgs.add((long) r.nextInt(200));
      }
      objects.add(
          new LabelledObject(
              "assessment",
              i,
              labels[r.nextInt(labels.length)],
              r.nextInt(200),
              r.nextInt(5000),
              List.of(),
              orgs,
              Set.of((long) r.nextInt(5000))));
    }
  }

  /** What a request for one object costs the policy: the endpoint check and the decision. */
  @Benchmark
  public boolean oneRequest() {
    policy.checkCall(member, RouteAccess.OBJECTS, false, true);
    return policy.decide(member, Action.READ, amber).allowed();
  }

  /** Filtering a list of 1,000 objects. */
  @Benchmark
  public void listOfThousand(Blackhole bh) {
    int n = 0;
    for (LabelledObject o : objects) {
      if (policy.decide(member, Action.LIST, o).allowed()) {
        n++;
      }
    }
    bh.consume(n);
  }
}

package org.chokepoint.network.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Exposure on hand-made networks; every expected value is worked out in the comments. */
class ExposureTest {
  private static final Offset<Double> CLOSE = within(1e-9);

  /** Links as {supplier, customer, amount} triples. */
  private static FirmNetwork net(int nodes, double[][] links) {
    int[] s = new int[links.length];
    int[] c = new int[links.length];
    double[] a = new double[links.length];
    for (int i = 0; i < links.length; i++) {
      s[i] = (int) links[i][0];
      c[i] = (int) links[i][1];
      a[i] = links[i][2];
    }
    return FirmNetwork.of(s, c, a, nodes);
  }

  @Test
  void sharesByAmount() {
    // A(0) sells C(2) 30, B(1) sells C 10: C buys 40, a quarter from B.
    FirmNetwork n = net(3, new double[][] {{0, 2, 30}, {1, 2, 10}});
    ExposureResult r = Exposure.of(n, 0);
    assertThat(r.exposure(0)).isEqualTo(1.0); // shocked
    assertThat(r.exposure(1)).isZero(); // no suppliers, not shocked
    assertThat(r.exposure(2)).isCloseTo(30.0 / 40, CLOSE); // 0.75
    assertThat(r.iterations()).isEqualTo(1); // no cycle: one pass
    assertThat(r.converged()).isTrue();
  }

  @Test
  void exposurePassesDownTiersAndParallelLinksAdd() {
    // A(0) -> B(1) 5; B -> D(3) 2 twice (two products); C(2) -> D 4. Shock A.
    // e(B) = 5/5 * 1 = 1; D buys 2 + 2 + 4 = 8: e(D) = (2 + 2)/8 * e(B) + 4/8 * e(C) = 0.5.
    FirmNetwork n = net(4, new double[][] {{0, 1, 5}, {1, 3, 2}, {1, 3, 2}, {2, 3, 4}});
    ExposureResult r = Exposure.of(n, 0);
    assertThat(r.exposure(1)).isCloseTo(1, CLOSE);
    assertThat(r.exposure(3)).isCloseTo(0.5, CLOSE);
    assertThat(r.exposure(2)).isZero();
  }

  @Test
  void cycleGivesTheLeastFixedPoint() {
    // S(0) -> X(1) 1, T(3) -> X 4, Y(2) -> X 3, X -> Y 1. Shock S.
    // X buys 8: e(X) = 1/8 * 1 + 4/8 * 0 + 3/8 * e(Y); Y buys only from X: e(Y) = e(X).
    // e(X) = 1/8 + 3/8 e(X)  =>  5/8 e(X) = 1/8  =>  e(X) = e(Y) = 0.2.
    FirmNetwork n = net(4, new double[][] {{0, 1, 1}, {3, 1, 4}, {2, 1, 3}, {1, 2, 1}});
    ExposureResult r = Exposure.of(n, 0);
    assertThat(r.exposure(1)).isCloseTo(0.2, CLOSE);
    assertThat(r.exposure(2)).isCloseTo(0.2, CLOSE);
    assertThat(r.iterations()).isGreaterThan(1);
    assertThat(r.converged()).isTrue();
  }

  @Test
  void closedCycleWithoutShockStaysAtZero() {
    // P(0) <-> Q(1) buy only from each other: every constant c solves e(P) = e(Q) = c; the least
    // solution, the limit from 0, is 0. R(2) -> P would not change that unless R is shocked.
    FirmNetwork n = net(3, new double[][] {{0, 1, 1}, {1, 0, 1}});
    ExposureResult r = Exposure.of(n, 2);
    assertThat(r.exposure(0)).isZero();
    assertThat(r.exposure(1)).isZero();
    // shock P: Q buys only from P, so e(Q) = 1; P itself is 1 as shocked
    ExposureResult p = Exposure.of(n, 0);
    assertThat(p.exposure(0)).isEqualTo(1.0);
    assertThat(p.exposure(1)).isCloseTo(1, CLOSE);
  }

  @Test
  void selfLinkCountsAsOwnInput() {
    // A(0) -> B(1) 1, B -> B 1, C(2) -> B 2. Shock A. B buys 4:
    // e(B) = 1/4 + 1/4 e(B) + 2/4 * 0  =>  3/4 e(B) = 1/4  =>  e(B) = 1/3.
    FirmNetwork n = net(3, new double[][] {{0, 1, 1}, {1, 1, 1}, {2, 1, 2}});
    assertThat(Exposure.of(n, 0).exposure(1)).isCloseTo(1.0 / 3, CLOSE);
  }

  @Test
  void disconnectedPartsAndZeroAmounts() {
    // Part 1: A(0) -> B(1) 7. Part 2: C(2) -> D(3) 0, E(4) -> D 0 (D buys nothing by amount),
    // F(5) isolated. Shock A and C: B = 1; D has no purchased inputs, so 0; E, F no suppliers: 0.
    FirmNetwork n = net(6, new double[][] {{0, 1, 7}, {2, 3, 0}, {4, 3, 0}});
    ExposureResult r = Exposure.of(n, 0, 2);
    assertThat(r.exposure(1)).isCloseTo(1, CLOSE);
    assertThat(r.exposure(3)).isZero();
    assertThat(r.exposure(4)).isZero();
    assertThat(r.exposure(5)).isZero();
    assertThat(r.countAbove(0)).isEqualTo(3); // A, B, C
    assertThat(r.values()).hasSize(6);
  }

  @Test
  void twoCyclesInSeries() {
    // Cycle 1: X(1) <-> Y(2), X also from S(0) 1, X from Y 1, Y from X 1.
    //   e(X) = 1/2 + 1/2 e(Y), e(Y) = e(X)  =>  e(X) = e(Y) = 1 (shock S).
    // Cycle 2: U(3) <-> V(4): U from Y 1 and from V 3, V from U 1, plus W(5) -> V 1.
    //   e(U) = 1/4 * 1 + 3/4 e(V); e(V) = 1/2 e(U) + 1/2 * 0
    //   e(U) = 1/4 + 3/8 e(U)  =>  e(U) = (1/4) / (5/8) = 0.4; e(V) = 0.2.
    FirmNetwork n =
        net(
            6,
            new double[][] {
              {0, 1, 1}, {2, 1, 1}, {1, 2, 1}, {2, 3, 1}, {4, 3, 3}, {3, 4, 1}, {5, 4, 1}
            });
    ExposureResult r = Exposure.of(n, 0);
    assertThat(r.exposure(1)).isCloseTo(1, CLOSE);
    assertThat(r.exposure(2)).isCloseTo(1, CLOSE);
    assertThat(r.exposure(3)).isCloseTo(0.4, CLOSE);
    assertThat(r.exposure(4)).isCloseTo(0.2, CLOSE);
  }

  @Test
  void shockedMemberOfACycle() {
    // Cycle A(0) -> B(1) -> C(2) -> A with B shocked; D(3) -> C 2 and E(4) -> A 3 from outside.
    // e(B) = 1 whatever A sends it. C buys 2 from B and 2 from D: e(C) = (2 * 1 + 2 * 0)/4 = 0.5.
    // A buys 1 from C and 3 from E: e(A) = (1 * 0.5 + 3 * 0)/4 = 0.125.
    FirmNetwork n = net(5, new double[][] {{0, 1, 1}, {1, 2, 2}, {2, 0, 1}, {3, 2, 2}, {4, 0, 3}});
    ExposureResult r = Exposure.of(n, 1);
    assertThat(r.exposure(1)).isEqualTo(1.0);
    assertThat(r.exposure(2)).isCloseTo(0.5, CLOSE);
    assertThat(r.exposure(0)).isCloseTo(0.125, CLOSE);
    assertThat(r.exposure(3)).isZero();
    assertThat(r.exposure(4)).isZero();
    // shock A and B together: C = 0.5 as before, A = 1 (shocked), nothing else moves
    ExposureResult both = Exposure.of(n, 0, 1);
    assertThat(both.exposure(0)).isEqualTo(1.0);
    assertThat(both.exposure(2)).isCloseTo(0.5, CLOSE);
  }

  @Test
  void slowCycleIsSolvedToTheToleranceNotJustUntilSweepsStall() {
    // A(0) <-> B(1): A buys 99 from B and 1 from S(2), B buys only from A. Shock S.
    // e(A) = 0.01 + 0.99 e(B), e(B) = e(A)  =>  e(A) = e(B) = 1. From 0 the sweeps give
    // e(A) = 1 - 0.99^k, so the change per sweep (0.01 * 0.99^(k-1)) is 1e-9 while 1e-7 is
    // still missing: the result must be within 1e-9 of 1 all the same.
    FirmNetwork n = net(3, new double[][] {{1, 0, 99}, {2, 0, 1}, {0, 1, 1}});
    ExposureResult r = Exposure.of(n, 2);
    assertThat(r.exposure(0)).isCloseTo(1, CLOSE);
    assertThat(r.exposure(1)).isCloseTo(1, CLOSE);
    assertThat(r.converged()).isTrue();
  }

  @Test
  void twoThreadsAgreeWithOneOnALargeCycle() {
    // 40,000 nodes and 400,000 random links form one large cycle with far more than the 131,072
    // links inside at which the sweeps are split into blocks over threads
    java.util.Random rnd = new java.util.Random(5);
    int n = 40_000;
    int m = 400_000;
    int[] s = new int[m];
    int[] c = new int[m];
    double[] a = new double[m];
    for (int i = 0; i < m; i++) {
      s[i] = rnd.nextInt(n);
      c[i] = rnd.nextInt(n);
      a[i] = Math.exp(rnd.nextGaussian());
    }
    FirmNetwork net = FirmNetwork.of(s, c, a, n);
    boolean[] shocked = new boolean[n];
    for (int v = 0; v < n; v += 97) {
      shocked[v] = true;
    }
    Exposure exposure = new Exposure(net);
    ExposureResult one = exposure.compute(shocked, 1e-13, 10_000, 1);
    ExposureResult two = exposure.compute(shocked, 1e-13, 10_000, 2);
    assertThat(one.converged()).isTrue();
    assertThat(two.converged()).isTrue();
    assertThat(two.iterations()).isGreaterThan(1);
    for (int v = 0; v < n; v++) {
      assertThat(two.exposure(v)).isCloseTo(one.exposure(v), within(1e-9));
    }
  }

  @Test
  void badInputIsRefused() {
    assertThatThrownBy(() -> FirmNetwork.of(new int[] {0}, new int[] {3}, new double[] {1}, 2))
        .hasMessageContaining("link 0: no customer node 3");
    assertThatThrownBy(() -> FirmNetwork.of(new int[] {0}, new int[] {1}, new double[] {-1}, 2))
        .hasMessageContaining(">= 0");
    FirmNetwork n = net(2, new double[][] {{0, 1, 1}});
    assertThatThrownBy(() -> new Exposure(n).compute(new boolean[3], 1e-9, 10, 1))
        .hasMessageContaining("3 flags");
  }
}

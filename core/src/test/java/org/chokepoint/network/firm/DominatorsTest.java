package org.chokepoint.network.firm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Dominator trees of hand-made networks. Sources are the nodes without suppliers; the virtual root
 * above them is never listed. Each expected list is the hand-worked answer, nearest dominator
 * first.
 */
class DominatorsTest {
  /** Links as {supplier, customer} pairs, amount 1. */
  private static DominatorTree tree(int nodes, int[][] links) {
    int[] s = new int[links.length];
    int[] c = new int[links.length];
    for (int i = 0; i < links.length; i++) {
      s[i] = links[i][0];
      c[i] = links[i][1];
    }
    return Dominators.of(FirmNetwork.of(s, c, new double[links.length], nodes));
  }

  @Test
  void diamond() {
    // S(0) -> A(1), S -> B(2), A -> T(3), B -> T: both paths to T share only S.
    DominatorTree t = tree(4, new int[][] {{0, 1}, {0, 2}, {1, 3}, {2, 3}});
    assertThat(t.listDominators(3)).containsExactly(0);
    assertThat(t.listDominators(1)).containsExactly(0);
    assertThat(t.listDominators(0)).isEmpty(); // a source: only the virtual root
    assertThat(t.findImmediateDominator(3)).hasValue(0);
    assertThat(t.dominatedCount(0)).isEqualTo(3);
    assertThat(t.dominatedCount(1)).isZero();
  }

  @Test
  void chain() {
    // S(0) -> A(1) -> B(2) -> C(3): depth 1 is B, 2 is A, 3 is S.
    DominatorTree t = tree(4, new int[][] {{0, 1}, {1, 2}, {2, 3}});
    assertThat(t.listDominators(3)).containsExactly(2, 1, 0);
    assertThat(t.dominatedCount(1)).isEqualTo(2); // B and C
  }

  @Test
  void cycleWithOneEntry() {
    // S(0) -> A(1) -> B(2) -> C(3) -> A, C -> T(4). Every path to T enters the cycle at A.
    DominatorTree t = tree(5, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 1}, {3, 4}});
    assertThat(t.listDominators(4)).containsExactly(3, 2, 1, 0);
    assertThat(t.listDominators(1)).containsExactly(0);
  }

  @Test
  void cycleWithTwoEntries() {
    // As above plus a second source R(5) -> B(2). Paths to B: S->A->B and R->B: nothing common.
    // Paths to A: S->A and R->B->C->A: nothing. C and T are still reached only through B.
    DominatorTree t = tree(6, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 1}, {3, 4}, {5, 2}});
    assertThat(t.listDominators(2)).isEmpty();
    assertThat(t.listDominators(1)).isEmpty();
    assertThat(t.listDominators(4)).containsExactly(3, 2);
  }

  @Test
  void multipleSources() {
    // S1(0) -> M(2), S2(1) -> M, M -> T(3), S1 -> U(4), S2 -> U.
    DominatorTree t = tree(5, new int[][] {{0, 2}, {1, 2}, {2, 3}, {0, 4}, {1, 4}});
    assertThat(t.listDominators(3)).containsExactly(2); // every path passes M, no source common
    assertThat(t.listDominators(4)).isEmpty();
    assertThat(t.findImmediateDominator(4)).isEmpty();
  }

  @Test
  void unreachablePartHasNoDominators() {
    // U1(0) <-> U2(1) is a cycle no source feeds; U2 -> V(2). S(3) -> W(4), U1 -> W.
    // U1, U2, V: no supply path reaches them, so no dominators (reported as unreachable).
    // W: the only path from a source is S -> W; the link from the unreachable U1 adds none.
    DominatorTree t = tree(5, new int[][] {{0, 1}, {1, 0}, {1, 2}, {3, 4}, {0, 4}});
    for (int v : new int[] {0, 1, 2}) {
      assertThat(t.isReachable(v)).isFalse();
      assertThat(t.listDominators(v)).isEmpty();
    }
    assertThat(t.isReachable(4)).isTrue();
    assertThat(t.listDominators(4)).containsExactly(3);
    assertThat(t.reachableCount()).isEqualTo(2);
    assertThat(t.immediateDominatorArray())
        .containsExactly(
            DominatorTree.UNREACHABLE,
            DominatorTree.UNREACHABLE,
            DominatorTree.UNREACHABLE,
            DominatorTree.ROOT,
            3);
  }

  @Test
  void selfLinksAndParallelLinksChangeNothing() {
    // S(0) -> A(1) twice, A -> A, A -> B(2): B is dominated by A, then S.
    DominatorTree t = tree(3, new int[][] {{0, 1}, {0, 1}, {1, 1}, {1, 2}});
    assertThat(t.listDominators(2)).containsExactly(1, 0);
  }

  @Test
  void aLoneSelfLinkedNodeIsUnreachable() {
    // A(0) -> A only: it has a supplier (itself), so it is no source, and nothing reaches it.
    DominatorTree t = tree(1, new int[][] {{0, 0}});
    assertThat(t.isReachable(0)).isFalse();
  }
}

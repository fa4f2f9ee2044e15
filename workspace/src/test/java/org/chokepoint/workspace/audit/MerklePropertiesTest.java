package org.chokepoint.workspace.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Every honest proof verifies; any single flipped bit in a proof, leaf or root fails. */
class MerklePropertiesTest {

  private static TreeHashes tree(int n, int seed) {
    TreeHashes t = new TreeHashes();
    for (int i = 0; i < n; i++) {
      t.append(Merkle.leafHash(new byte[] {(byte) seed, (byte) (i >> 8), (byte) i}));
    }
    return t;
  }

  record Case(int size, int index, int seed) {}

  @Provide
  Arbitrary<Case> inclusionCases() {
    return Arbitraries.integers()
        .between(1, 600)
        .flatMap(
            n ->
                Combinators.combine(
                        Arbitraries.integers().between(0, n - 1), Arbitraries.integers())
                    .as((i, seed) -> new Case(n, i, seed)));
  }

  @Provide
  Arbitrary<Case> consistencyCases() {
    return Arbitraries.integers()
        .between(1, 600)
        .flatMap(
            n ->
                Combinators.combine(Arbitraries.integers().between(1, n), Arbitraries.integers())
                    .as((m, seed) -> new Case(n, m, seed)));
  }

  @Property(tries = 300)
  void everyInclusionProofVerifiesAndAgreesWithTheNaiveTree(@ForAll("inclusionCases") Case c) {
    TreeHashes t = tree(c.size(), c.seed());
    List<byte[]> proof = Merkle.inclusionProof(c.index(), c.size(), t);
    assertThat(
            Merkle.verifyInclusion(c.index(), c.size(), t.leaf(c.index()), proof, t.root(c.size())))
        .isTrue();
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      leaves.add(t.leaf(i));
    }
    assertThat(t.root(c.size())).isEqualTo(Merkle.naive(leaves).hash(0, c.size()));
    assertThat(proof).hasSizeLessThanOrEqualTo(64 - Long.numberOfLeadingZeros(c.size() - 1L));
  }

  @Property(tries = 300)
  void anyFlippedBitBreaksAnInclusionProof(
      @ForAll("inclusionCases") Case c, @ForAll @IntRange(min = 0, max = 1_000_000) int where) {
    TreeHashes t = tree(c.size(), c.seed());
    List<byte[]> proof = new ArrayList<>(Merkle.inclusionProof(c.index(), c.size(), t));
    byte[] leaf = t.leaf(c.index());
    byte[] root = t.root(c.size());
    int hashes = proof.size() + 2;
    int which = where % hashes;
    int bit = (where / hashes) % 256;
    if (which < proof.size()) {
      proof.set(which, flip(proof.get(which), bit));
    } else if (which == proof.size()) {
      leaf = flip(leaf, bit);
    } else {
      root = flip(root, bit);
    }
    assertThat(Merkle.verifyInclusion(c.index(), c.size(), leaf, proof, root)).isFalse();
  }

  @Property(tries = 200)
  void anInclusionProofDoesNotProveAnotherIndex(@ForAll("inclusionCases") Case c) {
    TreeHashes t = tree(c.size(), c.seed());
    List<byte[]> proof = Merkle.inclusionProof(c.index(), c.size(), t);
    byte[] leaf = t.leaf(c.index());
    byte[] root = t.root(c.size());
    int other = (c.index() + 1) % c.size();
    if (other != c.index()) {
      assertThat(Merkle.verifyInclusion(other, c.size(), leaf, proof, root)).isFalse();
    }
    // (a proof does not bind the tree size by itself: sizes whose audit paths have the same shape
    // verify alike, which is why the size is in the signed checkpoint with the root)
  }

  @Property(tries = 300)
  void everyConsistencyProofVerifies(@ForAll("consistencyCases") Case c) {
    TreeHashes t = tree(c.size(), c.seed());
    int m = c.index();
    int n = c.size();
    List<byte[]> proof = Merkle.consistencyProof(m, n, t);
    assertThat(Merkle.verifyConsistency(m, n, t.root(m), t.root(n), proof)).isTrue();
  }

  @Property(tries = 300)
  void anyFlippedBitBreaksAConsistencyProof(
      @ForAll("consistencyCases") Case c, @ForAll @IntRange(min = 0, max = 1_000_000) int where) {
    TreeHashes t = tree(c.size(), c.seed());
    int m = c.index();
    int n = c.size();
    List<byte[]> proof = new ArrayList<>(Merkle.consistencyProof(m, n, t));
    byte[] first = t.root(m);
    byte[] second = t.root(n);
    int hashes = proof.size() + 2;
    int which = where % hashes;
    int bit = (where / hashes) % 256;
    if (which < proof.size()) {
      proof.set(which, flip(proof.get(which), bit));
    } else if (which == proof.size()) {
      first = flip(first, bit);
    } else {
      second = flip(second, bit);
    }
    assertThat(Merkle.verifyConsistency(m, n, first, second, proof)).isFalse();
  }

  @Property(tries = 200)
  void aChangedOldLeafBreaksConsistencyWithTheOldRoot(@ForAll("consistencyCases") Case c) {
    int m = c.index();
    int n = c.size();
    TreeHashes honest = tree(n, c.seed());
    TreeHashes forged = new TreeHashes();
    for (int i = 0; i < n; i++) {
      forged.append(i == m - 1 ? flip(honest.leaf(i), 0) : honest.leaf(i));
    }
    List<byte[]> proof = Merkle.consistencyProof(m, n, forged);
    assertThat(Merkle.verifyConsistency(m, n, honest.root(m), forged.root(n), proof)).isFalse();
  }

  private static byte[] flip(byte[] h, int bit) {
    byte[] out = h.clone();
    out[bit / 8] ^= (byte) (1 << (bit % 8));
    return out;
  }
}

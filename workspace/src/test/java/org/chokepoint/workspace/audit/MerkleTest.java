package org.chokepoint.workspace.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The RFC 9162 tree against values computed by hand here (with SHA-256 alone, not with the code
 * under test) and against the published reference vectors of Certificate Transparency (RFC 6962
 * reference leaves and roots, from the certificate-transparency project's merkle_tree_test.cc; RFC
 * 9162 keeps the same tree and proofs). Exact equality: hashes have no tolerance.
 */
class MerkleTest {
  private static final HexFormat HEX = HexFormat.of();

  /** The eight reference leaves of the CT test suite. */
  static final List<byte[]> CT_LEAVES =
      List.of(
              "",
              "00",
              "10",
              "2021",
              "3031",
              "40414243",
              "5051525354555657",
              "606162636465666768696a6b6c6d6e6f")
          .stream()
          .map(HEX::parseHex)
          .toList();

  /** Their published tree hashes for sizes 0 to 8. */
  static final List<String> CT_ROOTS =
      List.of(
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
          "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
          "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
          "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
          "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
          "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
          "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
          "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
          "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

  private static byte[] sha256(int prefix, byte[]... parts) throws Exception {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    d.update((byte) prefix);
    for (byte[] p : parts) {
      d.update(p);
    }
    return d.digest();
  }

  private static List<byte[]> ctLeafHashes() {
    return CT_LEAVES.stream().map(Merkle::leafHash).toList();
  }

  private static String hex(byte[] b) {
    return HEX.formatHex(b);
  }

  private static List<String> hex(List<byte[]> list) {
    return list.stream().map(MerkleTest::hex).toList();
  }

  @Test
  void rootsOfTheReferenceLeavesAreThePublishedOnesByEveryPath() {
    List<byte[]> leaves = ctLeafHashes();
    TreeHashes tree = new TreeHashes();
    Frontier frontier = Frontier.empty();
    assertThat(hex(tree.root(0))).isEqualTo(CT_ROOTS.get(0));
    assertThat(hex(frontier.root())).isEqualTo(CT_ROOTS.get(0));
    for (int n = 1; n <= 8; n++) {
      tree.append(leaves.get(n - 1));
      frontier.append(leaves.get(n - 1));
      assertThat(hex(Merkle.naive(leaves).hash(0, n)))
          .as("naive, size %d", n)
          .isEqualTo(CT_ROOTS.get(n));
      assertThat(hex(tree.root(n))).as("levels, size %d", n).isEqualTo(CT_ROOTS.get(n));
      assertThat(hex(frontier.root())).as("frontier, size %d", n).isEqualTo(CT_ROOTS.get(n));
      Frontier reloaded = Frontier.of(n, frontier.bytes());
      assertThat(hex(reloaded.root())).isEqualTo(CT_ROOTS.get(n));
    }
    for (int n = 0; n <= 8; n++) {
      assertThat(hex(tree.root(n))).as("prefix %d of the full tree", n).isEqualTo(CT_ROOTS.get(n));
    }
  }

  @Test
  void referenceInclusionAndConsistencyVectors() {
    List<byte[]> leaves = ctLeafHashes();
    TreeHashes tree = new TreeHashes();
    leaves.forEach(tree::append);
    assertThat(hex(Merkle.inclusionProof(0, 8, tree)))
        .containsExactly(
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
    assertThat(hex(Merkle.inclusionProof(5, 8, tree)))
        .containsExactly(
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    assertThat(hex(Merkle.inclusionProof(2, 3, tree)))
        .containsExactly("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
    assertThat(Merkle.consistencyProof(1, 1, tree)).isEmpty();
    assertThat(hex(Merkle.consistencyProof(1, 8, tree)))
        .containsExactly(
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
    assertThat(hex(Merkle.consistencyProof(6, 8, tree)))
        .containsExactly(
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    assertThat(hex(Merkle.consistencyProof(2, 5, tree)))
        .containsExactly(
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
    for (int[] mn : new int[][] {{1, 1}, {1, 8}, {6, 8}, {2, 5}}) {
      int m = mn[0];
      int n = mn[1];
      assertThat(
              Merkle.verifyConsistency(
                  m,
                  n,
                  HEX.parseHex(CT_ROOTS.get(m)),
                  HEX.parseHex(CT_ROOTS.get(n)),
                  Merkle.consistencyProof(m, n, tree)))
          .as("%d -> %d", m, n)
          .isTrue();
    }
  }

  /**
   * The seven-leaf tree drawn in RFC 6962 section 2.1.3 (and RFC 9162 section 2.1.5), every node
   * computed here by hand from its definition:
   *
   * <pre>
   *             hash
   *            /    \
   *           k      l
   *          / \    / \
   *         g   h  i   j
   *        / \ / \ / \ |
   *        a b c d e f d6
   * </pre>
   */
  @Test
  void theSevenLeafExampleOfTheRfc() throws Exception {
    List<byte[]> d = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      d.add(("d" + i).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    byte[] a = sha256(0, d.get(0));
    byte[] b = sha256(0, d.get(1));
    byte[] c = sha256(0, d.get(2));
    byte[] dd = sha256(0, d.get(3));
    byte[] e = sha256(0, d.get(4));
    byte[] f = sha256(0, d.get(5));
    byte[] j = sha256(0, d.get(6));
    byte[] g = sha256(1, a, b);
    byte[] h = sha256(1, c, dd);
    byte[] i = sha256(1, e, f);
    byte[] k = sha256(1, g, h);
    byte[] l = sha256(1, i, j);
    byte[] root = sha256(1, k, l);

    TreeHashes tree = new TreeHashes();
    d.forEach(x -> tree.append(Merkle.leafHash(x)));
    assertThat(tree.root(7)).isEqualTo(root);
    // smaller trees over the same leaves
    assertThat(tree.root(1)).isEqualTo(a);
    assertThat(tree.root(2)).isEqualTo(g);
    assertThat(tree.root(3)).isEqualTo(sha256(1, g, c));
    assertThat(tree.root(4)).isEqualTo(k);
    assertThat(tree.root(5)).isEqualTo(sha256(1, k, e));
    assertThat(tree.root(6)).isEqualTo(sha256(1, k, i));

    // RFC 6962 section 2.1.3: the audit paths of d0, d3, d4 and d6
    assertThat(Merkle.inclusionProof(0, 7, tree)).containsExactly(b, h, l);
    assertThat(Merkle.inclusionProof(3, 7, tree)).containsExactly(c, g, l);
    assertThat(Merkle.inclusionProof(4, 7, tree)).containsExactly(f, j, k);
    assertThat(Merkle.inclusionProof(6, 7, tree)).containsExactly(i, k);
    assertThat(Merkle.verifyInclusion(0, 7, a, List.of(b, h, l), root)).isTrue();
    assertThat(Merkle.verifyInclusion(3, 7, dd, List.of(c, g, l), root)).isTrue();
    assertThat(Merkle.verifyInclusion(4, 7, e, List.of(f, j, k), root)).isTrue();
    assertThat(Merkle.verifyInclusion(6, 7, j, List.of(i, k), root)).isTrue();
    assertThat(Merkle.verifyInclusion(6, 7, j, List.of(k, i), root)).as("order matters").isFalse();
    assertThat(Merkle.verifyInclusion(5, 7, j, List.of(i, k), root)).as("wrong index").isFalse();

    // RFC 6962 section 2.1.3: the consistency proofs 3->7, 4->7 and 6->7
    assertThat(Merkle.consistencyProof(3, 7, tree)).containsExactly(c, dd, g, l);
    assertThat(Merkle.consistencyProof(4, 7, tree)).containsExactly(l);
    assertThat(Merkle.consistencyProof(6, 7, tree)).containsExactly(i, j, k);
    assertThat(Merkle.verifyConsistency(3, 7, sha256(1, g, c), root, List.of(c, dd, g, l)))
        .isTrue();
    assertThat(Merkle.verifyConsistency(4, 7, k, root, List.of(l))).isTrue();
    assertThat(Merkle.verifyConsistency(6, 7, sha256(1, k, i), root, List.of(i, j, k))).isTrue();
    assertThat(Merkle.verifyConsistency(4, 7, k, root, List.of())).isFalse();
    assertThat(Merkle.verifyConsistency(4, 7, g, root, List.of(l))).isFalse();
  }

  @Test
  void everySizeOneToEightAgreesWithTheNaiveRecursionForEveryProof() {
    for (int n = 1; n <= 8; n++) {
      List<byte[]> leaves = new ArrayList<>();
      TreeHashes tree = new TreeHashes();
      for (int x = 0; x < n; x++) {
        byte[] leaf = Merkle.leafHash(new byte[] {(byte) x, (byte) n});
        leaves.add(leaf);
        tree.append(leaf);
      }
      Merkle.RangeHasher naive = Merkle.naive(leaves);
      for (int m = 0; m < n; m++) {
        assertThat(Merkle.inclusionProof(m, n, tree))
            .containsExactlyElementsOf(Merkle.inclusionProof(m, n, naive));
      }
      for (int m = 0; m <= n; m++) {
        assertThat(Merkle.consistencyProof(m, n, tree))
            .containsExactlyElementsOf(Merkle.consistencyProof(m, n, naive));
      }
    }
  }

  @Test
  void aLeafAndANodeOfTheSameBytesHashDifferently() {
    byte[] x = new byte[32];
    byte[] y = new byte[32];
    byte[] both = new byte[64];
    assertThat(Merkle.leafHash(both)).isNotEqualTo(Merkle.nodeHash(x, y));
  }
}

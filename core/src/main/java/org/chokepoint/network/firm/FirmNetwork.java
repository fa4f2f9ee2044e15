package org.chokepoint.network.firm;

import java.util.Arrays;

/**
 * A supply network of firms (or any nodes) numbered {@code 0..nodeCount-1}: links supplier →
 * customer with a non-negative amount, held as compressed sparse rows in both directions so that
 * the kernels walk a node's suppliers or customers without boxing. Parallel links (the same pair
 * for two products) and self-links are kept as given. Immutable; 16 bytes per link and 16 per node.
 */
public final class FirmNetwork {
  private final int nodeCount;
  private final int[] inStart;
  private final int[] inSupplier;
  private final double[] inAmount;
  private final int[] outStart;
  private final int[] outCustomer;
  private final double[] purchased;

  private FirmNetwork(
      int nodeCount,
      int[] inStart,
      int[] inSupplier,
      double[] inAmount,
      int[] outStart,
      int[] outCustomer,
      double[] purchased) {
    this.nodeCount = nodeCount;
    this.inStart = inStart;
    this.inSupplier = inSupplier;
    this.inAmount = inAmount;
    this.outStart = outStart;
    this.outCustomer = outCustomer;
    this.purchased = purchased;
  }

  /**
   * The network of links {@code supplier[i] → customer[i]} with {@code amount[i]}; the arrays are
   * read, not kept.
   *
   * @throws IllegalArgumentException when the arrays differ in length, a node is out of range or an
   *     amount is negative or not finite (naming the link)
   */
  public static FirmNetwork of(int[] supplier, int[] customer, double[] amount, int nodeCount) {
    if (supplier.length != customer.length || supplier.length != amount.length) {
      throw new IllegalArgumentException(
          "supplier, customer and amount differ in length: "
              + supplier.length
              + ", "
              + customer.length
              + ", "
              + amount.length);
    }
    if (nodeCount < 0) {
      throw new IllegalArgumentException("node count must be >= 0: " + nodeCount);
    }
    int links = supplier.length;
    for (int i = 0; i < links; i++) {
      if (supplier[i] < 0 || supplier[i] >= nodeCount) {
        throw new IllegalArgumentException("link " + i + ": no supplier node " + supplier[i]);
      }
      if (customer[i] < 0 || customer[i] >= nodeCount) {
        throw new IllegalArgumentException("link " + i + ": no customer node " + customer[i]);
      }
      if (!(amount[i] >= 0) || Double.isInfinite(amount[i])) {
        throw new IllegalArgumentException(
            "link " + i + ": amount must be a finite number >= 0, not " + amount[i]);
      }
    }
    int[] inStart = offsets(customer, nodeCount);
    int[] outStart = offsets(supplier, nodeCount);
    int[] inSupplier = new int[links];
    double[] inAmount = new double[links];
    int[] outCustomer = new int[links];
    double[] purchased = new double[nodeCount];
    int[] inNext = Arrays.copyOf(inStart, nodeCount);
    int[] outNext = Arrays.copyOf(outStart, nodeCount);
    for (int i = 0; i < links; i++) {
      int s = supplier[i];
      int c = customer[i];
      int p = inNext[c]++;
      inSupplier[p] = s;
      inAmount[p] = amount[i];
      outCustomer[outNext[s]++] = c;
      purchased[c] += amount[i];
    }
    return new FirmNetwork(
        nodeCount, inStart, inSupplier, inAmount, outStart, outCustomer, purchased);
  }

  /** Start of each node's run in the sorted links, by a counting sort on {@code node}. */
  private static int[] offsets(int[] node, int nodeCount) {
    int[] start = new int[nodeCount + 1];
    for (int v : node) {
      start[v + 1]++;
    }
    for (int v = 0; v < nodeCount; v++) {
      start[v + 1] += start[v];
    }
    return start;
  }

  public int nodeCount() {
    return nodeCount;
  }

  public int linkCount() {
    return inSupplier.length;
  }

  /** Number of links into {@code node}: its supplier links. */
  public int inDegree(int node) {
    return inStart[node + 1] - inStart[node];
  }

  /** Number of links out of {@code node}: its customer links. */
  public int outDegree(int node) {
    return outStart[node + 1] - outStart[node];
  }

  /** The total amount {@code node} buys over all its supplier links. */
  public double purchased(int node) {
    return purchased[node];
  }

  /** The supplier of each link into {@code node}, in link order (repeated for parallel links). */
  public int[] suppliers(int node) {
    return Arrays.copyOfRange(inSupplier, inStart[node], inStart[node + 1]);
  }

  /** The customer of each link out of {@code node}, in link order. */
  public int[] customers(int node) {
    return Arrays.copyOfRange(outCustomer, outStart[node], outStart[node + 1]);
  }

  // The arrays themselves, for the kernels of this package; never modified.

  int[] inStart() {
    return inStart;
  }

  int[] inSupplier() {
    return inSupplier;
  }

  double[] inAmount() {
    return inAmount;
  }

  int[] outStart() {
    return outStart;
  }

  int[] outCustomer() {
    return outCustomer;
  }

  double[] purchasedArray() {
    return purchased;
  }
}

package org.chokepoint.inputoutput.dynamic;

import java.util.Arrays;

/**
 * A supply network of firms for the firm-level model, as plain arrays: per firm its pre-shock
 * output and final demand; per link (supplier, customer, product, amount) the pre-shock daily
 * delivery. A link's product is what the customer buys (usually the supplier's sector); a customer
 * holds one inventory per product, fed by all its suppliers of that product.
 *
 * <p>Links are stored in supplier order (stable within a supplier), and link indices of the
 * accessors refer to that order. Derived once: the links of each supplier (for rationing), and the
 * inventory slots, one per (customer, product) with its input coefficient {@code a = Σ amount /
 * output(customer)} and each link's share of the slot's pre-shock purchases.
 */
public final class FirmNetwork {
  private final int firms;
  private final double[] output;
  private final double[] finalDemand;
  private final int[] supplier;
  private final int[] customer;
  private final int[] product;
  private final double[] amount;
  // links grouped by supplier: linkOf[supplierStart[i] .. supplierStart[i+1])
  final int[] supplierStart;
  final int[] bySupplier;
  // inventory slots (customer, product), contiguous per customer
  final int[] slotStart; // per customer, slots slotStart[j] .. slotStart[j+1]
  final int[] slotOfLink;
  final double[] slotAmount;
  final int[] slotCustomer;
  final double[] linkShare; // amount / slot amount

  private FirmNetwork(
      double[] output,
      double[] finalDemand,
      int[] supplier,
      int[] customer,
      int[] product,
      double[] amount) {
    this.firms = output.length;
    this.output = output;
    this.finalDemand = finalDemand;
    this.supplier = supplier;
    this.customer = customer;
    this.product = product;
    this.amount = amount;
    int links = supplier.length;
    int products = 0;
    for (int p : product) {
      products = Math.max(products, p + 1);
    }
    this.supplierStart = new int[firms + 1];
    this.bySupplier = countingSort(supplier, identity(links), firms, supplierStart);
    // links by (customer, product): stable counting sort by product, then by customer
    int[] byProduct = countingSort(product, identity(links), products, new int[products + 1]);
    int[] customerStart = new int[firms + 1];
    int[] ordered = countingSort(customer, byProduct, firms, customerStart);
    this.slotOfLink = new int[links];
    this.slotStart = new int[firms + 1];
    int slots = 0;
    for (int j = 0; j < firms; j++) {
      slotStart[j] = slots;
      int last = -1;
      for (int k = customerStart[j]; k < customerStart[j + 1]; k++) {
        int l = ordered[k];
        if (product[l] != last) {
          last = product[l];
          slots++;
        }
        slotOfLink[l] = slots - 1;
      }
    }
    slotStart[firms] = slots;
    this.slotAmount = new double[slots];
    this.slotCustomer = new int[slots];
    for (int l = 0; l < links; l++) {
      slotAmount[slotOfLink[l]] += amount[l];
      slotCustomer[slotOfLink[l]] = customer[l];
    }
    this.linkShare = new double[links];
    for (int l = 0; l < links; l++) {
      double s = slotAmount[slotOfLink[l]];
      linkShare[l] = s == 0 ? 0 : amount[l] / s;
    }
  }

  /**
   * Checks and indexes a network.
   *
   * @param output pre-shock output of each firm ({@code > 0} for a firm that buys inputs)
   * @param finalDemand pre-shock daily final demand for each firm's product ({@code ≥ 0})
   * @param supplier supplier firm of each link (0-based)
   * @param customer customer firm of each link
   * @param product product of each link (0-based)
   * @param amount pre-shock daily delivery on each link ({@code ≥ 0})
   * @throws IllegalArgumentException naming the first firm or link that does not fit, including a
   *     firm whose sales (links plus final demand) differ from its output by more than 1e-6
   *     relative: the model starts from a stationary state
   */
  public static FirmNetwork of(
      double[] output,
      double[] finalDemand,
      int[] supplier,
      int[] customer,
      int[] product,
      double[] amount) {
    int n = output.length;
    int links = supplier.length;
    if (finalDemand.length != n) {
      throw new IllegalArgumentException(
          "final demand has " + finalDemand.length + " firms, output " + n);
    }
    if (customer.length != links || product.length != links || amount.length != links) {
      throw new IllegalArgumentException("supplier, customer, product and amount differ in length");
    }
    double[] sales = finalDemand.clone();
    double[] inputs = new double[n];
    for (int l = 0; l < links; l++) {
      int s = supplier[l];
      int c = customer[l];
      if (s < 0 || s >= n || c < 0 || c >= n) {
        throw new IllegalArgumentException(
            "link " + l + ": firm " + (s < 0 || s >= n ? s : c) + " is not one of " + n);
      }
      if (s == c) {
        throw new IllegalArgumentException("link " + l + ": firm " + s + " supplies itself");
      }
      if (product[l] < 0) {
        throw new IllegalArgumentException("link " + l + ": negative product " + product[l]);
      }
      if (!(amount[l] >= 0) || Double.isInfinite(amount[l])) {
        throw new IllegalArgumentException("link " + l + ": amount " + amount[l]);
      }
      sales[s] += amount[l];
      inputs[c] += amount[l];
    }
    for (int i = 0; i < n; i++) {
      if (!(output[i] >= 0) || Double.isInfinite(output[i]) || !(finalDemand[i] >= 0)) {
        throw new IllegalArgumentException(
            "firm " + i + ": output " + output[i] + ", final demand " + finalDemand[i]);
      }
      if (Math.abs(sales[i] - output[i]) > 1e-6 * Math.max(1, output[i])) {
        throw new IllegalArgumentException(
            "firm "
                + i
                + ": sales (links plus final demand) "
                + sales[i]
                + " differ from output "
                + output[i]
                + " (the model starts from a stationary state)");
      }
      if (inputs[i] > 0 && output[i] == 0) {
        throw new IllegalArgumentException("firm " + i + " buys inputs but has no output");
      }
    }
    // links kept in supplier order (stable), so that a supplier's links are contiguous in memory
    int[] order = countingSort(supplier, identity(links), n, new int[n + 1]);
    int[] sup = new int[links];
    int[] cus = new int[links];
    int[] prod = new int[links];
    double[] amt = new double[links];
    for (int k = 0; k < links; k++) {
      int l = order[k];
      sup[k] = supplier[l];
      cus[k] = customer[l];
      prod[k] = product[l];
      amt[k] = amount[l];
    }
    return new FirmNetwork(output.clone(), finalDemand.clone(), sup, cus, prod, amt);
  }

  /** Indices 0..n−1. */
  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  /** {@code items} stably sorted by {@code key[item]} in [0, buckets); fills {@code start}. */
  private static int[] countingSort(int[] key, int[] items, int buckets, int[] start) {
    for (int it : items) {
      start[key[it] + 1]++;
    }
    for (int b = 0; b < buckets; b++) {
      start[b + 1] += start[b];
    }
    int[] next = Arrays.copyOf(start, buckets);
    int[] out = new int[items.length];
    for (int it : items) {
      out[next[key[it]]++] = it;
    }
    return out;
  }

  public int firms() {
    return firms;
  }

  public int links() {
    return supplier.length;
  }

  /** Pre-shock output of firm i. */
  public double output(int i) {
    return output[i];
  }

  /** Pre-shock final demand for firm i's product. */
  public double finalDemand(int i) {
    return finalDemand[i];
  }

  public int supplier(int link) {
    return supplier[link];
  }

  public int customer(int link) {
    return customer[link];
  }

  public int product(int link) {
    return product[link];
  }

  public double amount(int link) {
    return amount[link];
  }

  /** Number of inventory slots (customer, product). */
  public int slots() {
    return slotAmount.length;
  }

  /** Total pre-shock output. */
  public double totalOutput() {
    double s = 0;
    for (double v : output) {
      s += v;
    }
    return s;
  }

  /** Total pre-shock final demand. */
  public double totalFinalDemand() {
    double s = 0;
    for (double v : finalDemand) {
      s += v;
    }
    return s;
  }
}

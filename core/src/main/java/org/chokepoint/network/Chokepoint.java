package org.chokepoint.network;

/**
 * One (input, provider) pair whose loss cuts a product below the threshold.
 *
 * @param product the furthest product or process downstream whose capacity falls below the
 *     threshold (the input itself when a substitute absorbs the loss further down)
 * @param share the provider's share of the input, a fraction
 * @param holder who holds it, seen from the perspective
 * @param residualCapacity the product's capacity without this provider's supply of the input
 */
public record Chokepoint(
    String product,
    String input,
    Provider provider,
    double share,
    Holder holder,
    double residualCapacity) {

  /** Who holds a chokepoint, seen from the perspective. */
  public enum Holder {
    /** A country of the concern group, or a firm based there: exposure. */
    CONCERN,
    /** The perspective itself, or a firm based there: leverage. */
    PERSPECTIVE,
    /** Anyone else. */
    OTHER
  }

  /** How much of the product is lost: {@code 1 - residualCapacity}. */
  public double impact() {
    return 1 - residualCapacity;
  }
}

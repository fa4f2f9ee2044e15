package org.chokepoint.concentration;

/**
 * One attributed supplier's quantity and its share of the total.
 *
 * @param <K> how suppliers are identified (a country code, a firm id)
 */
public record SupplierShare<K>(K supplier, double quantity, double share) {}

package org.chokepoint.minerals;

/** Who a production row is attributed to. */
public enum ProducerKind {
  /** One country, with its ISO code. */
  COUNTRY,
  /** The publisher's remainder, such as USGS's "Other countries": known total, no producer. */
  UNATTRIBUTED,
  /** Several named countries reported together: counted as unattributed. */
  AGGREGATE,
  /** The publisher's rounded world total: a cross-check, never a denominator. */
  WORLD_TOTAL,
  /** A name that no mapping table knows: counted as unattributed and reported. */
  UNMAPPED
}

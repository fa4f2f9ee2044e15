package org.chokepoint.network;

/** What a node of a supply network is. */
public enum NodeKind {
  COUNTRY,
  FIRM,
  FACILITY,
  INPUT,
  PRODUCT,
  STAGE
}

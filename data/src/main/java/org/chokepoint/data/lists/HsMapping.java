package org.chokepoint.data.lists;

import java.util.Objects;

/**
 * One HS code of a list item and how it covers the item.
 *
 * @param hs 2, 4 or 6 digits (HS 2017); a shorter code means every six-digit code under it; empty
 *     exactly when {@code mapping} is {@link Mapping#NONE}
 * @param note what the code holds, or why there is none
 */
public record HsMapping(String hs, Mapping mapping, String note) {
  public HsMapping {
    Objects.requireNonNull(hs, "hs");
    Objects.requireNonNull(mapping, "mapping");
    note = Objects.requireNonNullElse(note, "");
    if (mapping == Mapping.NONE) {
      if (!hs.isEmpty()) {
        throw new IllegalArgumentException("mapping none takes no HS code, got " + hs);
      }
    } else if (!isHsCode(hs)) {
      throw new IllegalArgumentException("HS code must have 2, 4 or 6 digits: '" + hs + "'");
    }
  }

  /** True for a code of 2, 4 or 6 ASCII digits. */
  public static boolean isHsCode(String code) {
    return code.matches("[0-9]{2}|[0-9]{4}|[0-9]{6}");
  }

  /** False for the {@link Mapping#NONE} entry that explains what has no code. */
  public boolean mapped() {
    return mapping != Mapping.NONE;
  }
}

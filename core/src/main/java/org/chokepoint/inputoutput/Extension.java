package org.chokepoint.inputoutput;

import org.chokepoint.inputoutput.matrix.DenseMatrix;

/**
 * A satellite account: stressors (emissions, employment, value added…) used by each sector (F) and,
 * optionally, directly by final demand (F_Y), as in pymrio's extensions. The stressor labels may
 * have several levels (stressor, compartment), which every result keeps.
 *
 * @param name the extension's name (a folder name in the pymrio layout)
 * @param stressors row labels of F and F_Y
 * @param f stressors × sectors
 * @param fY stressors × final-demand columns, or null when the extension has none
 */
public record Extension(String name, Labels stressors, DenseMatrix f, DenseMatrix fY) {
  public Extension {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an extension needs a name");
    }
    if (f.rows() != stressors.size()) {
      throw new IllegalArgumentException(
          name + ": F has " + f.rows() + " rows for " + stressors.size() + " stressors");
    }
    if (fY != null && fY.rows() != stressors.size()) {
      throw new IllegalArgumentException(
          name + ": F_Y has " + fY.rows() + " rows for " + stressors.size() + " stressors");
    }
  }

  /** Whether F_Y is given. */
  public boolean hasFinalDemandStressors() {
    return fY != null;
  }
}

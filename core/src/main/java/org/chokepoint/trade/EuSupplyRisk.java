package org.chokepoint.trade;

import java.util.Objects;

/**
 * EU criticality supply risk (method 6 of the design; European Commission, "Methodology for
 * establishing the EU list of critical raw materials", 2017):
 *
 * <pre>
 * SR = [HHI_WGI,t(global) * IR/2 + HHI_WGI,t(sourcing) * (1 - IR/2)] * (1 - EoL_RIR) * SI_SR
 * </pre>
 *
 * where {@code HHI_WGI,t = sum(s_c^2 * g_c * t_c)} over the producers of the global supply or of
 * the group's actual sourcing. When only one of the two supplies is used, its HHI takes the whole
 * bracket.
 */
public final class EuSupplyRisk {
  private EuSupplyRisk() {}

  /** Which supplies enter the bracket. */
  public enum SupplyUsed {
    BOTH,
    GLOBAL,
    SOURCING
  }

  /**
   * The intermediate values of one assessment, as published assessments give them.
   *
   * @param hhiWgiGlobal governance- and trade-weighted HHI of global supply
   * @param hhiWgiSourcing the same for the group's actual sourcing
   * @param importReliance IR in [0, 1]
   * @param eolRir end-of-life recycling input rate in [0, 1]
   * @param substitutionIndex substitution index for supply risk, SI_SR, in [0, 1]
   */
  public record Inputs(
      String material,
      String stage,
      SupplyUsed supplyUsed,
      double hhiWgiGlobal,
      double hhiWgiSourcing,
      double importReliance,
      double eolRir,
      double substitutionIndex) {
    public Inputs {
      Objects.requireNonNull(material, "material");
      stage = Objects.requireNonNullElse(stage, "");
      Objects.requireNonNull(supplyUsed, "supplyUsed");
      fraction("import_reliance", importReliance);
      fraction("eol_rir", eolRir);
      fraction("si_sr", substitutionIndex);
      if (supplyUsed != SupplyUsed.SOURCING) {
        nonNegative("hhi_wgi_global", hhiWgiGlobal);
      }
      if (supplyUsed != SupplyUsed.GLOBAL) {
        nonNegative("hhi_wgi_sourcing", hhiWgiSourcing);
      }
    }

    private static void fraction(String name, double v) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException(name + " must be a fraction in [0, 1], was " + v);
      }
    }

    private static void nonNegative(String name, double v) {
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException(name + " must be finite and >= 0, was " + v);
      }
    }
  }

  public static double supplyRisk(Inputs in) {
    double bracket =
        switch (in.supplyUsed()) {
          case GLOBAL -> in.hhiWgiGlobal();
          case SOURCING -> in.hhiWgiSourcing();
          case BOTH ->
              in.hhiWgiGlobal() * in.importReliance() / 2
                  + in.hhiWgiSourcing() * (1 - in.importReliance() / 2);
        };
    return bracket * (1 - in.eolRir()) * in.substitutionIndex();
  }
}

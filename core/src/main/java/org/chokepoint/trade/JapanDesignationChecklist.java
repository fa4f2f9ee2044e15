package org.chokepoint.trade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.chokepoint.concentration.SupplierShare;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.minerals.MineralConcentration;

/**
 * The four requirements for designating a specified critical product (特定重要物資) under Japan's
 * Economic Security Promotion Act (Act No. 43 of 2022, Article 7) as the Cabinet's Basic Policy
 * sets them out, each with the evidence trade and production data give and what a person must still
 * judge. The Act sets no numeric thresholds; figures are shown with the EU 2021 screening
 * thresholds for reference only.
 */
public final class JapanDesignationChecklist {
  private static final String IMPORTANCE =
      "Importance: essential to survival, or widely relied on by daily life and economic activity";
  private static final String DEPENDENCE =
      "External dependence: the product or its inputs depend excessively on outside sources";
  private static final String DISRUPTION =
      "Risk of supply disruption by actions taken from outside";
  private static final String NECESSITY =
      "Necessity of measures under the Act to secure stable supply";

  private JapanDesignationChecklist() {}

  /** Whether the data can speak to a requirement, or only a person can. */
  public enum Basis {
    EVIDENCE,
    JUDGEMENT
  }

  /**
   * One requirement with its evidence.
   *
   * @param number 1-4, as in the Basic Policy
   * @param evidence sentences with the figures and their sources; what a person must judge
   */
  public record Requirement(
      int number, String titleEn, String titleJa, Basis basis, List<String> evidence) {
    public Requirement {
      evidence = List.copyOf(evidence);
    }
  }

  /** The checklist of one product. */
  public record Checklist(String product, String description, List<Requirement> requirements) {
    public Checklist {
      requirements = List.copyOf(requirements);
    }
  }

  /**
   * @param dependence the perspective's dependence on imports of the product
   * @param sourcingWgiHhi governance-weighted HHI of the import sources, if computed
   * @param upstream world production concentration of the mineral the product is made of, if the
   *     crosswalk links one
   * @param valueUnit unit of the trade values
   */
  public static Checklist of(
      Dependence dependence,
      String description,
      OptionalDouble sourcingWgiHhi,
      Optional<MineralConcentration> upstream,
      String valueUnit) {
    if (!dependence.covered()) {
      return notCovered(dependence, description);
    }
    List<Requirement> r = new ArrayList<>();
    r.add(
        new Requirement(
            1,
            IMPORTANCE,
            "重要性",
            Basis.JUDGEMENT,
            List.of(
                "A person must judge the product's importance to the nation's survival, daily life"
                    + " and economic activity; trade data say how much is imported ("
                    + amount(dependence.imports())
                    + " "
                    + valueUnit
                    + " in "
                    + dependence.year()
                    + "), not how much it matters.")));
    r.add(
        new Requirement(
            2, DEPENDENCE, "外部依存性", Basis.EVIDENCE, externalDependence(dependence, valueUnit)));
    r.add(
        new Requirement(
            3,
            DISRUPTION,
            "外部から行われる行為による供給途絶等のおそれ",
            Basis.EVIDENCE,
            disruptionRisk(dependence, sourcingWgiHhi, upstream)));
    r.add(
        new Requirement(
            4,
            NECESSITY,
            "本制度による措置の必要性",
            Basis.JUDGEMENT,
            List.of(
                "A person must judge whether private efforts and existing policy fall short and"
                    + " the Act's support is needed; the evidence for requirements 2 and 3 is the"
                    + " input, not the answer.")));
    return new Checklist(dependence.product(), description, r);
  }

  private static Checklist notCovered(Dependence d, String description) {
    String none =
        "The trade data hold none of these codes, so they give no evidence; a person must use"
            + " other sources.";
    return new Checklist(
        d.product(),
        description,
        List.of(
            new Requirement(1, IMPORTANCE, "重要性", Basis.JUDGEMENT, List.of(none)),
            new Requirement(2, DEPENDENCE, "外部依存性", Basis.EVIDENCE, List.of(none)),
            new Requirement(3, DISRUPTION, "外部から行われる行為による供給途絶等のおそれ", Basis.EVIDENCE, List.of(none)),
            new Requirement(4, NECESSITY, "本制度による措置の必要性", Basis.JUDGEMENT, List.of(none))));
  }

  private static List<String> externalDependence(Dependence d, String unit) {
    List<String> e = new ArrayList<>();
    e.add(
        "Imports from outside the perspective "
            + amount(d.imports())
            + " "
            + unit
            + ", exports "
            + amount(d.exports())
            + " "
            + unit
            + " ("
            + d.year()
            + ").");
    e.add(
        d.importReliance().isPresent()
            ? "Import reliance "
                + percent(d.importReliance())
                + " (imports net of exports over apparent consumption)."
            : "Import reliance unknown: quantities or domestic production are not in the data.");
    Optional<SupplierShare<CountryCode>> top = d.topSupplier();
    e.add(
        top.isPresent()
            ? "Largest supplier "
                + top.get().supplier().alpha3()
                + " with "
                + percent(OptionalDouble.of(top.get().share()))
                + "; HHI of suppliers "
                + index(d.hhi())
                + " (EU 2021 reference: concentrated above 0.4)."
            : "No imports in the data.");
    return e;
  }

  private static List<String> disruptionRisk(
      Dependence d, OptionalDouble sourcingWgiHhi, Optional<MineralConcentration> upstream) {
    List<String> e = new ArrayList<>();
    e.add("Share of imports from the concern group: " + percent(d.concernShare()) + ".");
    if (sourcingWgiHhi.isPresent()) {
      e.add(
          "Governance-weighted HHI of import sources (WGI, 0-10): "
              + String.format(Locale.ROOT, "%.2f", sourcingWgiHhi.getAsDouble())
              + ".");
    }
    upstream.ifPresent(
        u ->
            e.add(
                "Upstream: world "
                    + u.stage().toLowerCase(Locale.ROOT)
                    + " of "
                    + u.commodity()
                    + " in "
                    + u.year()
                    + " has HHI "
                    + index(u.hhi())
                    + u.top()
                        .map(
                            t ->
                                ", led by "
                                    + t.supplier().alpha3()
                                    + " with "
                                    + percent(OptionalDouble.of(t.share())))
                        .orElse("")
                    + "; the concern group holds "
                    + percent(u.concernShare())
                    + "."));
    e.add(
        "A person must still judge the likelihood of coercive or disruptive actions (export"
            + " controls, embargoes), which no trade statistic measures.");
    return e;
  }

  private static String amount(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String percent(OptionalDouble share) {
    return share.isPresent()
        ? String.format(Locale.ROOT, "%.1f%%", share.getAsDouble() * 100)
        : "unknown";
  }

  private static String index(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.3f", v.getAsDouble()) : "unknown";
  }
}

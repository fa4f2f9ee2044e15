package org.chokepoint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.data.workspace.CriticalityView;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.trade.EuSupplyRisk;
import org.chokepoint.trade.EuSupplyRisk.Inputs;
import org.chokepoint.trade.JapanDesignationChecklist;
import org.chokepoint.trade.SupplyRiskAssessment;

/** Terminal output of the criticality methods. */
final class CriticalityTable {
  private CriticalityTable() {}

  static void writeInputs(List<Inputs> rows, Path file, Writer w) {
    TextTable t =
        new TextTable()
            .column("Material", Align.LEFT)
            .column("Stage", Align.LEFT)
            .column("Supply used", Align.LEFT)
            .column("SR", Align.RIGHT);
    for (Inputs in : rows) {
      t.row(
          List.of(
              in.material(),
              in.stage(),
              in.supplyUsed().name().toLowerCase(Locale.ROOT),
              String.format(Locale.ROOT, "%.3f", EuSupplyRisk.supplyRisk(in))));
    }
    print(w, t.caption("SR from the intermediate values in " + file).render());
  }

  static void write(CriticalityView view, Writer w) {
    StringBuilder b = new StringBuilder();
    if (view.checklists().isEmpty()) {
      b.append("EU supply risk for ")
          .append(view.perspective().name())
          .append(", ")
          .append(view.year())
          .append(" (European Commission 2017 methodology)\n\n");
      TextTable t =
          new TextTable()
              .column("Material", Align.LEFT, 26)
              .column("Stage", Align.LEFT, 24)
              .column("HHI_WGI global", Align.RIGHT)
              .column("HHI_WGI sourcing", Align.RIGHT)
              .column("IR", Align.LEFT, 12)
              .column("SR", Align.RIGHT);
      for (SupplyRiskAssessment a : view.supplyRisk()) {
        t.row(
            List.of(
                a.material(),
                a.stage(),
                num(a.hhiWgiGlobal()),
                num(a.hhiWgiSourcing()),
                a.importRelianceLow() == a.importRelianceHigh()
                    ? pct(a.importRelianceLow())
                    : pct(a.importRelianceLow()) + "-" + pct(a.importRelianceHigh()),
                a.sr().isPresent()
                    ? num(a.sr())
                    : a.srLow().isPresent() ? num(a.srLow()) + "-" + num(a.srHigh()) : "-"));
      }
      b.append(t.render()).append('\n');
      b.append(
          "SR is a range where import reliance is not known exactly (IR range); EoL-RIR and SI_SR"
              + " as given (defaults 0 and 1). EU threshold for criticality: SR >= 1.\n");
    } else {
      b.append("Japan: specified critical product checklist for ")
          .append(view.perspective().name())
          .append(", ")
          .append(view.year())
          .append(" (Economic Security Promotion Act, Article 7)\n");
      for (JapanDesignationChecklist.Checklist c : view.checklists()) {
        b.append("\n")
            .append(c.description().isEmpty() ? c.product() : c.description())
            .append('\n');
        b.append("  ").append(c.product()).append('\n');
        for (JapanDesignationChecklist.Requirement r : c.requirements()) {
          b.append("  ")
              .append(r.number())
              .append(". ")
              .append(r.titleJa())
              .append(" - ")
              .append(r.titleEn())
              .append(
                  r.basis() == JapanDesignationChecklist.Basis.JUDGEMENT
                      ? " [judgement]"
                      : " [evidence]")
              .append('\n');
          r.evidence().forEach(e -> b.append("     ").append(e).append('\n'));
        }
      }
      b.append('\n');
    }
    b.append("Sources:\n");
    for (Provenance p : view.sources()) {
      b.append("  ").append(p.oneLine()).append('\n');
    }
    print(w, b.toString());
  }

  private static void print(Writer w, String text) {
    try {
      w.write(text);
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String num(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.2f", v.getAsDouble()) : "-";
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.0f%%", v * 100);
  }
}

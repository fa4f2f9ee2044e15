package org.chokepoint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chokepoint.data.report.CriticalityReportFormat;
import org.chokepoint.data.report.SupplyRiskInputsFormat;
import org.chokepoint.data.workspace.CriticalityView;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.geo.CountryGroups;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.trade.EuSupplyRisk.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint criticality}: the government criticality methods. EU supply risk per material
 * for a perspective ({@code --method eu-sr}, the default), Japan's designation checklist per
 * product ({@code --method jp-checklist}), or EU supply risk recomputed from published intermediate
 * values ({@code --inputs FILE}) so that an assessment can be audited.
 */
@Command(
    name = "criticality",
    mixinStandardHelpOptions = true,
    description = {
      "EU criticality supply risk SR = [HHI_WGI,t(global) x IR/2 + HHI_WGI,t(sourcing) x (1 - IR/2)]"
          + " x (1 - EoL_RIR) x SI_SR (European Commission 2017 methodology), per material for a"
          + " perspective; or Japan's designation checklist (--method jp-checklist).",
      "--inputs FILE recomputes SR from given values (columns material,stage,supply_used,"
          + "hhi_wgi_global,hhi_wgi_sourcing,import_reliance,eol_rir,si_sr)."
    })
final class CriticalityCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--inputs", paramLabel = "FILE", description = "CSV of intermediate values.")
  Path inputs;

  @Option(
      names = "--perspective",
      paramLabel = "GROUP|ISO3",
      description = "Whose criticality (default from config: jp-us).")
  String perspective;

  @Option(names = "--year", description = "Trade year, e.g. 2024.")
  Integer year;

  @Option(
      names = "--concern",
      paramLabel = "GROUP|ISO3",
      description = "Group of concern (default from config: us-foreign-adversaries).")
  String concern;

  @Option(
      names = "--method",
      defaultValue = "eu-sr",
      description = "eu-sr (default) or jp-checklist.")
  String method;

  @Option(
      names = "--products",
      split = ",",
      paramLabel = "hs:CODE",
      description = "Products for the checklist, e.g. hs:850511.")
  List<String> products = new ArrayList<>();

  @Option(
      names = "--list",
      paramLabel = "LIST",
      description = "Product list for the checklist (default: jp-critical).")
  String list;

  @Option(names = "--eol-rir", defaultValue = "0", description = "EoL-RIR for every material.")
  double eolRir;

  @Option(names = "--si-sr", defaultValue = "1", description = "SI_SR for every material.")
  double siSr;

  @Option(names = "--dataset", defaultValue = "baci", description = "Trade dataset.")
  String dataset;

  @Mixin OutputOptions output;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    if (inputs != null) {
      List<Inputs> rows = SupplyRiskInputsFormat.read(inputs);
      switch (output.format) {
        case JSON -> output.write(root.out(), w -> SupplyRiskInputsFormat.writeJson(rows, w));
        case CSV -> output.write(root.out(), w -> SupplyRiskInputsFormat.writeCsv(rows, w));
        default -> output.write(root.out(), w -> CriticalityTable.writeInputs(rows, inputs, w));
      }
      return;
    }
    if (year == null) {
      throw new IllegalArgumentException("give --year (with --perspective) or --inputs FILE");
    }
    Session session = root.session();
    CountryGroups groups = session.workspace().groups();
    CountryGroup p =
        groups.resolve(perspective == null ? session.defaultPerspective() : perspective);
    CountryGroup c = groups.resolve(concern == null ? session.defaultConcern() : concern);
    CriticalityView view =
        switch (method) {
          case "eu-sr" -> session.workspace().supplyRisk(p, c, year, dataset, eolRir, siSr);
          case "jp-checklist" ->
              session
                  .workspace()
                  .japanChecklist(
                      p,
                      c,
                      year,
                      dataset,
                      products.isEmpty()
                          ? Optional.of(list == null ? "jp-critical" : list)
                          : Optional.empty(),
                      DependenceCommand.normalise(products));
          default ->
              throw new IllegalArgumentException(
                  "unknown method \"" + method + "\"; use eu-sr or jp-checklist");
        };
    switch (output.format) {
      case CSV -> output.write(root.out(), w -> CriticalityReportFormat.writeCsv(view, w));
      case JSON -> output.write(root.out(), w -> CriticalityReportFormat.writeJson(view, w));
      default -> output.write(root.out(), w -> CriticalityTable.write(view, w));
    }
    if (output.format != OutputFormat.TABLE) {
      for (Provenance s : view.sources()) {
        root.err().println("source: " + s.oneLine());
      }
    }
  }
}

package org.chokepoint.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.chokepoint.data.report.DependenceReportFormat;
import org.chokepoint.data.workspace.DependenceView;
import org.chokepoint.data.workspace.ProductSelectors;
import org.chokepoint.geo.CountryGroups;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.trade.DependenceQuery;
import org.chokepoint.trade.EuScreening;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chokepoint dependence}: how a country or group depends on its suppliers, per product. */
@Command(
    name = "dependence",
    mixinStandardHelpOptions = true,
    description = {
      "Imports, exports, supplier concentration, concern share and the EU 2021 strategic-dependency"
          + " screening of a perspective (country or group; trade inside a group is internal).",
      "Values in the trade source's unit (BACI: thousand USD); shares as fractions in CSV/JSON."
    })
final class DependenceCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--perspective",
      paramLabel = "GROUP|ISO3",
      description = "Importing country or group (default from config: jp-us).")
  String perspective;

  @Option(names = "--year", required = true, description = "Data year, e.g. 2024.")
  int year;

  @Option(
      names = "--products",
      split = ",",
      paramLabel = "hs:CODE",
      description =
          "Products, e.g. hs:8112,hs:850511 (a code takes every code under it; hs:2846+hs:280530"
              + " is one row for both).")
  List<String> products = new ArrayList<>();

  @Option(
      names = "--list",
      paramLabel = "LIST",
      description =
          "A shipped product list instead of --products: jp-critical, us-critical-minerals-2025, eu-crm-2023.")
  String list;

  @Option(
      names = "--concern",
      paramLabel = "GROUP|ISO3",
      description = "Group of concern (default from config: us-foreign-adversaries).")
  String concern;

  @Option(names = "--trend-from", paramLabel = "YEAR", description = "Report changes since YEAR.")
  Integer trendFrom;

  @Option(
      names = "--dataset",
      defaultValue = "baci",
      description = "Trade dataset (default: ${DEFAULT-VALUE}).")
  String dataset;

  @Option(names = "--eu-hhi", defaultValue = "0.4", description = "EU criterion 1 threshold.")
  double euHhi;

  @Option(
      names = "--eu-extra-share",
      defaultValue = "0.5",
      description = "EU criterion 2 threshold.")
  double euExtraShare;

  @Option(
      names = "--eu-import-export",
      defaultValue = "1",
      description = "EU criterion 3 threshold.")
  double euImportExport;

  @Mixin OutputOptions output;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    Session session = root.session();
    CountryGroups groups = session.workspace().groups();
    if (list != null && !products.isEmpty()) {
      throw new IllegalArgumentException("give --products or --list, not both");
    }
    List<String> selectors =
        list != null ? session.workspace().listSelectors(list) : normalise(products);
    DependenceQuery query =
        new DependenceQuery(
            groups.resolve(perspective == null ? session.defaultPerspective() : perspective),
            groups.resolve(concern == null ? session.defaultConcern() : concern),
            year,
            selectors,
            trendFrom == null ? OptionalInt.empty() : OptionalInt.of(trendFrom),
            new EuScreening(euHhi, euExtraShare, euImportExport));
    DependenceView view = session.workspace().dependence(query, dataset);
    switch (output.format) {
      case CSV -> output.write(root.out(), w -> DependenceReportFormat.writeCsv(view, w));
      case JSON -> output.write(root.out(), w -> DependenceReportFormat.writeJson(view, w));
      default -> output.write(root.out(), w -> DependenceTable.write(view, w));
    }
    if (!view.notCovered().isEmpty()) {
      root.err()
          .println(
              "note: "
                  + view.notCovered().size()
                  + " product(s) are not in dataset "
                  + dataset
                  + " and have no row: "
                  + String.join(", ", view.notCovered()));
    }
    if (output.format != OutputFormat.TABLE) {
      root.err().println("values in " + view.valueUnit());
      for (Provenance p : view.sources()) {
        root.err().println("source: " + p.oneLine());
      }
    }
  }

  /**
   * {@code 8112} and {@code HS:8112} both mean {@code hs:8112}; {@code hs:2846+hs:280530} is one
   * row for the union of both.
   */
  static List<String> normalise(List<String> products) {
    return ProductSelectors.normalise(products);
  }
}

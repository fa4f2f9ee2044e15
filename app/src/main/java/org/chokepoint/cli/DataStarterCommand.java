package org.chokepoint.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.catalog.StarterPackBuilder;
import org.chokepoint.data.workspace.Importers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chokepoint data starter}: rebuild the bundled starter pack from the official files. */
@Command(
    name = "starter",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild the starter pack with the project's importers from a folder of official files",
      "laid out as the shared data folder (countries/, hs/, wgi/, usgs-mcs-2026/, baci-critical/,"
          + " usitc-dataweb/, cset-eto-chips/, lists/)."
    })
final class DataStarterCommand implements Runnable {
  /** Where each starter dataset's official file sits under the shared data folder. */
  static final Map<String, String> LAYOUT = starterLayout();

  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DIR",
      description = "Folder of official files.")
  Path from;

  @Option(
      names = "--out",
      defaultValue = "data/src/main/resources/org/chokepoint/data/starter",
      paramLabel = "DIR",
      description = "Where to write the pack (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    Importers importers = root.session().workspace().importers();
    Map<String, StarterPackBuilder.Entry> entries = new LinkedHashMap<>();
    LAYOUT.forEach(
        (name, file) ->
            entries.put(
                name,
                new StarterPackBuilder.Entry(importers.getImporter(name), from.resolve(file))));
    List<DatasetManifest> built = StarterPackBuilder.build(entries, out, Clock.systemUTC());
    for (DatasetManifest m : built) {
      root.out().printf("%-10s %,9d rows  %s%n", m.name(), m.rows(), m.provenance().oneLine());
      m.warnings().forEach(w -> root.err().println("warning: " + w));
    }
    root.out().println("starter pack written to " + out);
  }

  private static Map<String, String> starterLayout() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("countries", "countries/datasets_country-codes.csv");
    m.put("hs", "hs/harmonized-system.csv");
    m.put("wgi", "wgi/WGIData.csv");
    m.put("usgs-mcs", "usgs-mcs-2026/MCS2026_Commodities_Data.csv");
    m.put("baci", "baci-critical");
    m.put("usitc", "usitc-dataweb");
    m.put("eto-chips", "cset-eto-chips");
    String os = "lists/opensanctions-transcriptions/";
    m.put("ofac-sdn", "lists/ofac-sdn-2021");
    m.put("un", "lists/un/UN_consolidated.xml");
    m.put("us-csl", "lists/us-csl-2019/csl.csv");
    m.put("us-dpl", "lists/us-dpl/dpl.txt");
    m.put("eu-833", os + "eu_journal_sanctions_data_consolidated_32014R0833.csv");
    // cn-sanctions is not shipped: its source states no licence terms (import it yourself)
    m.put("us-dod-1260h", os + "us_dod_chinese_milcorps_sanctions.csv");
    m.put("us-bis-mieu", os + "us_bis_mieu_mieu.csv");
    m.put("jp-meti-russia", os + "jp_meti_ru_250912_list_russia_tokutei.pdf.txt");
    m.put("jp-meti-belarus", os + "jp_meti_ru_list_belarus_tokutei.pdf.txt");
    m.put("jp-meti-third-countries", os + "jp_meti_ru_250912_list_daisangoku_tokutei.pdf.txt");
    return m;
  }
}

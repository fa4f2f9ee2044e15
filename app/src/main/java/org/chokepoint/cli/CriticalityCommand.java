package org.chokepoint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.data.report.SupplyRiskInputsFormat;
import org.chokepoint.trade.EuSupplyRisk;
import org.chokepoint.trade.EuSupplyRisk.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint criticality}: EU criticality supply risk, either recomputed from published
 * intermediate values ({@code --inputs FILE}) so that an assessment can be audited, or computed for
 * a perspective from the data.
 */
@Command(
    name = "criticality",
    mixinStandardHelpOptions = true,
    description = {
      "EU criticality supply risk SR = [HHI_WGI,t(global) x IR/2 + HHI_WGI,t(sourcing) x (1 - IR/2)]"
          + " x (1 - EoL_RIR) x SI_SR (European Commission 2017 methodology).",
      "--inputs FILE recomputes SR from given values (columns material,stage,supply_used,"
          + "hhi_wgi_global,hhi_wgi_sourcing,import_reliance,eol_rir,si_sr)."
    })
final class CriticalityCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(names = "--inputs", paramLabel = "FILE", description = "CSV of intermediate values.")
  Path inputs;

  @Mixin OutputOptions output;

  @Override
  public void run() {
    ChokepointCommand root = ChokepointCommand.root(spec);
    if (inputs == null) {
      throw new IllegalArgumentException("give --inputs FILE");
    }
    List<Inputs> rows = SupplyRiskInputsFormat.read(inputs);
    switch (output.format) {
      case CSV -> output.write(root.out(), w -> SupplyRiskInputsFormat.writeCsv(rows, w));
      case JSON ->
          output.write(
              root.out(),
              w -> {
                try {
                  new ObjectMapper()
                      .enable(SerializationFeature.INDENT_OUTPUT)
                      .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                      .writeValue(w, json(rows));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      default ->
          output.write(
              root.out(),
              w -> {
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
                try {
                  w.write(t.caption("SR from the intermediate values in " + inputs).render());
                  w.flush();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  private static Map<String, Object> json(List<Inputs> rows) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("method", "EU criticality supply risk (European Commission 2017 methodology)");
    root.put(
        "rows",
        rows.stream()
            .map(
                in -> {
                  Map<String, Object> o = new LinkedHashMap<>();
                  o.put("material", in.material());
                  o.put("stage", in.stage());
                  o.put("sr", EuSupplyRisk.supplyRisk(in));
                  o.put("supply_used", in.supplyUsed().name().toLowerCase(Locale.ROOT));
                  o.put("hhi_wgi_global", nullIfNaN(in.hhiWgiGlobal()));
                  o.put("hhi_wgi_sourcing", nullIfNaN(in.hhiWgiSourcing()));
                  o.put("import_reliance", in.importReliance());
                  o.put("eol_rir", in.eolRir());
                  o.put("si_sr", in.substitutionIndex());
                  return o;
                })
            .toList());
    return root;
  }

  private static Double nullIfNaN(double v) {
    return Double.isNaN(v) ? null : v;
  }
}

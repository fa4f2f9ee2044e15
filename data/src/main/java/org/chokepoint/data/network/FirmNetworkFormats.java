package org.chokepoint.data.network;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.data.text.Decimals;
import org.chokepoint.provenance.Provenance;

/**
 * CSV and JSON of exposure and dominators, written as a stream (a national network has a million
 * rows). The first CSV columns are the contract of the firm-network issue ({@code node,exposure};
 * {@code target,dominator,depth}), with ids as in the source's {@code nodes.csv}; more columns
 * follow them (D7). Exposures are fractions in [0, 1].
 */
public final class FirmNetworkFormats {
  public static final List<String> EXPOSURE_COLUMNS =
      List.of("node", "exposure", "name", "country", "shocked");
  public static final List<String> DOMINATOR_COLUMNS =
      List.of("target", "dominator", "depth", "dominator_name", "dominator_country", "dominated");

  private static final JsonFactory JSON = new JsonFactory();

  private FirmNetworkFormats() {}

  /** Every node with exposure at least {@code min}, in node order. */
  public static void writeExposureCsv(ExposureView view, double min, Writer out) {
    CsvWriter csv = new CsvWriter(out);
    csv.row(EXPOSURE_COLUMNS);
    FirmNetworkData d = view.data();
    for (int v = 0; v < d.nodeCount(); v++) {
      double e = view.result().exposure(v);
      if (e >= min) {
        csv.row(d.id(v), number(e), d.name(v), d.country(v), Boolean.toString(view.shocked()[v]));
      }
    }
    csv.flush();
  }

  public static void writeExposureJson(ExposureView view, double min, Writer out) {
    try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      FirmNetworkData d = view.data();
      g.writeStartObject();
      g.writeStringField("report", "exposure");
      g.writeStringField("network", d.dataset());
      g.writeBooleanField("synthetic", d.synthetic());
      g.writeArrayFieldStart("shocks");
      for (String s : view.shocks()) {
        g.writeString(s);
      }
      g.writeEndArray();
      g.writeNumberField("shocked_nodes", view.shockedCount());
      g.writeNumberField("exposed_nodes", view.exposedCount());
      g.writeNumberField("iterations", view.result().iterations());
      g.writeBooleanField("converged", view.result().converged());
      g.writeNumberField("tolerance", view.tolerance());
      g.writeNumberField("min_exposure", min);
      sources(g, view.sources());
      g.writeArrayFieldStart("nodes");
      for (int v = 0; v < d.nodeCount(); v++) {
        double e = view.result().exposure(v);
        if (e >= min) {
          g.writeStartObject();
          g.writeStringField("node", d.id(v));
          g.writeNumberField("exposure", e);
          g.writeStringField("name", d.name(v));
          g.writeStringField("country", d.country(v));
          g.writeBooleanField("shocked", view.shocked()[v]);
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void writeDominatorsCsv(DominatorsView view, Writer out) {
    CsvWriter csv = new CsvWriter(out);
    csv.row(DOMINATOR_COLUMNS);
    FirmNetworkData d = view.data();
    for (DominatorsView.Dominator x : view.dominators()) {
      csv.row(
          d.id(view.target()),
          d.id(x.node()),
          Integer.toString(x.depth()),
          d.name(x.node()),
          d.country(x.node()),
          Integer.toString(x.dominated()));
    }
    csv.flush();
  }

  public static void writeDominatorsJson(DominatorsView view, Writer out) {
    try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      FirmNetworkData d = view.data();
      g.writeStartObject();
      g.writeStringField("report", "dominators");
      g.writeStringField("network", d.dataset());
      g.writeBooleanField("synthetic", d.synthetic());
      g.writeObjectFieldStart("target");
      node(g, d, view.target());
      g.writeEndObject();
      g.writeBooleanField("reachable", view.reachable());
      g.writeBooleanField("has_suppliers", view.hasSuppliers());
      sources(g, view.sources());
      g.writeArrayFieldStart("dominators");
      for (DominatorsView.Dominator x : view.dominators()) {
        g.writeStartObject();
        node(g, d, x.node());
        g.writeNumberField("depth", x.depth());
        g.writeNumberField("dominated", x.dominated());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void node(JsonGenerator g, FirmNetworkData d, int v) throws IOException {
    g.writeStringField("id", d.id(v));
    g.writeStringField("name", d.name(v));
    g.writeStringField("country", d.country(v));
    g.writeStringField("kind", d.kind(v).name().toLowerCase(java.util.Locale.ROOT));
  }

  private static void sources(JsonGenerator g, List<Provenance> sources) throws IOException {
    g.writeArrayFieldStart("sources");
    for (Provenance p : sources) {
      g.writeStartObject();
      g.writeStringField("dataset", p.dataset());
      g.writeStringField("source", p.source());
      g.writeStringField("vintage", p.vintage());
      g.writeStringField("licence", p.licence());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Plain decimal text, as {@link Decimals#plain(double)}, without its cost for most values. */
  static String number(double v) {
    if (v == 0) {
      return "0";
    }
    if (v == 1) {
      return "1";
    }
    if (v >= 1e-3 && v < 1) {
      return Double.toString(v); // no exponent in this range, no trailing zeros
    }
    return Decimals.plain(v);
  }
}

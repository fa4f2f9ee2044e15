package org.chokepoint.server;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chokepoint.data.report.ChokepointsReportFormat;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.data.text.Decimals;
import org.chokepoint.data.workspace.ChokepointsView;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.provenance.Provenance;
import org.chokepoint.workspace.contribution.PoolAggregator;
import org.chokepoint.workspace.contribution.PooledChokepoints;
import org.chokepoint.workspace.contribution.PooledView;

/**
 * A released pooled view as JSON, as CSV and as a network in the generic layout, for the server and
 * the command line alike. Suppressed cells are written with their status and empty numbers (CSV) or
 * null (JSON), never zero.
 */
public final class PooledFormats {
  /** The catalog-like name pooled views carry in their provenance. */
  public static final String DATASET = "pooled-contributions";

  /** What every pooled output says about suppressed cells. */
  public static final String SUPPRESSION_NOTE =
      "Cells marked primary or secondary are withheld under statistical disclosure control:"
          + " their total, contributors and share are empty, never zero.";

  private PooledFormats() {}

  /** The CSV columns of a view: the two dimensions, then the figures and marks. */
  public static List<String> columns(PooledView v) {
    List<String> c = new ArrayList<>(v.dims());
    if (v.view() == PoolAggregator.View.SUPPLIER) {
      c.add("supplier_country");
    }
    c.addAll(List.of("contributors", "total", "share", "status", "concern", "perspective"));
    return c;
  }

  /** Dataset, source, vintage (the release time) and who may see it. */
  public static Provenance provenance(PooledView v) {
    return new Provenance(
        DATASET,
        "Pooled contributions: " + v.contributions() + " firms' supplier maps on this server",
        "released " + v.releasedAt(),
        "confidential: members of government and contributing organisations of this server",
        "Chokepoint pooled " + v.view().id() + " view, released " + v.releasedAt());
  }

  public static void writeCsv(PooledView v, Writer w) {
    CsvWriter csv = new CsvWriter(w);
    csv.row(columns(v));
    for (PooledView.Cell c : v.cells()) {
      List<String> row = new ArrayList<>(List.of(c.input(), c.supplier()));
      if (v.view() == PoolAggregator.View.SUPPLIER) {
        row.add(c.country());
      }
      row.add(c.contributors() == null ? "" : String.valueOf(c.contributors()));
      row.add(c.total() == null ? "" : Decimals.plain(c.total()));
      row.add(c.share() == null ? "" : Decimals.plain(c.share()));
      row.add(c.status());
      row.add(String.valueOf(c.concern()));
      row.add(String.valueOf(c.perspective()));
      csv.row(row);
    }
    csv.flush();
  }

  public static Map<String, Object> json(PooledView v) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("dataset", DATASET);
    o.put("view", v.view().id());
    o.put("dims", v.dims());
    o.put("released_at", v.releasedAt().toString());
    o.put("contributions", v.contributions());
    o.put("perspective", v.perspective());
    o.put("concern", v.concern());
    o.put("suppressed", v.suppressed());
    o.put("note", SUPPRESSION_NOTE);
    List<Map<String, Object>> cells = new ArrayList<>();
    for (PooledView.Cell c : v.cells()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("input", c.input());
      m.put(v.dims().get(1), c.supplier());
      if (v.view() == PoolAggregator.View.SUPPLIER) {
        m.put("supplier_country", c.country());
      }
      m.put("contributors", c.contributors());
      m.put("total", c.total());
      m.put("share", c.share());
      m.put("status", c.status());
      m.put("concern", c.concern());
      m.put("perspective", c.perspective());
      cells.add(m);
    }
    o.put("cells", cells);
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (PooledView.InputSummary i : v.inputs()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("input", i.input());
      m.put("total", i.total());
      m.put("concern_share", i.concernShare());
      m.put("concern_share_at_least", i.concernShareAtLeast());
      m.put("perspective_share", i.perspectiveShare());
      inputs.add(m);
    }
    o.put("inputs", inputs);
    Provenance p = provenance(v);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("dataset", p.dataset());
    s.put("source", p.source());
    s.put("vintage", p.vintage());
    s.put("licence", p.licence());
    s.put("citation", p.citation());
    o.put("sources", List.of(s));
    return o;
  }

  /** The id of the node that stands for the suppressed cells of every input. */
  public static final String SUPPRESSED_NODE = "SUPPRESSED";

  /**
   * The released country view as {@code nodes.csv} of the generic layout: one {@code country} node
   * per supplier country, one {@code input} node per input, and {@value #SUPPRESSED_NODE} (no
   * country) for what suppressed cells hold together.
   */
  public static void writeNetworkNodes(PooledView v, Writer w) {
    CsvWriter csv = new CsvWriter(w);
    csv.row(List.of("id", "kind", "name", "country"));
    Set<String> countries = new LinkedHashSet<>();
    Set<String> inputs = new LinkedHashSet<>();
    for (PooledView.Cell c : interior(v)) {
      inputs.add(c.input());
      if (c.total() != null) {
        countries.add(c.supplier());
      }
    }
    for (String c : countries) {
      boolean known = c.matches("[A-Z]{3}");
      csv.row(List.of(c, "country", known ? c : "country unknown", known ? c : ""));
    }
    csv.row(List.of(SUPPRESSED_NODE, "country", "suppressed cells (countries withheld)", ""));
    for (String i : inputs) {
      csv.row(List.of("input:" + i, "input", i, ""));
    }
    csv.flush();
  }

  /**
   * The released country view as {@code links.csv}: a link country → input per published cell, and
   * per input one link {@value #SUPPRESSED_NODE} → input carrying the input's published total less
   * its published cells (what its suppressed cells hold together, which anyone can compute from the
   * release), when the input's total is published. Suppressed cells get no link of their own: they
   * are never written as zero.
   */
  public static void writeNetworkLinks(PooledView v, Writer w) {
    CsvWriter csv = new CsvWriter(w);
    csv.row(List.of("supplier", "customer", "product", "amount"));
    Map<String, Double> published = new LinkedHashMap<>();
    for (PooledView.Cell c : interior(v)) {
      if (c.total() != null) {
        csv.row(List.of(c.supplier(), "input:" + c.input(), c.input(), Decimals.plain(c.total())));
        published.merge(c.input(), c.total(), Double::sum);
      } else {
        published.merge(c.input(), 0.0, Double::sum);
      }
    }
    for (PooledView.InputSummary i : v.inputs()) {
      double rest = i.total() == null ? 0 : i.total() - published.getOrDefault(i.input(), 0.0);
      if (i.total() != null && rest > 1e-9 * Math.max(1, i.total())) {
        csv.row(List.of(SUPPRESSED_NODE, "input:" + i.input(), i.input(), Decimals.plain(rest)));
      }
    }
    csv.flush();
  }

  /** What every pooled chokepoint output says about what it cannot see. */
  public static final String CHOKEPOINTS_NOTE =
      "Pooled chokepoints use published cells only: a supplier country hidden in a suppressed"
          + " cell cannot be found (finding it would disclose it); the suppressed remainder of an"
          + " input counts in its supply and never stops; inputs whose total is suppressed are"
          + " skipped.";

  /** Pooled chokepoints in the form {@code chokepoint chokepoints} prints and saves. */
  public static ChokepointsView chokepoints(
      PooledView v,
      PooledChokepoints.Result r,
      CountryGroup perspective,
      CountryGroup concern,
      double threshold) {
    return new ChokepointsView(
        "pooled contributions",
        perspective,
        concern,
        threshold,
        r.rows(),
        r.network(),
        List.of(provenance(v)));
  }

  /** The JSON of {@code chokepoint chokepoints}, with the skipped inputs and the note. */
  public static void writeChokepointsJson(
      ChokepointsView view, PooledChokepoints.Result r, Writer w) {
    ChokepointsReportFormat.writeJson(
        view,
        w,
        root -> {
          root.put("dataset", DATASET);
          r.skipped().forEach(root.putArray("skipped_inputs")::add);
          root.put("note", CHOKEPOINTS_NOTE);
        });
  }

  private static List<PooledView.Cell> interior(PooledView v) {
    return v.cells().stream().filter(c -> !c.margin()).toList();
  }
}

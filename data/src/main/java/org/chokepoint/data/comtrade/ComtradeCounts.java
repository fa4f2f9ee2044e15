package org.chokepoint.data.comtrade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.chokepoint.data.catalog.DatasetDescription;
import org.chokepoint.data.trade.TradeDataset;

/** What an import read and left out, and the dataset description that reports it. */
final class ComtradeCounts {
  final TreeSet<Integer> years = new TreeSet<>();
  final TreeSet<String> layouts = new TreeSet<>();
  final TreeSet<String> classifications = new TreeSet<>();
  final Map<String, Integer> otherFlows = new TreeMap<>();
  int rows;
  int reFlows;
  int breakdowns;
  int world;
  int totalCommodity;
  int zeroWeight;

  void add(ComtradeCounts c) {
    years.addAll(c.years);
    layouts.addAll(c.layouts);
    classifications.addAll(c.classifications);
    c.otherFlows.forEach((k, v) -> otherFlows.merge(k, v, Integer::sum));
    rows += c.rows;
    reFlows += c.reFlows;
    breakdowns += c.breakdowns;
    world += c.world;
    totalCommodity += c.totalCommodity;
    zeroWeight += c.zeroWeight;
  }

  DatasetDescription describe(
      ComtradeFlowTable.Result result,
      int flows,
      String classification,
      List<String> mirroredImporters) {
    List<String> w = new ArrayList<>();
    w.add(
        rows
            + " rows read ("
            + String.join(" and ", layouts)
            + " layout), "
            + flows
            + " flows stored: imports as their importers reported them; exports only where the"
            + " importer reported no imports that year");
    note(w, world, "rows with partner World left out (totals, not a partner)");
    note(w, totalCommodity, "rows with commodity TOTAL left out (all products, an aggregate)");
    note(
        w,
        result.aggregates(),
        "aggregate rows left out because finer HS codes of the same reporter, partner, year and"
            + " flow are present");
    note(w, reFlows, "re-import and re-export rows left out (parts of imports and exports)");
    if (!otherFlows.isEmpty()) {
      w.add(
          otherFlows.values().stream().mapToInt(Integer::intValue).sum()
              + " rows of other flow breakdowns left out ("
              + otherFlows.toString().replaceAll("[{}]", "")
              + ")");
    }
    note(
        w,
        breakdowns,
        "rows broken down by second partner, customs procedure or mode of transport left out"
            + " (only the totals 0, C00 and 0 are kept)");
    note(
        w,
        result.mirrorLeftOut(),
        "export rows left out as mirror data: the importer reported its own imports that year");
    if (result.mirrorUsed() > 0) {
      w.add(
          result.mirrorUsed()
              + " flows into importers that reported no imports that year ("
              + String.join(", ", mirroredImporters)
              + ") come from the exporters' reports (FOB values)");
    }
    note(w, zeroWeight, "flows with a value but a net weight of 0 have an unknown quantity");
    if (classification.contains(",")) {
      w.add("the input mixes HS revisions (" + classification + "): codes may differ in scope");
    }
    String span = years.isEmpty() ? "none" : years.first() + "-" + years.last();
    String vintage =
        years.isEmpty() ? "" : years.first().equals(years.last()) ? "" + years.first() : span;
    return new DatasetDescription(
        "UN Comtrade, bilateral trade by HS code (" + classification + "), years " + span,
        "United Nations Statistics Division (UN Comtrade)",
        "UN Comtrade terms of use (copyright United Nations; re-dissemination needs permission of"
            + " UNSD)",
        vintage,
        "United Nations Statistics Division, UN Comtrade Database, https://comtradeplus.un.org/",
        "https://comtradeplus.un.org/",
        w,
        Map.of(
            TradeDataset.VALUE_UNIT, "USD",
            TradeDataset.QUANTITY_UNIT, "metric tons",
            TradeDataset.CLASSIFICATION, classification));
  }

  private static void note(List<String> w, int count, String what) {
    if (count > 0) {
      w.add(count + " " + what);
    }
  }
}

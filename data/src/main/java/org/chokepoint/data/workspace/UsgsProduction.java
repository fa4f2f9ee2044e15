package org.chokepoint.data.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.chokepoint.data.lists.HsUsgsCrosswalk;
import org.chokepoint.data.lists.UsgsLink;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.minerals.MineralProduction;
import org.chokepoint.minerals.ProducerKind;
import org.chokepoint.trade.ProductionLookup;

/**
 * A perspective's production of a traded HS6 product, from USGS world production through the HS6 →
 * USGS crosswalk: the members' production at the linked stage, divided by the crosswalk's content
 * factor to give metric tons of the traded product. Empty when the product is not one HS6 code, has
 * no link or no factor, the year is not in the USGS data, or a member's figure is withheld or
 * unavailable. Members USGS does not list produce nothing (USGS lists every notable producer).
 */
final class UsgsProduction implements ProductionLookup {
  private final HsUsgsCrosswalk crosswalk;
  private final Map<String, List<MineralProduction>> byStage = new HashMap<>();

  UsgsProduction(HsUsgsCrosswalk crosswalk, List<MineralProduction> production) {
    this.crosswalk = crosswalk;
    for (MineralProduction p : production) {
      byStage
          .computeIfAbsent(
              key(p.commodity(), p.stage(), p.year()), k -> new java.util.ArrayList<>())
          .add(p);
    }
  }

  private static String key(String commodity, String stage, int year) {
    return commodity + "\u0000" + stage + "\u0000" + year;
  }

  @Override
  public OptionalDouble production(String product, CountryGroup perspective, int year) {
    if (!product.matches("hs:\\d{6}")) {
      return OptionalDouble.empty();
    }
    Optional<UsgsLink> link = crosswalk.findByHs6(product.substring(3));
    if (link.isEmpty() || link.get().usgsUnitsPerTonne().isEmpty()) {
      return OptionalDouble.empty();
    }
    List<MineralProduction> rows =
        byStage.get(key(link.get().commodity(), link.get().stage(), year));
    if (rows == null) {
      return OptionalDouble.empty();
    }
    double sum = 0;
    for (CountryCode member : perspective.members()) {
      for (MineralProduction p : rows) {
        if (p.kind() == ProducerKind.COUNTRY && p.country().equals(member)) {
          if (!p.quantity().isKnown()) {
            return OptionalDouble.empty();
          }
          sum += p.quantity().value();
        }
      }
    }
    return OptionalDouble.of(sum / link.get().usgsUnitsPerTonne().getAsDouble());
  }
}

package org.chokepoint.data.eto;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.chokepoint.data.catalog.Dataset;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.network.Input;
import org.chokepoint.network.NodeKind;
import org.chokepoint.network.Provider;
import org.chokepoint.network.Provision;
import org.chokepoint.network.TechnologyNetwork;

/** Reads an imported ETO dataset into a {@link TechnologyNetwork}. */
public final class EtoChipsDataset {
  private EtoChipsDataset() {}

  public static boolean isTechnologyNetwork(Dataset d) {
    return d.manifest().property("kind").equals("technology-network");
  }

  public static TechnologyNetwork network(Dataset d) {
    List<Input> inputs = new ArrayList<>();
    d.table("inputs")
        .forEachRow(
            r -> {
              String type = r.get("type");
              NodeKind kind =
                  switch (type) {
                    case "ultimate_output" -> NodeKind.PRODUCT;
                    case "stage" -> NodeKind.STAGE;
                    default -> NodeKind.INPUT;
                  };
              inputs.add(new Input(r.get("id"), r.get("name"), kind, type, r.get("stage")));
            });
    List<Provider> providers = new ArrayList<>();
    d.table("providers")
        .forEachRow(
            r -> {
              String c = r.get("country");
              providers.add(
                  new Provider(
                      r.get("id"),
                      r.get("name"),
                      r.get("kind").equals("country") ? NodeKind.COUNTRY : NodeKind.FIRM,
                      c.isEmpty() ? null : CountryCode.of(c),
                      r.bool("unattributed")));
            });
    List<Provision> provisions = new ArrayList<>();
    d.table("provision")
        .forEachRow(
            r ->
                provisions.add(
                    new Provision(
                        r.get("provider"),
                        r.get("input"),
                        r.get("share").isEmpty()
                            ? OptionalDouble.empty()
                            : OptionalDouble.of(Double.parseDouble(r.get("share"))),
                        r.integer("year"),
                        r.get("source"))));
    List<String[]> goesInto = new ArrayList<>();
    List<String[]> isTypeOf = new ArrayList<>();
    d.table("links")
        .forEachRow(
            r -> {
              String[] e = {r.get("from"), r.get("to")};
              (r.get("relation").equals("goes_into") ? goesInto : isTypeOf).add(e);
            });
    return new TechnologyNetwork(inputs, providers, provisions, goesInto, isTypeOf);
  }
}

package org.chokepoint.network;

import java.util.List;
import java.util.OptionalDouble;
import org.chokepoint.geo.CountryCode;

/**
 * A hand-made network: product X needs process A and input D; A needs tool B, material C and a tool
 * of general kind T, whose kinds T1 and T2 substitute; E and F need each other (a cycle) and G
 * stands apart. Shares: B JPN 90 % / CHN 10 % (firms F1 JPN 90 %, F2 CHN 10 %); C CHN 60 %, USA 30
 * %, various countries 10 %; T1 NLD 100 %; T2 USA 50 %, JPN 50 %; E JPN 100 %; G CHN 100 %.
 */
final class NetworkFixture {
  private NetworkFixture() {}

  static TechnologyNetwork network() {
    List<Input> inputs =
        List.of(
            new Input("X", "Product", NodeKind.PRODUCT, "ultimate_output", ""),
            new Input("A", "Process", NodeKind.INPUT, "process", ""),
            new Input("B", "Tool", NodeKind.INPUT, "tool_resource", ""),
            new Input("C", "Material", NodeKind.INPUT, "material_resource", ""),
            new Input("D", "Unknown input", NodeKind.INPUT, "material_resource", ""),
            new Input("T", "General tool", NodeKind.INPUT, "tool_resource", ""),
            new Input("T1", "Tool kind 1", NodeKind.INPUT, "tool_resource", ""),
            new Input("T2", "Tool kind 2", NodeKind.INPUT, "tool_resource", ""),
            new Input("E", "Cycle 1", NodeKind.INPUT, "process", ""),
            new Input("F", "Cycle 2", NodeKind.INPUT, "process", ""),
            new Input("G", "Apart", NodeKind.INPUT, "material_resource", ""));
    List<Provider> providers =
        List.of(
            country("P1", "JPN"),
            country("P2", "CHN"),
            country("P3", "NLD"),
            country("P4", "USA"),
            new Provider("P5", "Various countries", NodeKind.COUNTRY, null, true),
            new Provider("F1", "Firm One", NodeKind.FIRM, CountryCode.of("JPN"), false),
            new Provider("F2", "Firm Two", NodeKind.FIRM, CountryCode.of("CHN"), false));
    List<Provision> provision =
        List.of(
            share("P1", "B", 0.9),
            share("P2", "B", 0.1),
            share("F1", "B", 0.9),
            share("F2", "B", 0.1),
            share("P2", "C", 0.6),
            share("P4", "C", 0.3),
            share("P5", "C", 0.1),
            share("P3", "T1", 1.0),
            share("P4", "T2", 0.5),
            share("P1", "T2", 0.5),
            share("P1", "E", 1.0),
            share("P2", "G", 1.0),
            new Provision("P2", "D", OptionalDouble.empty(), 2019, "named without a share"));
    List<String[]> goesInto =
        List.of(
            new String[] {"B", "A"},
            new String[] {"C", "A"},
            new String[] {"T", "A"},
            new String[] {"A", "X"},
            new String[] {"D", "X"},
            new String[] {"E", "F"},
            new String[] {"F", "E"});
    List<String[]> isTypeOf = List.of(new String[] {"T1", "T"}, new String[] {"T2", "T"});
    return new TechnologyNetwork(inputs, providers, provision, goesInto, isTypeOf);
  }

  private static Provider country(String id, String iso3) {
    return new Provider(id, iso3, NodeKind.COUNTRY, CountryCode.of(iso3), false);
  }

  private static Provision share(String provider, String input, double share) {
    return new Provision(provider, input, OptionalDouble.of(share), 2025, "fixture");
  }
}

package org.chokepoint.workspace.contribution;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chokepoint.network.NodeKind;
import org.chokepoint.network.SupplierMap;

/**
 * SYNTHETIC supplier maps of semiconductor inputs (photoresist, neon, wafers) for three firms, in
 * the generic network layout with the optional {@code group} column. Invented numbers; no firm's
 * real data. The pooled figures the tests expect are worked by hand from these lines in
 * docs/methods/pooled-contributions.md ("A worked example").
 */
public final class SyntheticMaps {
  private SyntheticMaps() {}

  /** Firm A (JPN): two legal entities of enterprise group GA. */
  public static final String A_NODES =
      """
      id,kind,name,country,group
      A-JP,firm,SYNTHETIC Chipmaker A Japan,JPN,GA
      A-US,firm,SYNTHETIC Chipmaker A Texas,USA,GA
      S1,firm,SYNTHETIC Resist Co,JPN,
      S2,firm,SYNTHETIC Neon Gas,KOR,
      S3,firm,SYNTHETIC Wafer Works,TWN,
      """;

  public static final String A_LINKS =
      """
      supplier,customer,product,amount
      S1,A-JP,photoresist,30
      S1,A-US,photoresist,20
      S2,A-JP,neon,10
      S3,A-JP,wafers,100
      """;

  /** Firm B (KOR): one entity, no group declared (the layout without the group column). */
  public static final String B_NODES =
      """
      id,kind,name,country
      B-KR,firm,SYNTHETIC Fab B,KOR
      R,firm,SYNTHETIC Resist Co,JPN
      N,firm,SYNTHETIC Neon Works,CHN
      W,firm,SYNTHETIC Wafer Works,TWN
      """;

  public static final String B_LINKS =
      """
      supplier,customer,product,amount
      R,B-KR,photoresist,40
      N,B-KR,neon,30
      W,B-KR,wafers,50
      """;

  /** Firm C (USA): one entity, no group declared. */
  public static final String C_NODES =
      """
      id,kind,name,country,group
      C-US,firm,SYNTHETIC Foundry C,USA,
      R1,firm,SYNTHETIC Resist Co,JPN,
      R2,firm,SYNTHETIC Resist America,USA,
      N1,firm,SYNTHETIC Neon Works,CHN,
      W1,firm,SYNTHETIC Wafer Works,TWN,
      """;

  public static final String C_LINKS =
      """
      supplier,customer,product,amount
      R1,C-US,photoresist,30
      R2,C-US,photoresist,10
      N1,C-US,neon,20
      W1,C-US,wafers,50
      """;

  public static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A test-side reader of these simple files (no quotes, no errors), so the workspace tests do not
   * depend on the data module; the data module's reader is tested on the same files there.
   */
  public static SupplierMap parse(String nodes, String links) {
    List<SupplierMap.Node> ns = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    List<String> nodeLines = nodes.lines().skip(1).toList();
    for (String line : nodeLines) {
      String[] f = line.split(",", -1);
      index.put(f[0], ns.size());
      ns.add(
          new SupplierMap.Node(
              f[0],
              NodeKind.valueOf(f[1].toUpperCase(Locale.ROOT)),
              f[2],
              f[3],
              f.length > 4 ? f[4] : ""));
    }
    List<SupplierMap.Link> ls = new ArrayList<>();
    for (String line : links.lines().skip(1).toList()) {
      String[] f = line.split(",", -1);
      ls.add(
          new SupplierMap.Link(index.get(f[0]), index.get(f[1]), f[2], Double.parseDouble(f[3])));
    }
    return new SupplierMap(ns, ls);
  }

  /** The parser the service takes, over {@link #parse}. */
  public static final ContributionService.Parser PARSER =
      (nodesName, n, linksName, l) ->
          parse(new String(n, StandardCharsets.UTF_8), new String(l, StandardCharsets.UTF_8));
}

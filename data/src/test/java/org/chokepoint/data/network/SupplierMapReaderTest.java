package org.chokepoint.data.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.geo.Countries;
import org.chokepoint.network.NodeKind;
import org.chokepoint.network.SupplierMap;
import org.junit.jupiter.api.Test;

/** A contribution's two files read with the generic layout's readers, and their errors. */
class SupplierMapReaderTest {
  private static final String NODES =
      "id,kind,name,country,group\n"
          + "A-JP,firm,SYNTHETIC Chipmaker A Japan,JPN,GA\n"
          + "S1,FIRM,\"SYNTHETIC Resist Co, Ltd\",jpn,\n";
  private static final String LINKS = "supplier,customer,product,amount\nS1,A-JP,photoresist,30\n";

  private static SupplierMap read(String nodes, String links) {
    return new SupplierMapReader(Countries.none())
        .read(
            "nodes.csv",
            nodes.getBytes(StandardCharsets.UTF_8),
            "links.csv",
            links.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsNodesWithGroupsAndLinks() {
    SupplierMap m = read(NODES, LINKS);
    assertThat(m.nodes())
        .containsExactly(
            new SupplierMap.Node("A-JP", NodeKind.FIRM, "SYNTHETIC Chipmaker A Japan", "JPN", "GA"),
            new SupplierMap.Node("S1", NodeKind.FIRM, "SYNTHETIC Resist Co, Ltd", "JPN", ""));
    assertThat(m.links()).containsExactly(new SupplierMap.Link(1, 0, "photoresist", 30));
  }

  @Test
  void theLayoutWithoutGroupsIsAccepted() {
    SupplierMap m =
        read(
            "id,kind,name,country\nF,firm,SYNTHETIC F,KOR\n", "supplier,customer,product,amount\n");
    assertThat(m.nodes().get(0).group()).isEmpty();
    assertThat(m.links()).isEmpty();
  }

  @Test
  void errorsNameFileLineColumnAndReason() {
    assertError(NODES, LINKS.replace("S1,A-JP", "S9,A-JP"), "links.csv:2:1: supplier \"S9\"");
    assertError(NODES, LINKS.replace(",30", ",-5"), "links.csv:2:4: amount \"-5\"");
    assertError(
        NODES, LINKS.replace(",30", ",ten"), "links.csv:2:4: amount \"ten\" is not a number");
    assertError(NODES.replace(",jpn,", ",JP,"), LINKS, "nodes.csv:3:4: \"JP\" is not an ISO");
    assertError(
        NODES.replace("S1,FIRM", "A-JP,FIRM"),
        LINKS,
        "nodes.csv:3:1: node id \"A-JP\" appears twice");
    assertError(
        NODES.replace("S1,FIRM", "S1,vendor"), LINKS, "nodes.csv:3:2: unknown kind \"vendor\"");
    assertError(NODES.replace(",GA\n", "\n"), LINKS, "nodes.csv:2: expected 5 fields");
    assertError("id,kind,name,country,grp\n", LINKS, "nodes.csv:1: expected the header");
    assertError(NODES, "supplier,customer,product\n", "links.csv:1: expected the header");
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedNamingTheFile() {
    byte[] bad =
        "id,kind,name,country\nF,firm,caf\u00e9,JPN\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(
            () ->
                new SupplierMapReader(Countries.none())
                    .read("nodes.csv", bad, "links.csv", LINKS.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("nodes.csv")
        .hasMessageContaining("UTF-8");
  }

  private static void assertError(String nodes, String links, String start) {
    assertThatThrownBy(() -> read(nodes, links))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith(start);
  }
}

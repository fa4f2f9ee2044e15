package org.chokepoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.account.TokenScope;
import org.chokepoint.workspace.contribution.SyntheticMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/v1/pooled} over real HTTP and PostgreSQL with the three SYNTHETIC maps of
 * semiconductor inputs (hand-worked table in PooledServiceTest): a government user sees the view
 * with the small cells suppressed, never as zero, in JSON and CSV; the rules are not shown; a firm
 * that does not contribute gets 403; the network export keeps totals with a SUPPRESSED node.
 */
class PooledApiTest {
  @TempDir Path home;
  WorkspaceServer s;
  String gov;
  String onlooker;

  @BeforeEach
  void start() {
    s = new WorkspaceServer(home, Clock.systemUTC(), false);
    var orgs = s.ws.organisations();
    Organisation meti = orgs.add("METI", OrganisationKind.GOVERNMENT, "JPN");
    gov = token("v@meti.example", meti, Role.VIEWER);
    onlooker =
        token("c@d.example", orgs.add("Onlooker D", OrganisationKind.FIRM, "DEU"), Role.ADMIN);
    String[][] firms = {
      {"Chipmaker A", "JPN", SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS},
      {"Fab B", "KOR", SyntheticMaps.B_NODES, SyntheticMaps.B_LINKS},
      {"Foundry C", "USA", SyntheticMaps.C_NODES, SyntheticMaps.C_LINKS}
    };
    for (String[] f : firms) {
      String t =
          token(
              "c@" + f[0].replace(" ", "") + ".example",
              orgs.add(f[0], OrganisationKind.FIRM, f[1]),
              Role.CONTRIBUTOR);
      HttpResponse<String> r =
          s.send(
              "POST",
              "/api/v1/contributions",
              Multipart.contribution("SYNTHETIC map", f[2], f[3]),
              "Authorization",
              "Bearer " + t,
              "Content-Type",
              Multipart.TYPE);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
  }

  private String token(String email, Organisation o, Role r) {
    return s.ws
        .tokens()
        .create(
            s.ws.users().add(email, "pw-1234567", o, r),
            r == Role.CONTRIBUTOR ? TokenScope.READ_WRITE : TokenScope.READ,
            1)
        .secret();
  }

  @AfterEach
  void stop() {
    s.close();
  }

  private HttpResponse<String> get(String token, String path) {
    return token == null
        ? s.send("GET", path, null)
        : s.send("GET", path, null, "Authorization", "Bearer " + token);
  }

  private static JsonNode cell(JsonNode v, String input, String country) {
    for (JsonNode c : v.get("cells")) {
      if (c.get("input").asText().equals(input)
          && c.get("supplier_country").asText().equals(country)) {
        return c;
      }
    }
    throw new AssertionError("no cell " + input + "/" + country);
  }

  @Test
  void aGovernmentSeesThePooledViewWithSmallCellsSuppressedNeverZero() {
    HttpResponse<String> r = get(gov, "/api/v1/pooled?perspective=jp-us&concern=CHN");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    JsonNode v = WorkspaceServer.json(r);
    assertThat(v.get("contributions").asInt()).isEqualTo(3);
    assertThat(v.get("dims").toString()).isEqualTo("[\"input\",\"supplier_country\"]");
    for (String[] p :
        List.of(
            new String[] {"neon", "CHN"},
            new String[] {"neon", "KOR"},
            new String[] {"photoresist", "USA"})) {
      JsonNode c = cell(v, p[0], p[1]);
      assertThat(c.get("status").asText()).isEqualTo("primary");
      assertThat(c.get("total").isNull()).isTrue();
      assertThat(c.get("contributors").isNull()).isTrue();
    }
    JsonNode wafers = cell(v, "wafers", "TWN");
    assertThat(wafers.get("total").asDouble()).isEqualTo(200.0);
    assertThat(wafers.get("contributors").asInt()).isEqualTo(3);
    assertThat(cell(v, "neon", "CHN").get("concern").asBoolean()).isTrue();
    assertThat(v.get("sources").get(0).get("vintage").asText()).startsWith("released 20");
    // the rules are server configuration, never shown
    assertThat(r.body()).doesNotContain("freq", "nk:", "p:p", "k=75");

    String csv = get(gov, "/api/v1/pooled?format=csv&concern=CHN").body();
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("input,supplier_country,contributors,total,share,status,concern,perspective");
    assertThat(lines)
        .contains("neon,CHN,,,,primary,true,false", "wafers,TWN,3,200,1,safe,false,false");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (f[5].equals("primary") || f[5].equals("secondary")) {
        assertThat(f[2] + f[3] + f[4]).as(line).isEmpty();
      } else {
        assertThat(f[3]).as(line).isNotEqualTo("0");
      }
    }
    assertThat(csv).doesNotContain("freq");
  }

  @Test
  void firmsWithoutAContributionAndAnonymousCallersAreRefused() {
    assertThat(get(onlooker, "/api/v1/pooled").statusCode()).isEqualTo(403);
    assertThat(get(onlooker, "/api/v1/pooled/network").statusCode()).isEqualTo(403);
    assertThat(get(null, "/api/v1/pooled").statusCode()).isEqualTo(401);
  }

  @Test
  void theNetworkExportKeepsEachInputsTotalWithTheSuppressedNode() {
    String nodes = get(gov, "/api/v1/pooled/network?file=nodes&format=csv").body();
    String links = get(gov, "/api/v1/pooled/network?file=links&format=csv").body();
    assertThat(nodes.lines().findFirst()).hasValue("id,kind,name,country");
    assertThat(nodes).contains("SUPPRESSED,country,suppressed cells (countries withheld),");
    assertThat(links.lines().findFirst()).hasValue("supplier,customer,product,amount");
    assertThat(links).contains("TWN,input:wafers,wafers,200");
    assertThat(links).doesNotContain(",0\r\n");
    JsonNode v = WorkspaceServer.json(get(gov, "/api/v1/pooled"));
    for (JsonNode input : v.get("inputs")) {
      if (input.get("total").isNull()) {
        continue;
      }
      String name = input.get("input").asText();
      double sum =
          links
              .lines()
              .skip(1)
              .map(l -> l.split(","))
              .filter(f -> f[2].equals(name))
              .mapToDouble(f -> Double.parseDouble(f[3]))
              .sum();
      assertThat(sum).as(name).isEqualTo(input.get("total").asDouble());
    }
  }

  @Test
  void chokepointsOfTheReleasedCountryViewWithTheSkippedInputs() {
    // by hand (SYNTHETIC maps): wafers TWN 200 of a published 200 → share 1, left 0; the neon
    // and photoresist totals are suppressed, so both inputs are skipped
    String csv = get(gov, "/api/v1/pooled/chokepoints?format=csv").body();
    assertThat(csv.lines().findFirst().orElseThrow())
        .startsWith("product,input,provider,provider_country,share,holder,residual_capacity");
    assertThat(csv).contains("input:wafers,input:wafers,TWN,TWN,1,other,0,");
    assertThat(csv.strip().lines()).hasSize(2);
    JsonNode j = WorkspaceServer.json(get(gov, "/api/v1/pooled/chokepoints"));
    assertThat(j.get("skipped_inputs").toString()).isEqualTo("[\"neon\",\"photoresist\"]");
    assertThat(j.get("rows").get(0).get("residual_capacity").asDouble()).isEqualTo(0.0);
    assertThat(get(gov, "/api/v1/pooled/chokepoints?threshold=1.5").statusCode()).isEqualTo(400);
    assertThat(get(onlooker, "/api/v1/pooled/chokepoints").statusCode()).isEqualTo(403);
  }
}

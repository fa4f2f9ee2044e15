package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.chokepoint.workspace.contribution.SyntheticMaps;
import org.chokepoint.workspace.db.EmbeddedPostgres;
import org.chokepoint.workspace.db.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint contribution add|list|withdraw} (and {@code pooled}) against a real PostgreSQL
 * database named by {@code database.url}, with the SYNTHETIC supplier maps.
 */
class ContributionCommandTest {
  @TempDir Path home;

  private static int next;

  /** A data directory on a fresh database, with firms A, B, C, a government and their users. */
  Path workspace() throws Exception {
    EmbeddedPostgres pg = TestPostgres.server();
    String name = "contrib_" + ProcessHandle.current().pid() + "_" + (++next);
    pg.dropDatabase(name);
    pg.createDatabase(name);
    Files.writeString(
        home.resolve("config.yaml"),
        "database:\n  url: "
            + pg.jdbcUrl(name)
            + "\n  user: "
            + pg.user()
            + "\n  password: \""
            + pg.password()
            + "\"\n");
    org("Chipmaker A", "firm", "JPN", "c@a.example", "contributor");
    org("Fab B", "firm", "KOR", "c@b.example", "contributor");
    org("Foundry C", "firm", "USA", "c@c.example", "admin");
    org("METI", "government", "JPN", "v@meti.example", "viewer");
    return home;
  }

  private void org(String name, String kind, String country, String email, String role) {
    CliRun o =
        CliRun.run(
            home, "admin", "org", "add", "--name", name, "--kind", kind, "--country", country);
    assertThat(o.exitCode()).as(o.err()).isZero();
    InputStream old = System.in;
    System.setIn(new ByteArrayInputStream("a long passphrase\n".getBytes(StandardCharsets.UTF_8)));
    try {
      CliRun u =
          CliRun.run(
              home,
              "admin",
              "user",
              "add",
              "--email",
              email,
              "--org",
              name,
              "--role",
              role,
              "--password-stdin");
      assertThat(u.exitCode()).as(u.err()).isZero();
    } finally {
      System.setIn(old);
    }
  }

  private static String nodesSha(Path folder) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(folder.resolve("nodes.csv"))));
  }

  Path folder(String name, String nodes, String links) throws Exception {
    Path f = Files.createDirectories(home.resolve(name));
    Files.writeString(f.resolve("nodes.csv"), nodes);
    Files.writeString(f.resolve("links.csv"), links);
    Files.writeString(f.resolve("README.txt"), "SYNTHETIC supplier map for tests\n");
    return f;
  }

  @Test
  void addListWithdraw() throws Exception {
    workspace();
    Path a = folder("firm-a", SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS);
    CliRun add = CliRun.run(home, "contribution", "add", "--as", "c@a.example", a.toString());
    assertThat(add.exitCode()).as(add.err()).isZero();
    assertThat(add.out())
        .contains(
            "contribution 1 \"firm-a\" of Chipmaker A: version 1 stored as TLP:RED (5 nodes, 4"
                + " links)");
    CliRun again = CliRun.run(home, "contribution", "add", "--as", "c@a.example", a.toString());
    assertThat(again.out()).contains("version 2");

    CliRun list =
        CliRun.run(home, "contribution", "list", "--as", "c@a.example", "--format", "csv");
    assertThat(list.out().split("\r?\n")[0])
        .isEqualTo("id,name,label,owner,version,uploaded_at,links,withdrawn_at");
    assertThat(list.out()).contains("1,firm-a,TLP:RED,Chipmaker A,2,");
    // firm B sees nothing of A's
    CliRun listB =
        CliRun.run(home, "contribution", "list", "--as", "c@b.example", "--format", "csv");
    assertThat(listB.out().strip())
        .isEqualTo("id,name,label,owner,version,uploaded_at,links,withdrawn_at");
    CliRun withdrawB = CliRun.run(home, "contribution", "withdraw", "--as", "c@b.example", "1");
    assertThat(withdrawB.exitCode()).isNotZero();
    assertThat(withdrawB.err()).contains("no contribution 1");

    CliRun withdraw = CliRun.run(home, "contribution", "withdraw", "--as", "c@a.example", "1");
    assertThat(withdraw.exitCode()).as(withdraw.err()).isZero();
    assertThat(withdraw.out()).contains("contribution 1 withdrawn at", "versions 1-2 deleted");

    // the versions stay listed after withdrawal, with the hashes of the files as uploaded
    CliRun versions =
        CliRun.run(home, "contribution", "versions", "--as", "c@a.example", "1", "--format", "csv");
    assertThat(versions.exitCode()).as(versions.err()).isZero();
    List<String> lines = versions.out().strip().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "version,uploaded_by,uploaded_at,nodes,links,nodes_sha256,links_sha256,rows_kept");
    String linksSha =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(a.resolve("links.csv"))));
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1))
        .startsWith("1,c@a.example,")
        .endsWith(",5,4," + nodesSha(a) + "," + linksSha + ",false");
    assertThat(lines.get(2)).startsWith("2,c@a.example,").endsWith("," + linksSha + ",false");
    CliRun versionsB = CliRun.run(home, "contribution", "versions", "--as", "c@b.example", "1");
    assertThat(versionsB.exitCode()).isNotZero();
    assertThat(versionsB.err()).contains("no contribution 1");
  }

  @Test
  void aBadFileNamesFileLineAndColumnAndStoresNothing() throws Exception {
    workspace();
    Path bad =
        folder("bad", SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS.replace("S3,A-JP", "S9,A-JP"));
    CliRun add = CliRun.run(home, "contribution", "add", "--as", "c@a.example", bad.toString());
    assertThat(add.exitCode()).isNotZero();
    assertThat(add.err())
        .contains(bad.resolve("links.csv") + ":5:1: supplier \"S9\" is not a node id");
    CliRun list =
        CliRun.run(home, "contribution", "list", "--as", "c@a.example", "--format", "csv");
    assertThat(list.out().strip().lines()).hasSize(1);
  }

  @Test
  void pooledForAGovernmentAndItsExportAsPooledEvidence() throws Exception {
    workspace();
    String[][] firms = {
      {"c@a.example", SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS},
      {"c@b.example", SyntheticMaps.B_NODES, SyntheticMaps.B_LINKS},
      {"c@c.example", SyntheticMaps.C_NODES, SyntheticMaps.C_LINKS}
    };
    int i = 0;
    for (String[] f : firms) {
      Path dir = folder("firm-" + (i++), f[1], f[2]);
      assertThat(CliRun.run(home, "contribution", "add", "--as", f[0], dir.toString()).exitCode())
          .isZero();
    }
    Path export = home.resolve("pooled-net");
    CliRun csv =
        CliRun.run(
            home,
            "pooled",
            "--as",
            "v@meti.example",
            "--concern",
            "CHN",
            "--format",
            "csv",
            "--export-network",
            export.toString());
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    assertThat(csv.out()).contains("neon,CHN,,,,primary,true,", "wafers,TWN,3,200,1,safe,false,");
    assertThat(csv.err()).contains("source: Pooled contributions: 3 firms' supplier maps");
    CliRun table = CliRun.run(home, "pooled", "--as", "v@meti.example");
    assertThat(table.out()).contains("(suppressed)", "Pooled contributions (3), released");
    // pooled chokepoints, by hand: wafers TWN 200 of a published 200, share 1, so losing TWN
    // leaves 0; the neon and photoresist totals are suppressed, so both inputs are skipped
    CliRun cp =
        CliRun.run(home, "pooled", "--as", "v@meti.example", "--chokepoints", "--format", "csv");
    assertThat(cp.exitCode()).as(cp.err()).isZero();
    assertThat(cp.out())
        .startsWith("product,input,provider,provider_country,share,holder,residual_capacity,")
        .contains("input:wafers,input:wafers,TWN,TWN,1,other,0,");
    assertThat(cp.out().strip().lines()).hasSize(2);
    assertThat(cp.err())
        .contains("source: Pooled contributions: 3 firms' supplier maps", "released ")
        .contains("skipped (input total suppressed): neon, photoresist");
    CliRun cpJson =
        CliRun.run(home, "pooled", "--as", "v@meti.example", "--chokepoints", "--format", "json");
    assertThat(cpJson.out()).contains("\"skipped_inputs\"", "\"photoresist\"", "\"TWN\"");
    CliRun cpTable =
        CliRun.run(home, "pooled", "--as", "v@meti.example", "--chokepoints", "--threshold", "0.5");
    assertThat(cpTable.out())
        .contains("wafers [input:wafers]", "Pooled evidence, released", "neon, photoresist");
    // a firm without a contribution may not
    CliRun refused = CliRun.run(home, "contribution", "withdraw", "--as", "c@b.example", "2");
    assertThat(refused.exitCode()).isZero();
    CliRun b = CliRun.run(home, "pooled", "--as", "c@b.example");
    assertThat(b.exitCode()).isNotZero();
    assertThat(b.err()).contains("pooled views are for members of government organisations");

    // the export imports as a firm network: wafers come only from TWN (200), so its exposure
    // to a TWN shock is 1
    CliRun imp = CliRun.run(home, "network", "import", "pooled", export.toString());
    assertThat(imp.exitCode()).as(imp.err()).isZero();
    CliRun exp =
        CliRun.run(
            home,
            "network",
            "exposure",
            "--network",
            "pooled",
            "--shock",
            "country:TWN",
            "--format",
            "csv");
    assertThat(exp.exitCode()).as(exp.err()).isZero();
    assertThat(exp.out()).contains("input:wafers,1,");
  }
}

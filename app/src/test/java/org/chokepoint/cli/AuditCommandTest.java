package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.chokepoint.app.WorkspaceDatabase;
import org.chokepoint.workspace.audit.AuditEvent;
import org.chokepoint.workspace.audit.AuditKeys;
import org.chokepoint.workspace.audit.AuditLog;
import org.chokepoint.workspace.audit.Merkle;
import org.chokepoint.workspace.db.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code chokepoint audit} against the embedded server of a data directory, as a user runs it: a
 * log written through the workspace, then verified, listed, proved, and verified again after one
 * byte of one entry is changed in the database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditCommandTest {
  private static Path home;

  private static AuditEvent event(int i) {
    return new AuditEvent(
        Instant.parse("2026-11-27T09:00:00Z").plusSeconds(60L * i),
        "user:" + (1 + i % 2),
        i == 0 ? "auth.login" : "object.read",
        i == 0 ? "" : "assessment:" + i,
        "allow",
        "label=TLP:GREEN");
  }

  @BeforeAll
  static void writeALog() throws Exception {
    // a folder under target: as root the server runs as 'nobody', who cannot enter JUnit's folders
    home = Path.of("target", "audit-cli-" + System.nanoTime()).toAbsolutePath();
    Files.createDirectories(home);
    try (Database db = WorkspaceDatabase.open(home, line -> {});
        AuditLog log = AuditLog.open(db.dataSource(), AuditKeys.folderOf(home))) {
      for (int i = 0; i < 5; i++) {
        log.append(event(i));
      }
    }
  }

  @Test
  @Order(1)
  void verifyPassesAndPrintsWhatItChecked() {
    CliRun r = CliRun.run(home, "audit", "verify");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("audit log verified: 5 entries, 5 checkpoints");
    assertThat(r.out()).containsPattern("root at size 5: [0-9a-f]{64}");
  }

  @Test
  @Order(2)
  void listWritesCsvAndJson() throws Exception {
    CliRun csv =
        CliRun.run(home, "audit", "list", "--from", "1", "--limit", "2", "--format", "csv");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    List<String> lines = csv.outLines();
    assertThat(lines.get(0)).isEqualTo("seq,time,actor,action,object,outcome,detail,leaf_hash");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1))
        .startsWith(
            "1,2026-11-27T09:01:00.000000Z,user:2,object.read,assessment:1,allow,label=TLP:GREEN,");

    CliRun json = CliRun.run(home, "audit", "list", "--format", "json");
    JsonNode root = OutputOptions.JSON.readTree(json.out());
    assertThat(root.get("tree_size").asLong()).isEqualTo(5);
    assertThat(root.get("entries")).hasSize(5);
    assertThat(root.get("entries").get(0).get("action").asText()).isEqualTo("auth.login");
  }

  @Test
  @Order(3)
  void aProofChecksAgainstTheSignedCheckpointByTheRfcAlgorithm() throws Exception {
    CliRun r = CliRun.run(home, "audit", "proof", "--entry", "3");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode p = OutputOptions.JSON.readTree(r.out());
    assertThat(p.get("tree_size").asLong()).isEqualTo(5);
    assertThat(p.get("verified").asBoolean()).isTrue();
    HexFormat hex = HexFormat.of();
    List<byte[]> path = new ArrayList<>();
    p.get("inclusion_path").forEach(n -> path.add(hex.parseHex(n.asText())));
    assertThat(path).hasSize(3); // size 5: leaf 3's path is [leaf 2, node(0..1), leaf 4]
    byte[] root = hex.parseHex(p.get("checkpoint").get("root_hash").asText());
    byte[] leaf = hex.parseHex(p.get("leaf_hash").asText());
    assertThat(Merkle.verifyInclusion(3, 5, leaf, path, root)).isTrue();
    assertThat(p.get("checkpoint").get("signature_valid").asBoolean()).isTrue();

    CliRun smaller = CliRun.run(home, "audit", "proof", "--entry", "0", "--size", "2");
    assertThat(OutputOptions.JSON.readTree(smaller.out()).get("inclusion_path")).hasSize(1);

    CliRun bad = CliRun.run(home, "audit", "proof", "--entry", "5");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("entry 5 is not in a tree of 5 entries");
  }

  @Test
  @Order(4)
  void checkpointPrintsTheSignedTextAndThePublicKey() throws Exception {
    CliRun r = CliRun.run(home, "audit", "checkpoint");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("chokepoint audit log v1\n5\n")
        .contains("signature valid: true")
        .contains("-----BEGIN PUBLIC KEY-----");
    CliRun json = CliRun.run(home, "audit", "checkpoint", "--format", "json");
    assertThat(OutputOptions.JSON.readTree(json.out()).get("tree_size").asLong()).isEqualTo(5);
    Files.writeString(home.resolve("held-checkpoint.json"), json.out());
    CliRun held =
        CliRun.run(
            home,
            "audit",
            "verify",
            "--checkpoint",
            home.resolve("held-checkpoint.json").toString());
    assertThat(held.exitCode()).as(held.out() + held.err()).isZero();
    assertThat(held.out()).contains("the log holds the history of the 1 checkpoint(s) given");
  }

  @Test
  @Order(5)
  void aTailCutWithItsCheckpointsIsFoundOnlyWithACheckpointHeldElsewhere() throws Exception {
    tamper(
        "DELETE FROM audit_entry WHERE seq >= 4",
        "DELETE FROM audit_checkpoint WHERE tree_size >= 5");
    CliRun plain = CliRun.run(home, "audit", "verify");
    assertThat(plain.exitCode()).as(plain.out()).isZero(); // the documented limit
    assertThat(plain.out()).contains("4 entries, 4 checkpoints");
    CliRun held =
        CliRun.run(
            home,
            "audit",
            "verify",
            "--checkpoint",
            home.resolve("held-checkpoint.json").toString());
    assertThat(held.exitCode()).isEqualTo(1);
    assertThat(held.out())
        .contains("FAILED: entries 4..4 are missing: the checkpoint held outside the log, of 5")
        .contains("cut off");
  }

  private static void tamper(String... sql) throws Exception {
    try (Database db = WorkspaceDatabase.open(home, line -> {});
        Connection c = db.connection();
        Statement s = c.createStatement()) {
      s.execute("SET session_replication_role = replica");
      for (String q : sql) {
        s.execute(q);
      }
    }
  }

  @Test
  @Order(6)
  void verifyFailsNamingTheEntryWhoseByteWasChanged() throws Exception {
    try (Database db = WorkspaceDatabase.open(home, line -> {});
        Connection c = db.connection()) {
      try (Statement s = c.createStatement()) {
        s.execute("SET session_replication_role = replica");
      }
      byte[] entry;
      try (PreparedStatement p = c.prepareStatement("SELECT entry FROM audit_entry WHERE seq = 2");
          var rs = p.executeQuery()) {
        rs.next();
        entry = rs.getBytes(1);
      }
      int at = new String(entry, StandardCharsets.UTF_8).indexOf("user:1") + 5;
      entry[at] = '9';
      try (PreparedStatement p =
          c.prepareStatement("UPDATE audit_entry SET entry = ? WHERE seq = 2")) {
        p.setBytes(1, entry);
        p.executeUpdate();
      }
    }
    CliRun r = CliRun.run(home, "audit", "verify");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out())
        .contains(
            "audit log verification FAILED: entry 2 (2026-11-27T09:02:00.000000Z, object.read,"
                + " user:9)")
        .contains("changed after it was written")
        .contains("checked before the failure: 2 entries, 2 checkpoints");
    CliRun badFile = CliRun.run(home, "audit", "verify", "--checkpoint", "pom.xml");
    assertThat(badFile.exitCode()).isEqualTo(1);
    assertThat(badFile.err()).contains("pom.xml: not a checkpoint");
  }
}

package org.chokepoint.workspace.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chokepoint.workspace.contribution.SyntheticMaps.bytes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.chokepoint.workspace.MemoryAudit;
import org.chokepoint.workspace.MutableClock;
import org.chokepoint.workspace.WorkspaceServices;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.account.TokenScope;
import org.chokepoint.workspace.audit.AuditEvent;
import org.chokepoint.workspace.db.TestPostgres;
import org.chokepoint.workspace.label.TlpLabel;
import org.chokepoint.workspace.policy.AccessDenied;
import org.chokepoint.workspace.policy.Action;
import org.chokepoint.workspace.policy.Principal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Uploading, versioning, isolation and withdrawal of contributions, on real PostgreSQL. */
class ContributionServiceTest {
  private final MemoryAudit audit = new MemoryAudit();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
  private final WorkspaceServices ws =
      new WorkspaceServices(TestPostgres.freshDatabase(), audit, clock);
  private final Organisation firmA =
      ws.organisations().add("Chipmaker A", OrganisationKind.FIRM, "JPN");
  private final Organisation firmB = ws.organisations().add("Fab B", OrganisationKind.FIRM, "KOR");
  private final Principal aContributor = member("c@a.example", firmA, Role.CONTRIBUTOR);
  private final Principal aAdmin = member("admin@a.example", firmA, Role.ADMIN);
  private final Principal aAnalyst = member("analyst@a.example", firmA, Role.ANALYST);
  private final Principal bContributor = member("c@b.example", firmB, Role.CONTRIBUTOR);

  private Principal member(String email, Organisation o, Role r) {
    return Principal.session(ws.users().add(email, "pw-1234567", o, r));
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private Contribution upload(Principal p, String name, String nodes, String links) {
    return ws.contributions()
        .upload(
            p,
            new ContributionService.Upload(
                name, null, "nodes.csv", bytes(nodes), "links.csv", bytes(links)),
            SyntheticMaps.PARSER);
  }

  @Test
  void anUploadIsStoredAsTlpRedVersionOneOwnedByTheFirm() {
    Contribution c =
        upload(aContributor, "2026 suppliers", SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS);
    assertThat(c.labelled().label()).isEqualTo(TlpLabel.RED);
    assertThat(c.owner()).isEqualTo("Chipmaker A");
    assertThat(c.versions()).hasSize(1);
    assertThat(c.current().nodes()).isEqualTo(5);
    assertThat(c.current().links()).isEqualTo(4);
    assertThat(c.current().nodesSha256())
        .isEqualTo(ContributionService.sha256(bytes(SyntheticMaps.A_NODES)));
    assertThat(ws.contributions().rows(aContributor, c.id(), 1))
        .isEqualTo(SyntheticMaps.parse(SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS));
    // the audit log holds the id and the hashes, never the name or a row
    AuditEvent e = audit.of("contribution.upload").get(0);
    assertThat(e.object()).isEqualTo("contribution:" + c.id());
    assertThat(e.detail()).contains("version 1", c.current().linksSha256());
    assertThat(audit.events().toString()).doesNotContain("2026 suppliers", "Resist", "photoresist");
  }

  @Test
  void theSameNameMakesTheNextVersionAndOldVersionsStayReadable() {
    Contribution v1 =
        upload(aContributor, "suppliers", SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS);
    clock.advance(Duration.ofHours(1));
    String changed = SyntheticMaps.A_LINKS.replace("S3,A-JP,wafers,100", "S3,A-JP,wafers,120");
    // another contributor of the same firm, the name in another case
    Contribution v2 = upload(aAdmin, "Suppliers", SyntheticMaps.A_NODES, changed);
    assertThat(v2.id()).isEqualTo(v1.id());
    assertThat(v2.versions()).extracting(Contribution.Version::version).containsExactly(1, 2);
    assertThat(v2.current().uploadedBy()).isEqualTo("admin@a.example");
    assertThat(ws.contributions().rows(aContributor, v1.id(), 1).links().get(3).amount())
        .isEqualTo(100);
    assertThat(ws.contributions().rows(aContributor, v1.id(), 2).links().get(3).amount())
        .isEqualTo(120);
    // another name is another contribution
    assertThat(upload(aContributor, "other", SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS).id())
        .isNotEqualTo(v1.id());
  }

  @Test
  void onlyTheOwnersContributorsAndAdminsSeeAContributionAnyoneElseGetsMissing() {
    Contribution a = upload(aContributor, "a", SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS);
    Contribution b = upload(bContributor, "b", SyntheticMaps.B_NODES, SyntheticMaps.B_LINKS);
    assertThat(ws.contributions().list(aContributor, Action.LIST))
        .extracting(Contribution::id)
        .containsExactly(a.id());
    assertThat(ws.contributions().list(aAdmin, Action.LIST))
        .extracting(Contribution::id)
        .containsExactly(a.id());
    assertThat(ws.contributions().list(bContributor, Action.LIST))
        .extracting(Contribution::id)
        .containsExactly(b.id());
    assertThat(ws.contributions().list(aAnalyst, Action.LIST)).isEmpty();
    assertThat(ws.contributions().list(Principal.anonymous(), Action.LIST)).isEmpty();
    for (Principal p : List.of(bContributor, aAnalyst, Principal.anonymous())) {
      assertThatThrownBy(() -> ws.contributions().get(p, a.id(), Action.READ))
          .isInstanceOf(NoSuchElementException.class)
          .hasMessage("no contribution " + a.id());
      assertThatThrownBy(() -> ws.contributions().rows(p, a.id(), 1))
          .hasMessage("no contribution " + a.id());
    }
    assertThatThrownBy(() -> ws.contributions().get(bContributor, 999_999, Action.READ))
        .hasMessage("no contribution 999999");
    assertThatThrownBy(() -> ws.contributions().withdraw(bContributor, a.id()))
        .isInstanceOf(NoSuchElementException.class);
    assertThat(ws.contributions().get(aContributor, a.id(), Action.READ).withdrawn()).isFalse();
  }

  @Test
  void analystsViewersAndReadOnlyTokensCannotUpload() {
    assertThatThrownBy(() -> upload(aAnalyst, "x", SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS))
        .isInstanceOf(AccessDenied.class);
    Principal readOnly =
        Principal.token(ws.users().byEmail("c@a.example").orElseThrow(), 1, TokenScope.READ);
    assertThatThrownBy(() -> upload(readOnly, "x", SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(
            () -> upload(Principal.anonymous(), "x", SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS))
        .isInstanceOf(AccessDenied.class);
    // contributing in another firm's name
    assertThatThrownBy(
            () ->
                ws.contributions()
                    .upload(
                        bContributor,
                        new ContributionService.Upload(
                            "x",
                            "Chipmaker A",
                            "n",
                            bytes(SyntheticMaps.A_NODES),
                            "l",
                            bytes(SyntheticMaps.A_LINKS)),
                        SyntheticMaps.PARSER))
        .isInstanceOf(AccessDenied.class);
    assertThat(ws.contributions().list(aAdmin, Action.LIST)).isEmpty();
  }

  @Test
  void aBadFileStoresNothingAndTheRefusalIsAuditedWithHashesOnly() {
    Contribution v1 = upload(aContributor, "s", SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS);
    ContributionService.Parser failing =
        (n, nb, l, lb) -> {
          throw new IllegalArgumentException("links.csv:3:1: supplier \"Q\" is not a node id");
        };
    assertThatThrownBy(
            () ->
                ws.contributions()
                    .upload(
                        aContributor,
                        new ContributionService.Upload(
                            "s", null, "nodes.csv", bytes("x"), "links.csv", bytes("y")),
                        failing))
        .hasMessageContaining("links.csv:3:1");
    Contribution after = ws.contributions().get(aContributor, v1.id(), Action.READ);
    assertThat(after.versions()).hasSize(1);
    assertThat(audit.of("contribution.upload").get(1).outcome()).isEqualTo("refused");
    assertThat(audit.of("contribution.upload").get(1).detail())
        .contains(ContributionService.sha256(bytes("y")))
        .doesNotContain("\"Q\"");
  }

  @Test
  void withdrawingDeletesTheRowsKeepsTheVersionsAndFreesTheName() {
    Contribution c = upload(aContributor, "s", SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS);
    upload(aContributor, "s", SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS);
    clock.advance(Duration.ofDays(1));
    Contribution w = ws.contributions().withdraw(aAdmin, c.id());
    assertThat(w.withdrawnAt()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
    assertThat(w.versions()).hasSize(2).allMatch(v -> !v.rowsKept());
    assertThat(w.current().linksSha256())
        .isEqualTo(ContributionService.sha256(bytes(SyntheticMaps.A_LINKS)));
    assertThatThrownBy(() -> ws.contributions().rows(aContributor, c.id(), 2))
        .hasMessageContaining("deleted when it was withdrawn");
    assertThatThrownBy(() -> ws.contributions().withdraw(aAdmin, c.id()))
        .hasMessageContaining("already withdrawn");
    try (var conn = ws.database().connection();
        var st = conn.createStatement();
        var r =
            st.executeQuery(
                "SELECT (SELECT count(*) FROM contribution_links WHERE contribution_id = "
                    + c.id()
                    + ") + (SELECT count(*) FROM contribution_nodes WHERE contribution_id = "
                    + c.id()
                    + ")")) {
      r.next();
      assertThat(r.getLong(1)).isZero();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    // the name is free again: a new upload starts a new contribution at version 1
    Contribution again = upload(aContributor, "s", SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS);
    assertThat(again.id()).isNotEqualTo(c.id());
    assertThat(again.versions()).hasSize(1);
    assertThat(audit.of("contribution.withdraw")).hasSize(1);
  }
}

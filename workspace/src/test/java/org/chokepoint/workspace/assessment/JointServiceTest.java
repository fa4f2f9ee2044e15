package org.chokepoint.workspace.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.chokepoint.workspace.MemoryAudit;
import org.chokepoint.workspace.MutableClock;
import org.chokepoint.workspace.WorkspaceServices;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.assessment.Joint.Analysis;
import org.chokepoint.workspace.assessment.Joint.DatasetRef;
import org.chokepoint.workspace.assessment.Joint.PooledViewRef;
import org.chokepoint.workspace.assessment.Joint.Snapshot;
import org.chokepoint.workspace.assessment.Joint.State;
import org.chokepoint.workspace.assessment.JointService.DraftEdit;
import org.chokepoint.workspace.audit.AuditEvent;
import org.chokepoint.workspace.db.TestPostgres;
import org.chokepoint.workspace.policy.AccessDenied;
import org.chokepoint.workspace.policy.Action;
import org.chokepoint.workspace.policy.Principal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The joint assessment workflow on real PostgreSQL with a clock moved by hand: draft, invite,
 * comment, sign off, publish, change after publishing, voiding, outsiders, immutability, audit.
 */
class JointServiceTest {
  private final MemoryAudit audit = new MemoryAudit();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-02-01T00:00:00Z"));
  private final WorkspaceServices ws =
      new WorkspaceServices(TestPostgres.freshDatabase(), audit, clock);
  private final Organisation meti =
      ws.organisations().add("METI", OrganisationKind.GOVERNMENT, "JPN");
  private final Organisation doc =
      ws.organisations().add("DoC", OrganisationKind.GOVERNMENT, "USA");
  private final Organisation firm =
      ws.organisations().add("Rare Metals KK", OrganisationKind.FIRM, "JPN");
  private final Principal metiContributor = member("c@meti.go.jp", meti, Role.CONTRIBUTOR);
  private final Principal metiAnalyst = member("a@meti.go.jp", meti, Role.ANALYST);
  private final Principal docAnalyst = member("a@doc.gov", doc, Role.ANALYST);
  private final Principal docViewer = member("v@doc.gov", doc, Role.VIEWER);
  private final Principal firmAdmin = member("boss@rare.example", firm, Role.ADMIN);

  private Principal member(String email, Organisation o, Role r) {
    return Principal.session(ws.users().add(email, "pw-1234567", o, r));
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private static final Analysis GALLIUM =
      new Analysis(
          "minerals",
          "Gallium supply",
          Map.of("year", "2025", "critical_only", "true"),
          List.of(
              new DatasetRef(
                  "usgs-mcs",
                  "20260105T000000Z",
                  "USGS Mineral Commodity Summaries",
                  "2025",
                  "Public domain",
                  "USGS (2025)")));
  private static final PooledViewRef POOLED =
      new PooledViewRef("Pooled gallium inputs", "input=gallium&perspective=JPN");

  private long draft() {
    Assessment a =
        ws.assessments()
            .create(
                metiContributor,
                new AssessmentService.Draft("Gallium", "TLP:AMBER", List.of(), "", null));
    clock.advance(Duration.ofMinutes(1));
    ws.joint()
        .edit(
            metiAnalyst,
            a.id(),
            new DraftEdit(null, "Line 1\n\"quoted\" ガリウム", List.of(GALLIUM), List.of(POOLED)));
    clock.advance(Duration.ofMinutes(1));
    return a.id();
  }

  @Test
  void draftInviteCommentSignAndPublishWithAHashRecomputedByHand() throws Exception {
    long id = draft();
    State invited = ws.joint().invite(metiContributor, id, List.of("DoC"));
    assertThat(invited.participants())
        .extracting(Joint.Participant::name)
        .containsExactly("METI", "DoC");
    assertThat(invited.assessment().labelled().recipientOrganisations()).containsExactly(doc.id());
    clock.advance(Duration.ofMinutes(1));

    // both sides comment, one in reply to the other
    Joint.Comment first = ws.joint().comment(metiAnalyst, id, "Please check 2.", 0, null);
    Joint.Comment reply = ws.joint().comment(docAnalyst, id, "Agreed.", first.id(), null);
    assertThat(reply.parent()).isEqualTo(first.id());
    assertThat(reply.organisation()).isEqualTo("DoC");
    assertThat(ws.joint().state(docAnalyst, id, Action.READ).comments())
        .extracting(Joint.Comment::body)
        .containsExactly("Please check 2.", "Agreed.");

    clock.advance(Duration.ofMinutes(1));
    State s1 = ws.joint().signOff(metiAnalyst, id, null, null);
    assertThat(s1.published()).isFalse();
    assertThat(s1.signOffs()).extracting(Joint.SignOff::organisation).containsExactly("METI");
    clock.advance(Duration.ofMinutes(1));
    Instant docSigned = clock.instant();
    State s2 = ws.joint().signOff(docAnalyst, id, null, s1.revision());
    assertThat(s2.published()).isTrue();
    Snapshot v1 = s2.latest().orElseThrow();

    // the canonical JSON written out by hand from the fixture (keys sorted, no white space)
    String expected =
        "{\"analyses\":[{\"datasets\":[{\"citation\":\"USGS (2025)\",\"dataset\":\"usgs-mcs\","
            + "\"licence\":\"Public domain\",\"source\":\"USGS Mineral Commodity Summaries\","
            + "\"version\":\"20260105T000000Z\",\"vintage\":\"2025\"}],\"kind\":\"minerals\","
            + "\"parameters\":{\"critical_only\":\"true\",\"year\":\"2025\"},"
            + "\"title\":\"Gallium supply\"}],"
            + "\"assessment\":"
            + id
            + ","
            + "\"format\":\"chokepoint-joint-assessment/1\","
            + "\"label\":\"TLP:AMBER\","
            + "\"narrative\":\"Line 1\\n\\\"quoted\\\" ガリウム\","
            + "\"owner\":\"METI\","
            + "\"participants\":[{\"country\":\"JPN\",\"kind\":\"government\","
            + "\"organisation\":\"METI\",\"role\":\"owner\"},{\"country\":\"USA\","
            + "\"kind\":\"government\",\"organisation\":\"DoC\",\"role\":\"invited\"}],"
            + "\"pooled_views\":[{\"query\":\"input=gallium&perspective=JPN\","
            + "\"title\":\"Pooled gallium inputs\"}],"
            + "\"published_at\":\"2026-02-01T00:05:00Z\","
            + "\"recipients\":[\"DoC\"],"
            + "\"signoffs\":[{\"organisation\":\"DoC\",\"signed_at\":\"2026-02-01T00:05:00Z\","
            + "\"signer\":\"a@doc.gov\"},{\"organisation\":\"METI\","
            + "\"signed_at\":\"2026-02-01T00:04:00Z\",\"signer\":\"a@meti.go.jp\"}],"
            + "\"title\":\"Gallium\",\"version\":1}";
    assertThat(docSigned).isEqualTo(Instant.parse("2026-02-01T00:05:00Z"));
    assertThat(v1.canonical()).isEqualTo(expected);
    String sha =
        "sha256:"
            + HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(expected.getBytes(StandardCharsets.UTF_8)));
    assertThat(v1.hash()).isEqualTo(sha);
    assertThat(v1.version()).isEqualTo(1);

    // both sides read the published version; signing it again is refused
    assertThat(ws.joint().version(docAnalyst, id, 1, Action.READ).hash()).isEqualTo(sha);
    assertThatThrownBy(() -> ws.joint().signOff(metiContributor, id, null, null))
        .isInstanceOf(JointConflict.class)
        .hasMessageContaining("version 1 is published");

    // every step is in the audit log, with ids and hashes and never the text
    assertThat(audit.of("assessment.edit")).hasSize(1);
    assertThat(audit.of("assessment.invite"))
        .singleElement()
        .satisfies(
            e -> assertThat(e.detail()).startsWith("organisations organisation:" + doc.id()));
    assertThat(audit.of("assessment.comment")).hasSize(2);
    assertThat(audit.of("assessment.signoff")).hasSize(2);
    assertThat(audit.of("assessment.publish"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.object()).isEqualTo("assessment:" + id);
              assertThat(e.detail()).isEqualTo("version 1; " + sha);
            });
    assertThat(audit.events())
        .map(AuditEvent::detail)
        .noneMatch(d -> d.contains("ガリウム") || d.contains("Please check") || d.contains("Agreed"));
  }

  private Snapshot publishOwnerOnly(long id) {
    return ws.joint().signOff(metiAnalyst, id, null, null).latest().orElseThrow();
  }

  @Test
  void aChangeAfterPublishingMakesVersionTwoAndLeavesVersionOneByteIdentical() throws Exception {
    long id = draft();
    Snapshot v1 = publishOwnerOnly(id);
    byte[] before = storedCanonical(id, 1);
    clock.advance(Duration.ofHours(1));
    State v2 = ws.joint().edit(metiAnalyst, id, new DraftEdit(null, "Revised.", null, null));
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.revision()).isZero();
    assertThat(v2.published()).isFalse();
    assertThat(v2.versions()).containsExactly(v1);
    assertThat(storedCanonical(id, 1)).isEqualTo(before);
    assertThat(ws.joint().version(metiContributor, id, 1, Action.READ).canonical())
        .contains("\"narrative\":\"Line 1\\n");
    Snapshot second = ws.joint().signOff(metiAnalyst, id, null, null).latest().orElseThrow();
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.canonical()).contains("\"narrative\":\"Revised.\"").contains("\"version\":2");
    assertThat(second.hash()).isNotEqualTo(v1.hash());
    assertThat(storedCanonical(id, 1)).isEqualTo(before);
    // relabelling is a change too
    ws.assessments().share(metiContributor, id, List.of(), "TLP:AMBER+STRICT");
    assertThat(ws.joint().state(metiAnalyst, id, Action.READ).version()).isEqualTo(3);
  }

  @Test
  void aChangeAfterOneSignOffVoidsIt() throws Exception {
    long id = draft();
    ws.joint().invite(metiContributor, id, List.of("DoC"));
    State signed = ws.joint().signOff(docAnalyst, id, null, null);
    assertThat(signed.signOffs()).hasSize(1);
    clock.advance(Duration.ofMinutes(5));
    State changed =
        ws.joint().edit(metiAnalyst, id, new DraftEdit("Gallium (rev.)", null, null, null));
    assertThat(changed.signOffs()).isEmpty();
    assertThat(changed.revision()).isEqualTo(signed.revision() + 1);
    assertThat(audit.of("assessment.edit").get(1).detail()).contains("voided 1 sign-off;");
    try (Connection c = ws.database().connection();
        Statement st = c.createStatement();
        ResultSet r =
            st.executeQuery(
                "SELECT count(*) FILTER (WHERE voided_at IS NOT NULL), count(*)"
                    + " FROM assessment_signoffs WHERE assessment_id = "
                    + id)) {
      r.next();
      assertThat(r.getInt(1)).as("the voided sign-off is kept, marked void").isEqualTo(1);
      assertThat(r.getInt(2)).isEqualTo(1);
    }
    // a signature on the revision read before the change is refused
    assertThatThrownBy(() -> ws.joint().signOff(metiAnalyst, id, null, signed.revision()))
        .isInstanceOf(JointConflict.class)
        .hasMessageContaining("changed since it was read");
    // an edit that changes nothing is no change
    State same =
        ws.joint().edit(metiAnalyst, id, new DraftEdit("Gallium (rev.)", null, null, null));
    assertThat(same.revision()).isEqualTo(changed.revision());
    // signing twice for one organisation is refused
    ws.joint().signOff(metiAnalyst, id, null, null);
    assertThatThrownBy(() -> ws.joint().signOff(metiContributor, id, null, null))
        .isInstanceOf(JointConflict.class);
  }

  @Test
  void anOutsiderSeesNothingAndViewersOrNonParticipantsCannotSign() {
    long id = draft();
    ws.joint().invite(metiContributor, id, List.of("DoC"));
    long missing = id + 1000;
    for (long x : List.of(id, missing)) {
      assertThatThrownBy(() -> ws.joint().state(firmAdmin, x, Action.READ))
          .isInstanceOf(NoSuchElementException.class)
          .hasMessage("no assessment " + x);
      assertThatThrownBy(() -> ws.joint().comment(firmAdmin, x, "hi", 0, null))
          .isInstanceOf(NoSuchElementException.class);
      assertThatThrownBy(() -> ws.joint().signOff(firmAdmin, x, null, null))
          .isInstanceOf(NoSuchElementException.class);
      assertThatThrownBy(() -> ws.joint().versions(firmAdmin, x))
          .isInstanceOf(NoSuchElementException.class);
      assertThatThrownBy(() -> ws.joint().invite(firmAdmin, x, List.of("DoC")))
          .isInstanceOf(NoSuchElementException.class);
    }
    assertThatThrownBy(() -> ws.joint().signOff(docViewer, id, null, null))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> ws.joint().invite(metiAnalyst, id, List.of("Rare Metals KK")))
        .as("inviting is sharing: contributor or admin")
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(
            () -> ws.joint().edit(docAnalyst, id, new DraftEdit("mine now", null, null, null)))
        .as("partners comment and sign; the owner organisation edits")
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> ws.assessments().share(metiContributor, id, List.of(), null))
        .hasMessageContaining("DoC takes part in this joint assessment");
    assertThat(audit.of("assessment.signoff"))
        .extracting(AuditEvent::outcome)
        .containsExactly("deny");
  }

  @Test
  void strictAndRedAssessmentsInviteNoOne() {
    Assessment strict =
        ws.assessments()
            .create(
                metiContributor,
                new AssessmentService.Draft("s", "TLP:AMBER+STRICT", List.of(), "", null));
    assertThatThrownBy(() -> ws.joint().invite(metiContributor, strict.id(), List.of("DoC")))
        .hasMessageContaining("relabel it TLP:AMBER");
    assertThatThrownBy(() -> ws.joint().invite(metiContributor, strict.id(), List.of("Nowhere")))
        .hasMessageContaining("TLP:AMBER+STRICT");
  }

  @Test
  void theDatabaseRefusesToChangeOrRemoveAPublishedVersion() throws Exception {
    long id = draft();
    publishOwnerOnly(id);
    for (String sql :
        List.of(
            "UPDATE assessment_snapshots SET canonical = '{}' WHERE assessment_id = " + id,
            "DELETE FROM assessment_snapshots WHERE assessment_id = " + id,
            "TRUNCATE assessment_snapshots")) {
      try (Connection c = ws.database().connection();
          Statement st = c.createStatement()) {
        assertThatThrownBy(() -> st.execute(sql))
            .as(sql)
            .hasMessageContaining("published assessment versions are immutable");
      }
    }
    assertThat(new String(storedCanonical(id, 1), StandardCharsets.UTF_8))
        .startsWith("{\"analyses\"");
  }

  private byte[] storedCanonical(long id, int version) throws Exception {
    try (Connection c = ws.database().connection();
        Statement st = c.createStatement();
        ResultSet r =
            st.executeQuery(
                "SELECT convert_to(canonical, 'UTF8') FROM assessment_snapshots WHERE"
                    + " assessment_id = "
                    + id
                    + " AND version = "
                    + version)) {
      assertThat(r.next()).isTrue();
      return r.getBytes(1);
    }
  }
}

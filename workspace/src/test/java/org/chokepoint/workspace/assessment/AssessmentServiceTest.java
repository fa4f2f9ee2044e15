package org.chokepoint.workspace.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.chokepoint.workspace.MemoryAudit;
import org.chokepoint.workspace.MutableClock;
import org.chokepoint.workspace.WorkspaceServices;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.db.TestPostgres;
import org.chokepoint.workspace.label.TlpLabel;
import org.chokepoint.workspace.policy.AccessDenied;
import org.chokepoint.workspace.policy.Action;
import org.chokepoint.workspace.policy.Principal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Saving, reading, listing and sharing through the policy, on real PostgreSQL. */
class AssessmentServiceTest {
  private final MemoryAudit audit = new MemoryAudit();
  private final WorkspaceServices ws =
      new WorkspaceServices(
          TestPostgres.freshDatabase(),
          audit,
          new MutableClock(Instant.parse("2026-02-01T00:00:00Z")));
  private final Organisation meti =
      ws.organisations().add("METI", OrganisationKind.GOVERNMENT, "JPN");
  private final Organisation doc =
      ws.organisations().add("DoC", OrganisationKind.GOVERNMENT, "USA");
  private final Organisation firm =
      ws.organisations().add("Rare Metals KK", OrganisationKind.FIRM, "JPN");
  private final Principal metiContributor = member("c@meti.go.jp", meti, Role.CONTRIBUTOR);
  private final Principal metiViewer = member("v@meti.go.jp", meti, Role.VIEWER);
  private final Principal docAnalyst = member("a@doc.gov", doc, Role.ANALYST);
  private final Principal docContributor = member("c@doc.gov", doc, Role.CONTRIBUTOR);
  private final Principal firmAdmin = member("boss@rare.example", firm, Role.ADMIN);

  private Principal member(String email, Organisation o, Role r) {
    return Principal.session(ws.users().add(email, "pw-1234567", o, r));
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private Assessment create(Principal p, String title, String label, String... recipients) {
    return ws.assessments()
        .create(
            p,
            new AssessmentService.Draft(
                title, label, List.of(recipients), "body of " + title, null));
  }

  @Test
  void twoOrganisationsCannotSeeEachOthersStrictOrUnsharedObjects() {
    Assessment metiStrict = create(metiContributor, "METI strict", "TLP:AMBER+STRICT");
    Assessment metiUnshared = create(metiContributor, "METI unshared", "TLP:AMBER");
    Assessment docStrict = create(docAnalyst, "DoC strict", "TLP:AMBER+STRICT");
    Assessment docUnshared = create(docAnalyst, "DoC unshared", "TLP:AMBER");
    for (Action a : List.of(Action.READ, Action.EXPORT)) {
      for (Assessment x : List.of(docStrict, docUnshared)) {
        assertThatThrownBy(() -> ws.assessments().get(metiContributor, x.id(), a))
            .isInstanceOf(NoSuchElementException.class)
            .hasMessage("no assessment " + x.id());
      }
      for (Assessment x : List.of(metiStrict, metiUnshared)) {
        assertThatThrownBy(() -> ws.assessments().get(docAnalyst, x.id(), a))
            .isInstanceOf(NoSuchElementException.class);
      }
    }
    for (Action a : List.of(Action.LIST, Action.SEARCH, Action.EXPORT)) {
      assertThat(ws.assessments().list(metiViewer, "", a))
          .extracting(Assessment::title)
          .containsExactly("METI unshared", "METI strict");
      assertThat(ws.assessments().list(docAnalyst, "strict", a))
          .extracting(Assessment::title)
          .containsExactly("DoC strict");
      assertThat(ws.assessments().list(firmAdmin, "", a)).isEmpty();
    }
    assertThatThrownBy(
            () -> ws.assessments().share(docContributor, metiUnshared.id(), List.of("DoC"), null))
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void aDeniedObjectIsAnsweredExactlyAsAMissingOne() {
    Assessment strict = create(metiContributor, "METI strict", "TLP:AMBER+STRICT");
    long missing = strict.id() + 1000;
    Throwable denied =
        catchThrown(() -> ws.assessments().get(docAnalyst, strict.id(), Action.READ));
    Throwable absent = catchThrown(() -> ws.assessments().get(docAnalyst, missing, Action.READ));
    assertThat(denied.getClass()).isEqualTo(absent.getClass());
    assertThat(denied.getMessage().replace(String.valueOf(strict.id()), "N"))
        .isEqualTo(absent.getMessage().replace(String.valueOf(missing), "N"));
    assertThat(audit.of("object.read"))
        .extracting(e -> e.outcome())
        .containsExactly("deny", "deny");
  }

  private static Throwable catchThrown(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("nothing thrown");
  }

  @Test
  void amberReachesRecipientOrganisationsAndGroupsButNeverStrict() {
    Assessment amber = create(metiContributor, "for DoC", "TLP:AMBER", "DoC");
    assertThat(ws.assessments().get(docAnalyst, amber.id(), Action.READ).title())
        .isEqualTo("for DoC");
    assertThatThrownBy(() -> ws.assessments().get(firmAdmin, amber.id(), Action.READ))
        .isInstanceOf(NoSuchElementException.class);
    Assessment narrowed =
        ws.assessments().share(metiContributor, amber.id(), List.of(), "TLP:AMBER+STRICT");
    assertThat(narrowed.labelled().label()).isEqualTo(TlpLabel.AMBER_STRICT);
    assertThatThrownBy(() -> ws.assessments().get(docAnalyst, amber.id(), Action.READ))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(
            () ->
                ws.assessments()
                    .share(metiContributor, amber.id(), List.of("DoC"), "TLP:AMBER+STRICT"))
        .hasMessageContaining("limited to the owner organisation");

    var quad = ws.sharingGroups().create("Partners");
    Assessment viaGroup = create(metiContributor, "for partners", "TLP:AMBER", "group:Partners");
    assertThatThrownBy(() -> ws.assessments().get(firmAdmin, viaGroup.id(), Action.READ))
        .as("an empty group grants nothing")
        .isInstanceOf(NoSuchElementException.class);
    ws.sharingGroups().addMember(quad, firm);
    assertThat(ws.assessments().get(firmAdmin, viaGroup.id(), Action.READ).id())
        .isEqualTo(viaGroup.id());
    assertThatThrownBy(() -> create(metiContributor, "x", "TLP:AMBER", "group:Nobody"))
        .hasMessageContaining("unknown recipient \"group:Nobody\"");
    assertThatThrownBy(() -> create(metiContributor, "x", "TLP:AMBER", "Ministry of Nowhere"))
        .hasMessageContaining("unknown recipient");
  }

  @Test
  void redIsForTheAuthorAndNamedPeopleOnly() {
    Assessment red = create(metiContributor, "eyes only", "TLP:RED", "user:a@doc.gov");
    assertThat(ws.assessments().get(docAnalyst, red.id(), Action.READ).id()).isEqualTo(red.id());
    assertThatThrownBy(() -> ws.assessments().get(metiViewer, red.id(), Action.READ))
        .as("a colleague in the owner organisation is not named")
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> ws.assessments().get(docContributor, red.id(), Action.READ))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> create(metiContributor, "x", "TLP:RED", "DoC"))
        .hasMessageContaining("named individuals only");
  }

  @Test
  void greenReachesEveryMemberAndClearEveryone() {
    Assessment green = create(docAnalyst, "community", "TLP:GREEN");
    Assessment clear = create(docAnalyst, "public", "TLP:CLEAR");
    assertThat(ws.assessments().list(firmAdmin, null, Action.LIST))
        .extracting(Assessment::id)
        .containsExactly(clear.id(), green.id());
    assertThat(ws.assessments().list(Principal.anonymous(), null, Action.LIST))
        .extracting(Assessment::id)
        .containsExactly(clear.id());
    assertThat(ws.assessments().get(Principal.anonymous(), clear.id(), Action.READ).id())
        .isEqualTo(clear.id());
  }

  @Test
  void sharingNeedsContributorOrAdminOfTheOwnerAndIsAudited() {
    Assessment amber = create(metiContributor, "draft", "TLP:AMBER");
    assertThatThrownBy(() -> ws.assessments().share(metiViewer, amber.id(), List.of("DoC"), null))
        .isInstanceOf(AccessDenied.class);
    ws.assessments()
        .share(metiContributor, amber.id(), List.of("DoC", "Rare Metals KK"), "TLP:GREEN");
    assertThat(audit.of("object.share"))
        .extracting(e -> e.outcome())
        .containsExactly("deny", "allow");
    assertThat(audit.of("label.change"))
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).isEqualTo("TLP:AMBER -> TLP:GREEN (wider)"));
    assertThat(audit.events()).noneMatch(e -> e.detail().contains("body of"));
    assertThat(audit.of("object.create"))
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("sha256:"));
  }

  @Test
  void viewersCannotCreateAndLabelsAreSpelledExactly() {
    assertThatThrownBy(() -> create(metiViewer, "x", "TLP:AMBER")).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> create(metiContributor, "x", "tlp:amber"))
        .hasMessageContaining("is not one of TLP:RED");
    assertThatThrownBy(() -> create(Principal.anonymous(), "x", "TLP:CLEAR"))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> create(metiContributor, " ", "TLP:CLEAR"))
        .hasMessage("title: required");
  }
}

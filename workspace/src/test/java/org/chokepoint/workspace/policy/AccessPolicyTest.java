package org.chokepoint.workspace.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.account.TokenScope;
import org.chokepoint.workspace.label.LabelledObject;
import org.chokepoint.workspace.label.TlpLabel;
import org.junit.jupiter.api.Test;

/**
 * The policy against a table written by hand from DECISIONS D-ws-2 (FIRST TLP 2.0): owner
 * organisation 1, recipient organisation 2, outsider organisation 3; the author is user 10; user 20
 * (in organisation 3) is named as an individual recipient.
 */
class AccessPolicyTest {
  private final AccessPolicy policy = new AccessPolicy();

  static Principal user(long id, long org, Role role) {
    return new Principal(id, "u" + id, Map.of(org, role), TokenScope.READ_WRITE, "user:" + id);
  }

  static final Principal OWNER_VIEWER = user(11, 1, Role.VIEWER);
  static final Principal OWNER_CONTRIBUTOR = user(12, 1, Role.CONTRIBUTOR);
  static final Principal AUTHOR = user(10, 1, Role.ANALYST);
  static final Principal RECIPIENT_ADMIN = user(21, 2, Role.ADMIN);
  static final Principal OUTSIDER_ADMIN = user(31, 3, Role.ADMIN);
  static final Principal NAMED_USER = user(20, 3, Role.VIEWER);
  static final Principal ANONYMOUS = Principal.anonymous();

  static LabelledObject object(TlpLabel label) {
    return new LabelledObject("assessment", 1, label, 1, 10, List.of(), Set.of(2L), Set.of(20L));
  }

  @Test
  void readFollowsTheLabel() {
    // columns: owner viewer, recipient org admin, outsider admin, anonymous, author, named user
    Principal[] who = {
      OWNER_VIEWER, RECIPIENT_ADMIN, OUTSIDER_ADMIN, ANONYMOUS, AUTHOR, NAMED_USER
    };
    Map<TlpLabel, String> expected =
        Map.of(
            TlpLabel.CLEAR, "YYYYYY",
            TlpLabel.GREEN, "YYYNYY",
            TlpLabel.AMBER, "YYNNYN",
            TlpLabel.AMBER_STRICT, "YNNNYN",
            TlpLabel.RED, "NNNNYY");
    expected.forEach(
        (label, row) -> {
          for (int i = 0; i < who.length; i++) {
            for (Action a : List.of(Action.READ, Action.LIST, Action.SEARCH, Action.EXPORT)) {
              assertThat(policy.decide(who[i], a, object(label)).allowed())
                  .as("%s %s by column %d", a, label, i)
                  .isEqualTo(row.charAt(i) == 'Y');
            }
          }
        });
  }

  @Test
  void amberNeverGrantsAmberStrict() {
    assertThat(policy.readable(RECIPIENT_ADMIN, object(TlpLabel.AMBER))).isTrue();
    assertThat(policy.readable(RECIPIENT_ADMIN, object(TlpLabel.AMBER_STRICT))).isFalse();
  }

  @Test
  void shareNeedsContributorOrAdminOfTheOwnerAndRead() {
    LabelledObject amber = object(TlpLabel.AMBER);
    assertThat(policy.decide(OWNER_CONTRIBUTOR, Action.SHARE, amber).allowed()).isTrue();
    assertThat(policy.decide(user(13, 1, Role.ADMIN), Action.SHARE, amber).allowed()).isTrue();
    assertThat(policy.decide(AUTHOR, Action.SHARE, amber).allowed()).as("analyst").isFalse();
    assertThat(policy.decide(OWNER_VIEWER, Action.SHARE, amber).allowed()).isFalse();
    assertThat(policy.decide(RECIPIENT_ADMIN, Action.SHARE, amber).allowed())
        .as("admin of a recipient organisation")
        .isFalse();
    // RED: the owner's contributor is not a named recipient, so cannot read, so cannot share
    assertThat(policy.decide(OWNER_CONTRIBUTOR, Action.SHARE, object(TlpLabel.RED)).allowed())
        .isFalse();
    assertThat(policy.decide(AUTHOR, Action.WRITE, object(TlpLabel.RED)).allowed()).isTrue();
    assertThat(policy.decide(OWNER_VIEWER, Action.WRITE, amber).allowed()).isFalse();
  }

  @Test
  void readOnlyTokensNeverChangeAnything() {
    Principal ro =
        new Principal(12, "u12", Map.of(1L, Role.ADMIN), TokenScope.READ, "user:12/token:1");
    assertThat(policy.decide(ro, Action.READ, object(TlpLabel.AMBER)).allowed()).isTrue();
    assertThat(policy.decide(ro, Action.SHARE, object(TlpLabel.AMBER)).allowed()).isFalse();
    assertThat(policy.decide(ro, Action.WRITE, object(TlpLabel.AMBER)).allowed()).isFalse();
    assertThatThrownBy(() -> policy.checkCreate(ro, 1))
        .isInstanceOf(AccessDenied.class)
        .hasMessageContaining("read-only");
    assertThatThrownBy(() -> policy.checkCall(ro, RouteAccess.OBJECTS, true, true))
        .hasMessageContaining("read-only");
  }

  @Test
  void createNeedsAnalystOrMoreInTheOwner() {
    policy.checkCreate(AUTHOR, 1);
    policy.checkCreate(OWNER_CONTRIBUTOR, 1);
    assertThatThrownBy(() -> policy.checkCreate(OWNER_VIEWER, 1))
        .isInstanceOf(AccessDenied.class)
        .extracting(e -> ((AccessDenied) e).reason())
        .isEqualTo(AccessDenied.Reason.FORBIDDEN);
    assertThatThrownBy(() -> policy.checkCreate(OUTSIDER_ADMIN, 1))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> policy.checkCreate(ANONYMOUS, 1))
        .extracting(e -> ((AccessDenied) e).reason())
        .isEqualTo(AccessDenied.Reason.UNAUTHENTICATED);
  }

  @Test
  void endpointsByAccessClass() {
    policy.checkCall(ANONYMOUS, RouteAccess.PUBLIC, false, true);
    policy.checkCall(ANONYMOUS, RouteAccess.SIGN_IN, true, true);
    policy.checkCall(ANONYMOUS, RouteAccess.OBJECTS, false, true);
    policy.checkCall(ANONYMOUS, RouteAccess.MEMBER, true, false); // no accounts yet: open
    assertThatThrownBy(() -> policy.checkCall(ANONYMOUS, RouteAccess.MEMBER, true, true))
        .extracting(e -> ((AccessDenied) e).reason())
        .isEqualTo(AccessDenied.Reason.UNAUTHENTICATED);
    assertThatThrownBy(() -> policy.checkCall(ANONYMOUS, RouteAccess.OBJECTS, true, true))
        .extracting(e -> ((AccessDenied) e).reason())
        .isEqualTo(AccessDenied.Reason.UNAUTHENTICATED);
    Principal noOrg = new Principal(40, "u40", Map.of(), TokenScope.READ_WRITE, "user:40");
    assertThatThrownBy(() -> policy.checkCall(noOrg, RouteAccess.MEMBER, false, true))
        .extracting(e -> ((AccessDenied) e).reason())
        .isEqualTo(AccessDenied.Reason.FORBIDDEN);
    policy.checkCall(OWNER_VIEWER, RouteAccess.MEMBER, true, true);
  }

  @Test
  void submittedWorkIsReadByItsSubmitterAlone() {
    // job submitted by the author (user 10 of organisation 1)
    assertThat(policy.decideSubmitted(AUTHOR, 10).allowed()).isTrue();
    Principal authorReadToken =
        new Principal(10, "u10", Map.of(1L, Role.ANALYST), TokenScope.READ, "user:10/token:3");
    assertThat(policy.decideSubmitted(authorReadToken, 10).allowed()).isTrue();
    // same organisation, higher role, other organisation, anonymous: denied
    for (Principal p : List.of(OWNER_CONTRIBUTOR, OWNER_VIEWER, OUTSIDER_ADMIN, ANONYMOUS)) {
      assertThat(policy.decideSubmitted(p, 10).allowed()).as(p.actor()).isFalse();
    }
    // submitted without an account (a server without accounts): read without one only
    assertThat(policy.decideSubmitted(ANONYMOUS, 0).allowed()).isTrue();
    assertThat(policy.decideSubmitted(AUTHOR, 0).allowed()).isFalse();
  }
}

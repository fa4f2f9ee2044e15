package org.chokepoint.workspace.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.chokepoint.workspace.MemoryAudit;
import org.chokepoint.workspace.MutableClock;
import org.chokepoint.workspace.WorkspaceServices;
import org.chokepoint.workspace.auth.Authenticator;
import org.chokepoint.workspace.db.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Organisations, users, tokens, sessions, throttling and sharing groups on real PostgreSQL. */
class AccountStoresTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
  private final MemoryAudit audit = new MemoryAudit();
  private final WorkspaceServices ws =
      new WorkspaceServices(TestPostgres.freshDatabase(), audit, clock);

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void organisationsHaveUniqueNamesRegardlessOfCaseAndValidCountries() {
    Organisation m = ws.organisations().add("METI", OrganisationKind.GOVERNMENT, "jpn");
    assertThat(m.country()).isEqualTo("JPN");
    assertThat(ws.organisations().byName("meti")).contains(m);
    assertThatThrownBy(() -> ws.organisations().add("Meti", OrganisationKind.FIRM, "JPN"))
        .hasMessageContaining("exists already");
    assertThatThrownBy(() -> ws.organisations().add("X", OrganisationKind.FIRM, "JP"))
        .hasMessageContaining("alpha-3");
    assertThatThrownBy(() -> OrganisationKind.parse("ngo")).hasMessageContaining("government");
    assertThatThrownBy(() -> ws.organisations().add(" ", OrganisationKind.FIRM, "JPN"))
        .hasMessageContaining("empty");
    assertThat(ws.organisations().list()).containsExactly(m);
  }

  @Test
  void usersHaveUniqueCaseInsensitiveEmailsAndMemberships() {
    Organisation m = ws.organisations().add("METI", OrganisationKind.GOVERNMENT, "JPN");
    Organisation d = ws.organisations().add("DoC", OrganisationKind.GOVERNMENT, "USA");
    User u = ws.users().add("Aiko@Example.jp", "pw-1234567", m, Role.ANALYST);
    assertThatThrownBy(() -> ws.users().add("aiko@example.JP", "x", d, Role.VIEWER))
        .hasMessageContaining("exists already");
    assertThatThrownBy(() -> ws.users().add("not-an-address", "x", d, Role.VIEWER))
        .hasMessageContaining("not an e-mail address");
    ws.users().join(u.id(), d, Role.VIEWER);
    User again = ws.users().byEmail("AIKO@example.jp").orElseThrow();
    assertThat(again.email()).isEqualTo("Aiko@Example.jp");
    assertThat(again.memberships())
        .extracting(User.Membership::organisationName, User.Membership::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("DoC", Role.VIEWER),
            org.assertj.core.groups.Tuple.tuple("METI", Role.ANALYST));
    assertThat(ws.users().credentials("aiko@example.jp").orElseThrow().passwordHash())
        .startsWith("$argon2id$")
        .doesNotContain("pw-1234567");
    assertThat(ws.users().accountsExist()).isTrue();
  }

  @Test
  void theLocalAnalystIsNotAnAccount() {
    User local = ws.users().local(ws.organisations().local());
    assertThat(local.memberships())
        .singleElement()
        .extracting(User.Membership::role)
        .isEqualTo(Role.ADMIN);
    assertThat(ws.users().local(ws.organisations().local()).id()).isEqualTo(local.id());
    assertThat(ws.users().accountsExist()).isFalse();
    assertThat(ws.users().credentials(UserStore.LOCAL_EMAIL)).isEmpty();
  }

  @Test
  void tokensAreShownOnceStoredAsDigestsExpireAndCanBeRevoked() throws Exception {
    Organisation m = ws.organisations().add("METI", OrganisationKind.GOVERNMENT, "JPN");
    User u = ws.users().add("a@example.jp", "pw-1234567", m, Role.ANALYST);
    TokenStore.Created t = ws.tokens().create(u, TokenScope.READ, 30);
    assertThat(t.secret()).startsWith("cpt_").hasSize(4 + 43);
    try (var c = ws.database().connection();
        var s = c.createStatement();
        var r = s.executeQuery("SELECT digest FROM api_tokens")) {
      r.next();
      assertThat(r.getBytes(1)).isEqualTo(Secrets.sha256(t.secret()));
    }
    assertThat(ws.authenticator().byToken(t.secret()).orElseThrow().scope())
        .isEqualTo(TokenScope.READ);
    assertThat(ws.authenticator().byToken(t.secret() + "x")).isEmpty();
    assertThat(ws.authenticator().byToken("cpt_nope")).isEmpty();
    clock.advance(Duration.ofDays(30).minusSeconds(1));
    assertThat(ws.authenticator().byToken(t.secret())).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(ws.authenticator().byToken(t.secret())).as("expired at 30 days").isEmpty();

    TokenStore.Created t2 = ws.tokens().create(u, TokenScope.READ_WRITE, 1);
    assertThat(ws.authenticator().byToken(t2.secret())).isPresent();
    assertThat(ws.tokens().revoke(t2.token().id())).isTrue();
    assertThat(ws.tokens().revoke(t2.token().id())).isFalse();
    assertThat(ws.authenticator().byToken(t2.secret())).isEmpty();
    assertThat(ws.tokens().list()).hasSize(2);
    assertThatThrownBy(() -> ws.tokens().create(u, TokenScope.READ, 0))
        .hasMessageContaining("must expire");
  }

  @Test
  void sessionsExpireAfterTwelveHoursAndEndOnLogout() {
    Organisation m = ws.organisations().add("METI", OrganisationKind.GOVERNMENT, "JPN");
    ws.users().add("a@example.jp", "pw-1234567", m, Role.ANALYST);
    Authenticator.SignedIn in = ws.authenticator().login("A@example.jp", "pw-1234567", "10.0.0.1");
    var found = ws.authenticator().bySession(in.session().id()).orElseThrow();
    assertThat(found.csrf()).isEqualTo(in.session().session().csrf()).hasSize(43);
    clock.advance(Duration.ofHours(12).minusSeconds(1));
    assertThat(ws.authenticator().bySession(in.session().id())).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(ws.authenticator().bySession(in.session().id())).isEmpty();

    Authenticator.SignedIn in2 = ws.authenticator().login("a@example.jp", "pw-1234567", "x");
    ws.authenticator().logout(found.principal(), in2.session().id());
    assertThat(ws.authenticator().bySession(in2.session().id())).isEmpty();
    assertThat(audit.of("auth.login")).extracting(e -> e.outcome()).containsExactly("ok", "ok");
  }

  @Test
  void fiveFailuresThenDelaysThatDouble() {
    Organisation m = ws.organisations().add("METI", OrganisationKind.GOVERNMENT, "JPN");
    ws.users().add("a@example.jp", "pw-1234567", m, Role.ANALYST);
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> ws.authenticator().login("a@example.jp", "wrong", "10.0.0.1"))
          .isInstanceOf(Authenticator.LoginRefused.class)
          .hasMessage("wrong e-mail or password");
    }
    // After the 5th failure, a 1 s delay: even the right password is refused until it passes.
    assertThatThrownBy(() -> ws.authenticator().login("a@example.jp", "pw-1234567", "10.0.0.2"))
        .isInstanceOf(Authenticator.LoginRefused.class)
        .satisfies(
            e ->
                assertThat(((Authenticator.LoginRefused) e).retryAfter())
                    .isEqualTo(Duration.ofSeconds(1)));
    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(() -> ws.authenticator().login("a@example.jp", "wrong", "10.0.0.3"))
        .hasMessage("wrong e-mail or password");
    // 6th failure: 2 s; the right password waits them out and clears the count.
    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(() -> ws.authenticator().login("a@example.jp", "pw-1234567", "10.0.0.4"))
        .hasMessageContaining("too many failed sign-ins");
    clock.advance(Duration.ofSeconds(1));
    assertThat(ws.authenticator().login("a@example.jp", "pw-1234567", "10.0.0.4").user().email())
        .isEqualTo("a@example.jp");
    assertThat(ws.authenticator().login("a@example.jp", "pw-1234567", "10.0.0.5")).isNotNull();
  }

  @Test
  void oneAddressTryingManyAccountsIsThrottledToo() {
    for (int i = 0; i < 5; i++) {
      String email = "guess" + i + "@example.jp";
      assertThatThrownBy(() -> ws.authenticator().login(email, "x", "192.0.2.7"))
          .hasMessage("wrong e-mail or password");
    }
    assertThatThrownBy(() -> ws.authenticator().login("other@example.jp", "x", "192.0.2.7"))
        .hasMessageContaining("too many failed sign-ins");
    assertThatThrownBy(() -> ws.authenticator().login("other@example.jp", "x", "192.0.2.8"))
        .hasMessage("wrong e-mail or password");
  }

  @Test
  void theDelayDoublesUpToFifteenMinutes() {
    assertThat(LoginThrottle.delayAfter(4)).isZero();
    assertThat(LoginThrottle.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(LoginThrottle.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
    assertThat(LoginThrottle.delayAfter(10)).isEqualTo(Duration.ofSeconds(32));
    assertThat(LoginThrottle.delayAfter(15)).isEqualTo(Duration.ofSeconds(900));
    assertThat(LoginThrottle.delayAfter(16)).isEqualTo(Duration.ofMinutes(15));
    assertThat(LoginThrottle.delayAfter(1000)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void sharingGroupsHoldOrganisations() {
    Organisation m = ws.organisations().add("METI", OrganisationKind.GOVERNMENT, "JPN");
    Organisation d = ws.organisations().add("DoC", OrganisationKind.GOVERNMENT, "USA");
    var g = ws.sharingGroups().create("Quad");
    assertThat(g.members()).isEmpty();
    g = ws.sharingGroups().addMember(g, m);
    g = ws.sharingGroups().addMember(g, d);
    g = ws.sharingGroups().addMember(g, d);
    assertThat(ws.sharingGroups().byName("quad").orElseThrow().members())
        .containsExactlyInAnyOrder(m.id(), d.id());
    assertThat(ws.sharingGroups().list()).hasSize(1);
  }

  @Test
  void unknownUsersAreRefusedLikeWrongPasswords() {
    assertThatThrownBy(() -> ws.authenticator().login("nobody@example.jp", "x", "1.2.3.4"))
        .hasMessage("wrong e-mail or password");
    assertThat(audit.of("auth.login"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo("fail");
              assertThat(e.detail()).doesNotContain("nobody");
            });
    assertThat(List.of(LoginThrottle.emailKey(" A@B.c "))).containsExactly("email:a@b.c");
  }
}

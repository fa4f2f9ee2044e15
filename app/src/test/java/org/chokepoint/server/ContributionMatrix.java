package org.chokepoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.server.AuthorisationMatrixTest.Rel;
import org.chokepoint.server.AuthorisationMatrixTest.Who;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.contribution.Contribution;
import org.chokepoint.workspace.contribution.ContributionService;
import org.chokepoint.workspace.contribution.SyntheticMaps;
import org.chokepoint.workspace.policy.Principal;

/**
 * The contribution rows of the authorisation matrix (DECISIONS D-pool-2, by hand): a contribution
 * of organisation A is {@code TLP:RED} for A's contributors and admins only; everyone else, A's
 * viewers and analysts included, gets the 404 of a missing one, anonymous callers 401 on changes.
 */
final class ContributionMatrix {
  private ContributionMatrix() {}

  /** Whether {@code w} sees A's contributions: D-pool-2. */
  static boolean maySee(Who w) {
    return w.rel() == Rel.OWNER && (w.role() == Role.CONTRIBUTOR || w.role() == Role.ADMIN);
  }

  /** A contribution of A uploaded by A's contributor. */
  static Contribution fixture(WorkspaceServer s, String author, String name) {
    Principal p = Principal.session(s.ws.users().byEmail(author).orElseThrow());
    return s.ws
        .contributions()
        .upload(
            p,
            new ContributionService.Upload(
                name,
                null,
                "nodes.csv",
                SyntheticMaps.bytes(SyntheticMaps.A_NODES),
                "links.csv",
                SyntheticMaps.bytes(SyntheticMaps.A_LINKS)),
            SyntheticMaps.PARSER);
  }

  /** Checks one contribution route for every caller; returns the number of checks. */
  static int check(WorkspaceServer s, Route r, List<Who> who, Contribution fixture, String author) {
    int checked = 0;
    String key = r.method() + " " + r.path();
    for (Who w : who) {
      switch (key) {
        case "POST /api/v1/contributions" -> {
          HttpResponse<String> resp =
              s.send(
                  "POST",
                  r.path(),
                  Multipart.contribution(
                      "matrix " + w, SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS),
                  header(w, "Content-Type", Multipart.TYPE));
          int expected =
              w.rel() == Rel.ANONYMOUS
                  ? 401
                  : w.role() == Role.CONTRIBUTOR || w.role() == Role.ADMIN ? 201 : 403;
          assertThat(resp.statusCode()).as("upload by %s: %s", w, resp.body()).isEqualTo(expected);
        }
        case "GET /api/v1/contributions" -> {
          for (String format : List.of("", "?format=csv")) {
            HttpResponse<String> resp = s.send("GET", r.path() + format, null, w.auth());
            assertThat(resp.statusCode()).isEqualTo(200);
            boolean shown =
                format.isEmpty()
                    ? resp.body().contains("\"id\" : " + fixture.id() + ",")
                    : resp.body().lines().anyMatch(l -> l.startsWith(fixture.id() + ","));
            assertThat(shown).as("list %s to %s", format, w).isEqualTo(maySee(w));
            if (!maySee(w)) {
              assertThat(resp.body()).doesNotContain(fixture.name());
            }
          }
        }
        case "GET /api/v1/contributions/{id}", "GET /api/v1/contributions/{id}/versions" -> {
          for (String format : List.of("", "?format=csv")) {
            HttpResponse<String> resp =
                s.send("GET", path(r, fixture.id()) + format, null, w.auth());
            if (maySee(w)) {
              assertThat(resp.statusCode()).as("%s by %s", key, w).isEqualTo(200);
            } else {
              long missing = 1_000_000;
              assertThat(resp.statusCode()).as("%s by %s", key, w).isEqualTo(404);
              assertThat(normalise(resp.body(), fixture.id()))
                  .isEqualTo(
                      normalise(
                          s.send("GET", path(r, missing) + format, null, w.auth()).body(),
                          missing));
            }
          }
        }
        case "POST /api/v1/contributions/{id}/withdraw" -> {
          // those who may see withdraw a contribution of their own; the others try the fixture
          long target = maySee(w) ? fixture(s, author, "to withdraw " + w).id() : fixture.id();
          HttpResponse<String> resp =
              s.send("POST", path(r, target), "{}", header(w, "Content-Type", "application/json"));
          int expected = w.rel() == Rel.ANONYMOUS ? 401 : maySee(w) ? 200 : 404;
          assertThat(resp.statusCode()).as("withdraw by %s", w).isEqualTo(expected);
        }
        default -> throw new AssertionError("no contribution check for " + key);
      }
      checked++;
    }
    return checked;
  }

  /**
   * The pooled rows (D-pool-3, by hand): members of a government organisation (A and B of the
   * matrix) and of an organisation with a current contribution see pooled views; other members get
   * 403, anonymous callers 401.
   */
  static int checkPooled(WorkspaceServer s, Route r, List<Who> who) {
    java.util.Set<Long> contributing =
        new org.chokepoint.workspace.contribution.ContributionStore(s.ws.database().dataSource())
            .contributingOrganisations();
    int checked = 0;
    for (Who w : who) {
      HttpResponse<String> resp = s.send("GET", r.path(), null, w.auth());
      int expected;
      if (w.rel() == Rel.ANONYMOUS) {
        expected = 401;
      } else {
        long org =
            s.ws.users().byEmail(w.email()).orElseThrow().memberships().get(0).organisationId();
        boolean government = w.rel() == Rel.OWNER || w.rel() == Rel.RECIPIENT;
        expected = government || contributing.contains(org) ? 200 : 403;
      }
      assertThat(resp.statusCode())
          .as("%s by %s: %s", r.path(), w, resp.body())
          .isEqualTo(expected);
      if (expected != 200) {
        assertThat(resp.body()).doesNotContain("photoresist");
      }
      checked++;
    }
    return checked;
  }

  private static String path(Route r, long id) {
    return r.path().replace("{id}", String.valueOf(id));
  }

  private static String normalise(String body, long id) {
    return body.replace("contribution " + id + "\"", "contribution N\"")
        .replace("/contributions/" + id + "\"", "/contributions/N\"")
        .replace("/contributions/" + id + "/", "/contributions/N/");
  }

  private static String[] header(Who w, String name, String value) {
    List<String> h = new ArrayList<>(List.of(w.auth()));
    h.add(name);
    h.add(value);
    return h.toArray(String[]::new);
  }
}

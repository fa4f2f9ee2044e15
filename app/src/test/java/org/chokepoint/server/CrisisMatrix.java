package org.chokepoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.server.AuthorisationMatrixTest.Rel;
import org.chokepoint.server.AuthorisationMatrixTest.Who;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.crisis.CrisisFields;
import org.chokepoint.workspace.crisis.CrisisRequest;
import org.chokepoint.workspace.crisis.CrisisService;
import org.chokepoint.workspace.policy.Principal;

/**
 * The crisis-request rows of the authorisation matrix ({@link AuthorisationMatrixTest}). The
 * fixture: Ministry A (a government) raises a request addressed to Ministry B (a government); Firm
 * C is an outsider. Expected answers, by hand from DECISIONS D-crisis-2 and D-crisis-3: every
 * member of A and B reads it (TLP:AMBER, B a recipient), C and anonymous get 404 / nothing listed;
 * raising needs analyst or more in a government; responding, linking and scheduling need analyst or
 * more in A or B; closing and withdrawing need analyst or more in A.
 */
final class CrisisMatrix {
  static final String PATH = CrisisApi.PATH;

  private CrisisMatrix() {}

  private static CrisisRequest raise(WorkspaceServer s, String title) {
    Principal a = Principal.session(s.ws.users().byEmail("analyst@a.example").orElseThrow());
    return s.ws
        .crisis()
        .raise(
            a,
            new CrisisService.Draft(
                new CrisisFields(
                    title, "impact", "cause", "3 months", "sectors", "measures", "help"),
                List.of("Ministry B"),
                null,
                null));
  }

  static String body(String to, String omit) {
    StringBuilder b = new StringBuilder("{\"addressed_to\":[\"" + to + "\"]");
    for (String f :
        List.of(
            "title", "impact", "cause", "expected_duration", "sectors", "measures", "assistance")) {
      if (!f.equals(omit)) {
        b.append(",\"").append(f).append("\":\"synthetic ").append(f).append('"');
      }
    }
    return b.append('}').toString();
  }

  static boolean reads(Who w) {
    return w.rel() == Rel.OWNER || w.rel() == Rel.RECIPIENT;
  }

  static boolean analyst(Who w) {
    return w.role() != null && w.role().atLeast(Role.ANALYST);
  }

  /** Checks one crisis route for every caller; returns the number of checks. */
  static int check(WorkspaceServer s, Route r, List<Who> who) {
    CrisisRequest fixture = raise(s, "crisis fixture q7 title");
    String p = r.path();
    int checked = 0;
    for (Who w : who) {
      String[] json = header(w, "Content-Type", "application/json");
      if (r.method().equals("POST") && p.equals(PATH)) {
        String to = w.rel() == Rel.RECIPIENT ? "Ministry A" : "Ministry B";
        int st = s.send("POST", p, body(to, null), json).statusCode();
        int expected =
            w.rel() == Rel.ANONYMOUS ? 401 : w.rel() == Rel.OUTSIDER || !analyst(w) ? 403 : 201;
        assertThat(st).as("raise by %s", w).isEqualTo(expected);
        if (expected == 201) {
          HttpResponse<String> bad = s.send("POST", p, body(to, "cause"), json);
          assertThat(bad.statusCode()).isEqualTo(400);
          assertThat(WorkspaceServer.json(bad).at("/errors/0/parameter").asText())
              .isEqualTo("cause");
        }
      } else if (p.equals(PATH)) {
        for (String variant : List.of("", "?format=csv")) {
          HttpResponse<String> resp = s.send("GET", p + variant, null, w.auth());
          assertThat(resp.statusCode()).isEqualTo(200);
          boolean shown =
              variant.isEmpty()
                  ? ids(resp).contains(fixture.id())
                  : resp.body().lines().anyMatch(l -> l.startsWith(fixture.id() + ","));
          assertThat(shown).as("list%s to %s", variant, w).isEqualTo(reads(w));
          if (!reads(w)) {
            assertThat(resp.body()).doesNotContain("crisis fixture q7");
          }
        }
      } else if (p.equals(PATH + "/{id}")) {
        for (String variant : List.of("", "?format=csv")) {
          HttpResponse<String> resp = s.send("GET", at(p, fixture.id()) + variant, null, w.auth());
          HttpResponse<String> missing = s.send("GET", at(p, 1_000_000) + variant, null, w.auth());
          assertThat(missing.statusCode()).isEqualTo(404);
          if (reads(w)) {
            assertThat(resp.statusCode()).as("read by %s", w).isEqualTo(200);
            assertThat(resp.body()).contains("crisis fixture q7");
          } else {
            assertThat(resp.statusCode()).as("read by %s", w).isEqualTo(404);
            assertThat(resp.body().replace(String.valueOf(fixture.id()), "N"))
                .isEqualTo(missing.body().replace("1000000", "N"));
          }
        }
        assertThat(s.send("GET", PATH + "/abc", null, w.auth()).statusCode()).isEqualTo(400);
      } else if (p.endsWith("/close") || p.endsWith("/withdraw")) {
        CrisisRequest fresh = raise(s, "to end " + w);
        int st = s.send("POST", at(p, fresh.id()), "{}", json).statusCode();
        int expected =
            w.rel() == Rel.ANONYMOUS
                ? 401
                : !reads(w) ? 404 : w.rel() == Rel.OWNER && analyst(w) ? 200 : 403;
        assertThat(st).as("%s by %s", p, w).isEqualTo(expected);
      } else {
        String b =
            p.endsWith("/responses")
                ? "{\"kind\":\"offer\",\"body\":\"synthetic offer\"}"
                : p.endsWith("/links")
                    ? "{\"kind\":\"pooled-view\",\"ref\":\"pooled:synthetic-" + w + "\"}"
                    : "{\"meeting_at\":\"" + fixture.raisedAt().plusSeconds(86_400) + "\"}";
        int st = s.send("POST", at(p, fixture.id()), b, json).statusCode();
        int ok = p.endsWith("/meeting") ? 200 : 201;
        int expected = w.rel() == Rel.ANONYMOUS ? 401 : !reads(w) ? 404 : analyst(w) ? ok : 403;
        assertThat(st).as("%s by %s", p, w).isEqualTo(expected);
      }
      checked++;
    }
    return checked;
  }

  private static String at(String path, long id) {
    return path.replace("{id}", String.valueOf(id));
  }

  private static List<Long> ids(HttpResponse<String> resp) {
    List<Long> out = new ArrayList<>();
    WorkspaceServer.json(resp).get("crisis_requests").forEach(x -> out.add(x.get("id").asLong()));
    return out;
  }

  private static String[] header(Who w, String name, String value) {
    List<String> h = new ArrayList<>(List.of(w.auth()));
    h.add(name);
    h.add(value);
    return h.toArray(String[]::new);
  }
}

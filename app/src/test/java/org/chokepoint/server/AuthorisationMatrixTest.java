package org.chokepoint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.account.TokenScope;
import org.chokepoint.workspace.account.User;
import org.chokepoint.workspace.assessment.Assessment;
import org.chokepoint.workspace.assessment.AssessmentService;
import org.chokepoint.workspace.label.TlpLabel;
import org.chokepoint.workspace.policy.Principal;
import org.chokepoint.workspace.policy.RouteAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The authorisation matrix: every route of the server's route table × every role × every TLP label
 * × every relationship to the object (owner organisation, recipient organisation, outsider,
 * anonymous), over real HTTP against real PostgreSQL. A route without a row in {@link #ROWS} fails
 * the test, so no endpoint can be added without saying who may call it.
 *
 * <p>The expected answers come from {@link #mayRead} and {@link #mayShare}, written by hand from
 * DECISIONS D-ws-2 (FIRST TLP 2.0), not from the policy under test. Fixture: organisation A owns
 * one assessment per label, written by A's contributor; B is the recipient organisation of the
 * TLP:AMBER one, and B's analyst the named person of the TLP:RED one; C is an outsider.
 */
class AuthorisationMatrixTest {
  /** What a route does, and so how its row is checked. */
  enum Row {
    /** Analyses of public datasets: anyone, answered alike for everyone. */
    PUBLIC,
    /** Analyses of uploads and of names, runs of scenarios: members only once accounts exist. */
    MEMBER,
    /** What changes the server for everyone (a dataset import), the audit log: admins only. */
    ADMIN,
    SIGN_IN,
    SIGN_OUT,
    WHO_AM_I,
    CREATE,
    LIST,
    READ,
    SHARE,
    /** Crisis requests: checked by {@link CrisisMatrix}. */
    CRISIS,
    /** Contributions: TLP:RED for the owner's contributors and admins (ContributionMatrix). */
    CONTRIBUTION,
    /** Pooled views: government and contributing members (ContributionMatrix.checkPooled). */
    POOLED,
    /** Joint assessments: reads of the joint state, comments, versions and reports. */
    JOINT_READ,
    /** One published version (none is published in the fixture). */
    JOINT_VERSION,
    /** Changing the draft: analyst or more in the owner organisation. */
    JOINT_DRAFT,
    /** Inviting partners: what sharing needs. */
    JOINT_INVITE,
    /** Commenting: analyst or more in a participating organisation (here A only). */
    JOINT_COMMENT,
    /** Signing off: as commenting. */
    JOINT_SIGNOFF
  }

  static final Map<String, Row> ROWS = new LinkedHashMap<>();

  static {
    for (String p :
        List.of(
            "/api/v1/datasets",
            "/api/v1/groups",
            "/api/v1/product-lists",
            "/api/v1/defaults",
            "/api/v1/minerals",
            "/api/v1/minerals/years",
            "/api/v1/dependence",
            "/api/v1/dependence/years",
            "/api/v1/criticality/eu-sr",
            "/api/v1/criticality/jp-checklist",
            "/api/v1/chokepoints",
            "/api/v1/network/tree",
            "/api/v1/network/residual",
            "/api/v1/network/exposure",
            "/api/v1/network/dominators",
            "/api/v1/overview",
            "/api/v1/screen/lists",
            "/api/v1/scenarios/examples",
            "/api/v1/scenarios/tables",
            "/api/v1/io/analyze",
            "/api/v1/io/iim")) {
      ROWS.put("GET " + p, Row.PUBLIC);
    }
    ROWS.put("POST /api/v1/criticality/eu-sr/inputs", Row.MEMBER);
    ROWS.put("GET /api/v1/screen/name", Row.MEMBER);
    ROWS.put("POST /api/v1/screen/names", Row.MEMBER);
    ROWS.put("POST /api/v1/screen/pairs", Row.MEMBER);
    ROWS.put("POST /api/v1/simulate", Row.MEMBER);
    ROWS.put("GET /api/v1/jobs/{id}", Row.MEMBER);
    ROWS.put("POST /api/v1/datasets/import", Row.ADMIN);
    ROWS.put("GET /api/v1/audit/entries", Row.ADMIN);
    ROWS.put("GET /api/v1/audit/checkpoint", Row.ADMIN);
    ROWS.put("GET /api/v1/audit/proof", Row.ADMIN);
    // administration: admins, each over its own organisations (D-ws-7, AdminApiTest)
    ROWS.put("GET /api/v1/admin/organisations", Row.ADMIN);
    ROWS.put("GET /api/v1/admin/users", Row.ADMIN);
    ROWS.put("POST /api/v1/admin/users", Row.ADMIN);
    // API tokens: every member manages its own (admins also their organisations' users')
    ROWS.put("GET /api/v1/admin/tokens", Row.MEMBER);
    ROWS.put("POST /api/v1/admin/tokens", Row.MEMBER);
    ROWS.put("POST /api/v1/admin/tokens/{id}/revoke", Row.MEMBER);
    ROWS.put("POST /api/v1/auth/login", Row.SIGN_IN);
    ROWS.put("POST /api/v1/auth/logout", Row.SIGN_OUT);
    ROWS.put("GET /api/v1/auth/me", Row.WHO_AM_I);
    ROWS.put("POST /api/v1/assessments", Row.CREATE);
    ROWS.put("GET /api/v1/assessments", Row.LIST);
    ROWS.put("GET /api/v1/assessments/{id}", Row.READ);
    ROWS.put("POST /api/v1/assessments/{id}/share", Row.SHARE);
    for (String crisis :
        List.of(
            "POST /api/v1/crisis-requests",
            "GET /api/v1/crisis-requests",
            "GET /api/v1/crisis-requests/{id}",
            "POST /api/v1/crisis-requests/{id}/responses",
            "POST /api/v1/crisis-requests/{id}/links",
            "POST /api/v1/crisis-requests/{id}/meeting",
            "POST /api/v1/crisis-requests/{id}/close",
            "POST /api/v1/crisis-requests/{id}/withdraw")) {
      ROWS.put(crisis, Row.CRISIS);
    }
    for (String p :
        List.of(
            "POST /api/v1/contributions",
            "GET /api/v1/contributions",
            "GET /api/v1/contributions/{id}",
            "GET /api/v1/contributions/{id}/versions",
            "POST /api/v1/contributions/{id}/withdraw")) {
      ROWS.put(p, Row.CONTRIBUTION);
    }
    ROWS.put("GET /api/v1/pooled", Row.POOLED);
    ROWS.put("GET /api/v1/pooled/network", Row.POOLED);
    ROWS.put("GET /api/v1/pooled/chokepoints", Row.POOLED);
    // joint assessments (D-joint-2)
    ROWS.put("GET /api/v1/assessments/{id}/joint", Row.JOINT_READ);
    ROWS.put("GET /api/v1/assessments/{id}/comments", Row.JOINT_READ);
    ROWS.put("GET /api/v1/assessments/{id}/versions", Row.JOINT_READ);
    ROWS.put("GET /api/v1/assessments/{id}/report.html", Row.JOINT_READ);
    ROWS.put("GET /api/v1/assessments/{id}/report.pdf", Row.JOINT_READ);
    ROWS.put("GET /api/v1/assessments/{id}/versions/{version}", Row.JOINT_VERSION);
    ROWS.put("POST /api/v1/assessments/{id}/draft", Row.JOINT_DRAFT);
    ROWS.put("POST /api/v1/assessments/{id}/invite", Row.JOINT_INVITE);
    ROWS.put("POST /api/v1/assessments/{id}/comments", Row.JOINT_COMMENT);
    ROWS.put("POST /api/v1/assessments/{id}/signoff", Row.JOINT_SIGNOFF);
  }

  /** Relationship of a caller's organisation to the objects (all owned by A). */
  enum Rel {
    OWNER,
    RECIPIENT,
    OUTSIDER,
    ANONYMOUS
  }

  /** One caller: relationship, role (null when anonymous), bearer token. */
  record Who(Rel rel, Role role, String email, String token) {
    String[] auth() {
      return token == null ? new String[0] : new String[] {"Authorization", "Bearer " + token};
    }

    @Override
    public String toString() {
      return rel + (role == null ? "" : "/" + role.id());
    }
  }

  @TempDir static Path home;
  static WorkspaceServer s;
  static final List<Who> WHO = new ArrayList<>();
  static final Map<TlpLabel, Assessment> OBJECTS = new EnumMap<>(TlpLabel.class);
  static final String AUTHOR = "contributor@a.example";
  static final String NAMED = "analyst@b.example";

  @BeforeAll
  static void start() {
    s = new WorkspaceServer(home, Clock.systemUTC(), false);
    var orgs = s.ws.organisations();
    Map<Rel, Organisation> org = new EnumMap<>(Rel.class);
    org.put(Rel.OWNER, orgs.add("Ministry A", OrganisationKind.GOVERNMENT, "JPN"));
    org.put(Rel.RECIPIENT, orgs.add("Ministry B", OrganisationKind.GOVERNMENT, "USA"));
    org.put(Rel.OUTSIDER, orgs.add("Firm C", OrganisationKind.FIRM, "KOR"));
    Map<String, User> users = new LinkedHashMap<>();
    for (Rel rel : List.of(Rel.OWNER, Rel.RECIPIENT, Rel.OUTSIDER)) {
      String domain = rel == Rel.OWNER ? "a" : rel == Rel.RECIPIENT ? "b" : "c";
      for (Role role : Role.values()) {
        String email = role.id() + "@" + domain + ".example";
        User u = s.ws.users().add(email, "matrix-password", org.get(rel), role);
        users.put(email, u);
        WHO.add(
            new Who(rel, role, email, s.ws.tokens().create(u, TokenScope.READ_WRITE, 1).secret()));
      }
    }
    WHO.add(new Who(Rel.ANONYMOUS, null, null, null));
    Principal author = Principal.session(users.get(AUTHOR));
    for (TlpLabel label : TlpLabel.values()) {
      List<String> recipients =
          switch (label) {
            case AMBER -> List.of("Ministry B");
            case RED -> List.of("user:" + NAMED);
            default -> List.of();
          };
      OBJECTS.put(
          label,
          s.ws
              .assessments()
              .create(
                  author,
                  new AssessmentService.Draft(
                      "matrix " + label.spelling() + " title-" + label.ordinal() + "q7",
                      label.spelling(),
                      recipients,
                      "confidential body " + label.ordinal(),
                      null)));
    }
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  /** Who may read an object of A with this label: D-ws-2, by hand. */
  static boolean mayRead(Who w, TlpLabel label) {
    return switch (label) {
      case CLEAR -> true;
      case GREEN -> w.rel() != Rel.ANONYMOUS;
      case AMBER -> w.rel() == Rel.OWNER || w.rel() == Rel.RECIPIENT;
      case AMBER_STRICT -> w.rel() == Rel.OWNER;
      case RED -> AUTHOR.equals(w.email()) || NAMED.equals(w.email());
    };
  }

  /** Who may share: readers who are contributor or admin of the owner organisation. */
  static boolean mayShare(Who w, TlpLabel label) {
    return mayRead(w, label)
        && w.rel() == Rel.OWNER
        && (w.role() == Role.CONTRIBUTOR || w.role() == Role.ADMIN);
  }

  static String path(Route r, long id) {
    return r.path().replace("{id}", String.valueOf(id)).replace("{version}", "1");
  }

  /** Who may change the draft: readers who are analyst or more in the owner organisation. */
  static boolean mayWrite(Who w, TlpLabel label) {
    return mayRead(w, label) && w.rel() == Rel.OWNER && w.role() != Role.VIEWER;
  }

  @Test
  void everyRouteHasARowAndItsAccessClass() {
    for (Route r : s.server.routes()) {
      Row row = ROWS.get(r.method() + " " + r.path());
      if (row == null) {
        fail(
            "route "
                + r.method()
                + " "
                + r.path()
                + " has no row in the authorisation matrix; add one to ROWS");
      }
      RouteAccess expected =
          switch (row) {
            case PUBLIC -> RouteAccess.PUBLIC;
            case MEMBER, POOLED -> RouteAccess.MEMBER;
            case ADMIN -> RouteAccess.ADMIN;
            case SIGN_IN, SIGN_OUT, WHO_AM_I -> RouteAccess.SIGN_IN;
            default -> RouteAccess.OBJECTS;
          };
      assertThat(r.access()).as(r.path()).isEqualTo(expected);
    }
    assertThat(ROWS.keySet())
        .as("rows for routes that no longer exist")
        .allMatch(
            k -> s.server.routes().stream().anyMatch(r -> k.equals(r.method() + " " + r.path())));
  }

  @Test
  void theMatrix() {
    int checked = 0;
    org.chokepoint.workspace.contribution.Contribution contribution =
        ContributionMatrix.fixture(s, AUTHOR, "matrix contribution q9");
    for (Route r : s.server.routes()) {
      Row row = ROWS.get(r.method() + " " + r.path());
      switch (row) {
        case PUBLIC -> {
          Integer first = null;
          for (Who w : WHO) {
            int st = s.send(r.method(), r.path(), null, w.auth()).statusCode();
            assertThat(st).as("%s %s", r.path(), w).isNotIn(401, 403, 503);
            first = first == null ? st : first;
            assertThat(st).as("%s answered alike for %s", r.path(), w).isEqualTo(first);
            checked++;
          }
        }
        case MEMBER -> {
          // a path parameter (a job id) names nothing that exists: members get 404, not 401/403
          String path = r.path().replaceAll("\\{[^}]+}", "no-such-id");
          for (Who w : WHO) {
            int st =
                s.send(r.method(), path, "a,b\n1,2\n", header(w, "Content-Type", "text/csv"))
                    .statusCode();
            if (w.rel() == Rel.ANONYMOUS) {
              assertThat(st).as("%s by %s", r.path(), w).isEqualTo(401);
            } else {
              assertThat(st).as("%s by %s", r.path(), w).isNotIn(401, 403);
            }
            checked++;
          }
        }
        case ADMIN -> {
          for (Who w : WHO) {
            // no source named: an admin gets 400 before anything changes
            int st =
                s.send(r.method(), r.path(), "a,b\n1,2\n", header(w, "Content-Type", "text/csv"))
                    .statusCode();
            if (w.rel() == Rel.ANONYMOUS) {
              assertThat(st).as("%s by %s", r.path(), w).isEqualTo(401);
            } else if (w.role() != Role.ADMIN) {
              assertThat(st).as("%s by %s", r.path(), w).isEqualTo(403);
            } else {
              assertThat(st).as("%s by %s", r.path(), w).isNotIn(401, 403);
            }
            checked++;
          }
        }
        case SIGN_IN -> {
          for (Who w : WHO) {
            String email = w.email() == null ? "nobody@x.example" : w.email();
            int st =
                s.send(
                        "POST",
                        r.path(),
                        "{\"email\":\"" + email + "\",\"password\":\"wrong-password\"}",
                        "Content-Type",
                        "application/json")
                    .statusCode();
            assertThat(st).as("wrong password for %s", w).isIn(401, 429);
            checked++;
          }
          // clear the throttle the failures above built up for the test address
          clearThrottle();
        }
        case SIGN_OUT, WHO_AM_I -> {
          for (Who w : WHO) {
            HttpResponse<String> resp = s.send(r.method(), r.path(), null, w.auth());
            assertThat(resp.statusCode()).as("%s by %s", r.path(), w).isEqualTo(200);
            if (row == Row.WHO_AM_I) {
              JsonNode me = WorkspaceServer.json(resp);
              assertThat(me.get("signed_in").asBoolean()).isEqualTo(w.rel() != Rel.ANONYMOUS);
              assertThat(me.get("via").asText())
                  .isEqualTo(w.token() == null ? "anonymous" : "token");
            }
            checked++;
          }
        }
        case CREATE -> {
          for (Who w : WHO) {
            for (TlpLabel label : TlpLabel.values()) {
              String recipients = label == TlpLabel.AMBER ? "[\"Ministry B\"]" : "[]";
              HttpResponse<String> resp =
                  s.send(
                      "POST",
                      r.path(),
                      "{\"title\":\"by "
                          + w
                          + "\",\"label\":\""
                          + label.spelling()
                          + "\",\"recipients\":"
                          + recipients
                          + ",\"body\":\"x\"}",
                      header(w, "Content-Type", "application/json"));
              int expected = w.rel() == Rel.ANONYMOUS ? 401 : w.role() == Role.VIEWER ? 403 : 201;
              assertThat(resp.statusCode()).as("create %s by %s", label, w).isEqualTo(expected);
              // creating in another organisation's name is refused
              if (w.rel() != Rel.ANONYMOUS && w.rel() != Rel.OWNER) {
                HttpResponse<String> foreign =
                    s.send(
                        "POST",
                        r.path(),
                        "{\"title\":\"t\",\"label\":\"TLP:CLEAR\",\"recipients\":[],"
                            + "\"organisation\":\"Ministry A\"}",
                        header(w, "Content-Type", "application/json"));
                assertThat(foreign.statusCode()).as("create for A by %s", w).isEqualTo(403);
              }
              checked++;
            }
          }
        }
        case LIST -> {
          for (Who w : WHO) {
            for (String variant : List.of("", "?q=q7", "?format=csv", "?q=title-&format=csv")) {
              HttpResponse<String> resp = s.send("GET", r.path() + variant, null, w.auth());
              assertThat(resp.statusCode()).isEqualTo(200);
              for (TlpLabel label : TlpLabel.values()) {
                Assessment a = OBJECTS.get(label);
                boolean shown =
                    variant.contains("csv")
                        ? resp.body().lines().anyMatch(l -> l.startsWith(a.id() + ","))
                        : ids(WorkspaceServer.json(resp)).contains(a.id());
                assertThat(shown)
                    .as("%s%s lists %s to %s", r.path(), variant, label, w)
                    .isEqualTo(mayRead(w, label));
                if (!mayRead(w, label)) {
                  assertThat(resp.body()).doesNotContain(a.title());
                }
              }
              checked++;
            }
          }
        }
        case READ -> {
          long missing = 1_000_000;
          for (Who w : WHO) {
            HttpResponse<String> absent = s.send("GET", path(r, missing), null, w.auth());
            assertThat(absent.statusCode()).isEqualTo(404);
            for (TlpLabel label : TlpLabel.values()) {
              Assessment a = OBJECTS.get(label);
              for (String format : List.of("", "?format=csv")) {
                HttpResponse<String> resp = s.send("GET", path(r, a.id()) + format, null, w.auth());
                if (mayRead(w, label)) {
                  assertThat(resp.statusCode()).as("read %s by %s", label, w).isEqualTo(200);
                  assertThat(resp.body()).contains(a.title());
                } else {
                  assertThat(resp.statusCode()).as("read %s by %s", label, w).isEqualTo(404);
                  assertThat(normalise(resp.body(), a.id()))
                      .as("denied answers exactly as missing")
                      .isEqualTo(
                          normalise(
                              s.send("GET", path(r, missing) + format, null, w.auth()).body(),
                              missing));
                }
                checked++;
              }
            }
            assertThat(s.send("GET", path(r, 0).replace("/0", "/abc"), null, w.auth()).statusCode())
                .isEqualTo(400);
          }
        }
        case CRISIS -> checked += CrisisMatrix.check(s, r, WHO);
        case CONTRIBUTION -> checked += ContributionMatrix.check(s, r, WHO, contribution, AUTHOR);
        case POOLED -> checked += ContributionMatrix.checkPooled(s, r, WHO);
        case SHARE -> {
          for (Who w : WHO) {
            for (TlpLabel label : TlpLabel.values()) {
              Assessment a = OBJECTS.get(label);
              String same =
                  "{\"recipients\":"
                      + (label == TlpLabel.AMBER
                          ? "[\"Ministry B\"]"
                          : label == TlpLabel.RED ? "[\"user:" + NAMED + "\"]" : "[]")
                      + ",\"label\":\""
                      + label.spelling()
                      + "\"}";
              HttpResponse<String> resp =
                  s.send(
                      "POST", path(r, a.id()), same, header(w, "Content-Type", "application/json"));
              int expected =
                  w.rel() == Rel.ANONYMOUS
                      ? 401
                      : !mayRead(w, label) ? 404 : mayShare(w, label) ? 200 : 403;
              assertThat(resp.statusCode()).as("share %s by %s", label, w).isEqualTo(expected);
              checked++;
            }
          }
        }
        case JOINT_READ, JOINT_VERSION -> {
          long missing = 1_000_000;
          for (Who w : WHO) {
            for (TlpLabel label : TlpLabel.values()) {
              Assessment a = OBJECTS.get(label);
              HttpResponse<String> resp = s.send("GET", path(r, a.id()), null, w.auth());
              String absent = s.send("GET", path(r, missing), null, w.auth()).body();
              if (mayRead(w, label) && row == Row.JOINT_READ) {
                assertThat(resp.statusCode()).as("%s %s by %s", r.path(), label, w).isEqualTo(200);
              } else if (mayRead(w, label)) {
                assertThat(resp.statusCode()).isEqualTo(404);
                assertThat(resp.body()).contains("has no published version 1");
              } else {
                assertThat(resp.statusCode()).as("%s %s by %s", r.path(), label, w).isEqualTo(404);
                assertThat(normalise(resp.body(), a.id()))
                    .as("denied answers exactly as missing")
                    .isEqualTo(normalise(absent, missing));
              }
              checked++;
            }
          }
        }
        case JOINT_DRAFT, JOINT_INVITE, JOINT_COMMENT, JOINT_SIGNOFF -> {
          // bodies that change nothing: the same title, no organisation, a stale revision
          for (Who w : WHO) {
            for (TlpLabel label : TlpLabel.values()) {
              Assessment a = OBJECTS.get(label);
              String body =
                  switch (row) {
                    case JOINT_DRAFT -> "{\"title\":\"" + a.title() + "\"}";
                    case JOINT_INVITE -> "{\"organisations\":[]}";
                    case JOINT_COMMENT -> "{\"body\":\"matrix comment\"}";
                    default -> "{\"revision\":-1}";
                  };
              HttpResponse<String> resp =
                  s.send(
                      "POST", path(r, a.id()), body, header(w, "Content-Type", "application/json"));
              boolean allowed =
                  switch (row) {
                    case JOINT_INVITE -> mayShare(w, label);
                    default -> mayWrite(w, label);
                  };
              int ok =
                  switch (row) {
                    case JOINT_DRAFT -> 200;
                    case JOINT_INVITE -> 400;
                    case JOINT_COMMENT -> 201;
                    default -> 409;
                  };
              int expected =
                  w.rel() == Rel.ANONYMOUS ? 401 : !mayRead(w, label) ? 404 : allowed ? ok : 403;
              assertThat(resp.statusCode())
                  .as("%s %s by %s: %s", r.path(), label, w, resp.body())
                  .isEqualTo(expected);
              checked++;
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(500);
    // the fixture is unchanged: sharing the same recipients and label changes nothing
    for (TlpLabel label : TlpLabel.values()) {
      assertThat(
              s.ws
                  .assessments()
                  .get(
                      Principal.session(s.ws.users().byEmail(AUTHOR).orElseThrow()),
                      OBJECTS.get(label).id(),
                      org.chokepoint.workspace.policy.Action.READ)
                  .labelled()
                  .label())
          .isEqualTo(label);
    }
  }

  /** A problem body with the object's id written as N. */
  private static String normalise(String body, long id) {
    return body.replace("no assessment " + id + "\"", "no assessment N\"")
        .replace("/assessments/" + id + "\"", "/assessments/N\"")
        .replace("/assessments/" + id + "/", "/assessments/N/");
  }

  private static void clearThrottle() {
    try (var c = s.ws.database().connection();
        var st = c.createStatement()) {
      st.execute("DELETE FROM login_failures");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String[] header(Who w, String name, String value) {
    List<String> h = new ArrayList<>(List.of(w.auth()));
    h.add(name);
    h.add(value);
    return h.toArray(String[]::new);
  }

  private static List<Long> ids(JsonNode list) {
    List<Long> out = new ArrayList<>();
    list.get("assessments").forEach(a -> out.add(a.get("id").asLong()));
    return out;
  }
}

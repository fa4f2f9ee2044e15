package org.chokepoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.account.TokenScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The joint assessment workflow over real HTTP: two governments, and an outsider firm. */
class JointAssessmentsApiTest {
  @TempDir Path home;
  WorkspaceServer s;

  @AfterEach
  void stop() {
    if (s != null) {
      s.close();
    }
  }

  private String token(String email, Organisation o, Role role) {
    var u = s.ws.users().add(email, "joint-password", o, role);
    return s.ws.tokens().create(u, TokenScope.READ_WRITE, 1).secret();
  }

  private HttpResponse<String> post(String token, String path, String body) {
    return s.send(
        "POST", path, body, "Authorization", "Bearer " + token, "Content-Type", "application/json");
  }

  private HttpResponse<String> get(String token, String path) {
    return s.send("GET", path, null, "Authorization", "Bearer " + token);
  }

  @Test
  void twoGovernmentsDraftCommentSignAndPublishAndAnOutsiderSeesNothing() throws Exception {
    s = new WorkspaceServer(home, Clock.systemUTC(), false);
    var orgs = s.ws.organisations();
    String meti =
        token(
            "a@meti.example",
            orgs.add("METI", OrganisationKind.GOVERNMENT, "JPN"),
            Role.CONTRIBUTOR);
    String doc =
        token("a@doc.example", orgs.add("DoC", OrganisationKind.GOVERNMENT, "USA"), Role.ANALYST);
    String firm =
        token("x@firm.example", orgs.add("Firm", OrganisationKind.FIRM, "KOR"), Role.ADMIN);

    HttpResponse<String> created =
        post(
            meti,
            "/api/v1/assessments",
            "{\"title\":\"Gallium\",\"label\":\"TLP:AMBER\",\"recipients\":[]}");
    assertThat(created.statusCode()).isEqualTo(201);
    long id = WorkspaceServer.json(created).get("id").asLong();
    String base = "/api/v1/assessments/" + id;

    HttpResponse<String> drafted =
        post(
            meti,
            base + "/draft",
            "{\"narrative\":\"Gallium is concentrated.\",\"analyses\":[{\"kind\":\"dependence\","
                + "\"title\":\"HS 811292\",\"parameters\":{\"hs\":\"811292\",\"year\":2024},"
                + "\"datasets\":[\"baci\"]}],\"pooled_views\":[{\"title\":\"Pooled gallium\","
                + "\"query\":\"input=gallium\"}]}");
    assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(200);
    JsonNode ds = WorkspaceServer.json(drafted).get("analyses").get(0).get("datasets").get(0);
    // from the bundled manifest of baci (starter pack): CEPII's licence and release
    assertThat(ds.get("licence").asText()).isEqualTo("Etalab Open Licence 2.0 (attribute CEPII)");
    assertThat(ds.get("vintage").asText()).isEqualTo("V202601");
    assertThat(ds.get("version").asText()).startsWith("starter@");
    assertThat(
            WorkspaceServer.json(drafted)
                .get("analyses")
                .get(0)
                .get("parameters")
                .get("year")
                .asText())
        .isEqualTo("2024");
    assertThat(
            post(meti, base + "/draft", "{\"analyses\":[{\"kind\":\"x\",\"datasets\":[\"nope\"]}]}")
                .body())
        .contains("no dataset \\\"nope\\\" in the catalog");

    assertThat(get(doc, base + "/joint").statusCode()).isEqualTo(404);
    assertThat(post(meti, base + "/invite", "{\"organisations\":[\"DoC\"]}").statusCode())
        .isEqualTo(200);
    JsonNode state = WorkspaceServer.json(get(doc, base + "/joint"));
    assertThat(state.get("participants")).hasSize(2);
    assertThat(state.get("state").asText()).isEqualTo("draft");

    HttpResponse<String> c1 = post(doc, base + "/comments", "{\"body\":\"Add 2023.\"}");
    assertThat(c1.statusCode()).isEqualTo(201);
    long c1id = WorkspaceServer.json(c1).get("id").asLong();
    assertThat(
            post(meti, base + "/comments", "{\"body\":\"Done.\",\"parent\":" + c1id + "}")
                .statusCode())
        .isEqualTo(201);
    assertThat(get(meti, base + "/comments?format=csv").body())
        .startsWith("id,version,parent,author,organisation,created_at,body")
        .contains("Add 2023.");

    int revision =
        WorkspaceServer.json(post(meti, base + "/signoff", "{}")).get("revision").asInt();
    JsonNode published =
        WorkspaceServer.json(post(doc, base + "/signoff", "{\"revision\":" + revision + "}"));
    assertThat(published.get("state").asText()).isEqualTo("published");
    String hash = published.get("versions").get(0).get("content_hash").asText();

    HttpResponse<String> v1 = get(doc, base + "/versions/1");
    assertThat(v1.statusCode()).isEqualTo(200);
    assertThat(v1.headers().firstValue("Content-Hash")).contains(hash);
    String recomputed =
        "sha256:"
            + HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(v1.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(recomputed).isEqualTo(hash);
    assertThat(v1.body())
        .doesNotContain("Add 2023.")
        .contains("\"signoffs\":[{\"organisation\":\"DoC\"");

    assertThat(post(meti, base + "/signoff", "{}").statusCode()).isEqualTo(409);

    HttpResponse<String> html = get(doc, base + "/report.html");
    assertThat(html.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(html.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(t -> assertThat(t).contains("sandbox"));
    assertThat(html.body()).contains(hash, "共同評価報告書", "Etalab Open Licence 2.0");

    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(s.base + base + "/report.pdf"))
                    .header("Authorization", "Bearer " + doc)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
    try (PDDocument d = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(d)).contains(hash);
    }

    for (String path :
        new String[] {
          "/joint", "/comments", "/versions", "/versions/1", "/report.html", "/report.pdf"
        }) {
      HttpResponse<String> r = get(firm, base + path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(r.body()).as(path).doesNotContain("Gallium");
    }
    assertThat(post(firm, base + "/comments", "{\"body\":\"hi\"}").statusCode()).isEqualTo(404);

    // a change after publishing starts version 2; version 1 reads back byte for byte
    JsonNode v2 = WorkspaceServer.json(post(meti, base + "/draft", "{\"narrative\":\"Revised.\"}"));
    assertThat(v2.get("version").asInt()).isEqualTo(2);
    assertThat(v2.get("state").asText()).isEqualTo("draft");
    assertThat(get(doc, base + "/versions/1").body()).isEqualTo(v1.body());
    assertThat(s.audit.of("assessment.publish"))
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).endsWith(hash));
  }
}

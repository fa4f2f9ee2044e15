package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.workspace.db.EmbeddedPostgres;
import org.chokepoint.workspace.db.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chokepoint crisis raise|list|show|schedule|respond|link|close|remind} against a real
 * PostgreSQL database named by {@code database.url}: Japan's ministry raises a request to the
 * United States, which sees it, schedules the meeting and cannot close it; Japan closes it.
 */
class CrisisCommandTest {
  @TempDir Path home;

  private Path external() throws Exception {
    EmbeddedPostgres pg = TestPostgres.server();
    String name = "crisis_cli_" + ProcessHandle.current().pid();
    pg.dropDatabase(name);
    pg.createDatabase(name);
    Files.writeString(
        home.resolve("config.yaml"),
        "database:\n  url: "
            + pg.jdbcUrl(name)
            + "\n  user: "
            + pg.user()
            + "\n  password: \""
            + pg.password()
            + "\"\n");
    return home;
  }

  private static CliRun ok(Path dir, String... args) {
    CliRun r = CliRun.run(dir, args);
    assertThat(r.exitCode()).as("%s: %s", List.of(args), r.err()).isZero();
    return r;
  }

  private static void user(Path dir, String email, String org) {
    InputStream old = System.in;
    System.setIn(new ByteArrayInputStream("a long passphrase\n".getBytes(StandardCharsets.UTF_8)));
    try {
      ok(
          dir,
          "admin",
          "user",
          "add",
          "--email",
          email,
          "--org",
          org,
          "--role",
          "analyst",
          "--password-stdin");
    } finally {
      System.setIn(old);
    }
  }

  static String[] raise(String as, String to, String omit) {
    List<String> a = new ArrayList<>(List.of("crisis", "raise", "--as", as, "--to", to));
    for (String f :
        List.of("title", "impact", "cause", "duration", "sectors", "measures", "assistance")) {
      if (!f.equals(omit)) {
        a.add("--" + f);
        a.add("Synthetic " + f);
      }
    }
    a.addAll(List.of("--format", "json"));
    return a.toArray(String[]::new);
  }

  @Test
  void raiseListShowScheduleClose() throws Exception {
    Path dir = external();
    ok(dir, "admin", "org", "add", "--name", "METI", "--kind", "government", "--country", "JPN");
    ok(dir, "admin", "org", "add", "--name", "DoC", "--kind", "government", "--country", "USA");
    ok(dir, "admin", "org", "add", "--name", "Chipco", "--kind", "firm", "--country", "USA");
    user(dir, "a@meti.go.jp", "METI");
    user(dir, "a@doc.gov", "DoC");
    user(dir, "a@chipco.example", "Chipco");

    CliRun missing = CliRun.run(dir, raise("a@meti.go.jp", "DoC", "cause"));
    assertThat(missing.exitCode()).isNotZero();
    assertThat(missing.err()).contains("--cause");
    CliRun firm = CliRun.run(dir, raise("a@chipco.example", "DoC", null));
    assertThat(firm.exitCode()).isEqualTo(1);
    assertThat(firm.err()).contains("a crisis request is raised by a government");

    Instant before = Instant.now();
    JsonNode raised =
        new ObjectMapper().readTree(ok(dir, raise("a@meti.go.jp", "DoC", null)).out());
    long id = raised.get("id").asLong();
    Instant at = Instant.parse(raised.get("raised_at").asText());
    assertThat(at).isBetween(before.minusSeconds(1), Instant.now());
    assertThat(Instant.parse(raised.get("meeting_deadline").asText()))
        .isEqualTo(at.plus(Duration.ofDays(15)));
    assertThat(raised.get("addressed_to").get(0).asText()).isEqualTo("DoC");
    assertThat(raised.at("/fields/sectors").asText()).isEqualTo("Synthetic sectors");

    String csv = ok(dir, "crisis", "list", "--as", "a@doc.gov", "--format", "csv").out();
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "id,title,label,requester,addressed_to,status,raised_at,meeting_deadline,days_left,"
                + "reminder_sent_at,meeting_at,meeting_late,overdue,impact,cause,expected_duration,"
                + "sectors,measures,assistance");
    assertThat(lines.get(1)).startsWith(id + ",Synthetic title,TLP:AMBER,METI,DoC,open,");
    assertThat(lines.get(1)).contains(",15,,,false,false,Synthetic impact,");
    assertThat(
            ok(dir, "crisis", "list", "--as", "a@chipco.example", "--format", "csv").out().lines())
        .hasSize(1);
    assertThat(ok(dir, "crisis", "list", "--as", "a@doc.gov").out()).contains("Synthetic title");

    String meeting = at.plus(Duration.ofDays(16)).toString();
    JsonNode scheduled =
        new ObjectMapper()
            .readTree(
                ok(
                        dir,
                        "crisis",
                        "schedule",
                        String.valueOf(id),
                        "--at",
                        meeting,
                        "--as",
                        "a@doc.gov",
                        "--format",
                        "json")
                    .out());
    assertThat(scheduled.get("status").asText()).isEqualTo("meeting-scheduled");
    assertThat(scheduled.get("meeting_late").asBoolean()).isTrue();
    String shown = ok(dir, "crisis", "show", String.valueOf(id), "--as", "a@meti.go.jp").out();
    assertThat(shown).contains("expected_duration", "Synthetic duration", "(late)");
    String responded =
        ok(
                dir,
                "crisis",
                "respond",
                String.valueOf(id),
                "--text",
                "Synthetic: 2 t offered",
                "--as",
                "a@doc.gov")
            .out();
    assertThat(responded).contains("offer of DoC: Synthetic: 2 t offered");
    JsonNode linked =
        new ObjectMapper()
            .readTree(
                ok(
                        dir,
                        "crisis",
                        "link",
                        String.valueOf(id),
                        "--pooled-view",
                        "pooled:gallium?by=country",
                        "--as",
                        "a@meti.go.jp",
                        "--format",
                        "json")
                    .out());
    assertThat(linked.at("/links/0/kind").asText()).isEqualTo("pooled-view");
    assertThat(linked.at("/links/0/ref").asText()).isEqualTo("pooled:gallium?by=country");
    CliRun noSuch =
        CliRun.run(
            dir,
            "crisis",
            "link",
            String.valueOf(id),
            "--assessment",
            "77",
            "--as",
            "a@meti.go.jp");
    assertThat(noSuch.err()).isEqualTo("error: ref: no assessment 77 that you may read\n");
    CliRun notTheirs = CliRun.run(dir, "crisis", "close", String.valueOf(id), "--as", "a@doc.gov");
    assertThat(notTheirs.exitCode()).isEqualTo(1);
    assertThat(notTheirs.err())
        .isEqualTo(
            "error: only the requesting government (analyst or more) closes or withdraws its"
                + " request\n");
    CliRun outsider =
        CliRun.run(dir, "crisis", "show", String.valueOf(id), "--as", "a@chipco.example");
    assertThat(outsider.err()).contains("no crisis request " + id);
    assertThat(ok(dir, "crisis", "close", String.valueOf(id), "--as", "a@meti.go.jp").out())
        .contains("closed");
    assertThat(ok(dir, "crisis", "remind").out()).isEqualTo("no reminder due\n");
    assertThat(ok(dir, "audit", "verify").out()).contains("audit log verified");
  }
}

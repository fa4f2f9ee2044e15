package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.workspace.db.EmbeddedPostgres;
import org.chokepoint.workspace.db.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin commands (their forms are a contract) against a real PostgreSQL database named by
 * {@code database.url} in config.yaml, and once against the embedded default of the data directory.
 */
class AdminCommandTest {
  @TempDir Path home;

  private static int next;

  /** A data directory whose config.yaml points at a fresh database of the shared test server. */
  private Path external() throws Exception {
    EmbeddedPostgres pg = TestPostgres.server();
    String name = "admin_" + ProcessHandle.current().pid() + "_" + (++next);
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

  private static CliRun withStdin(String input, Path dir, String... args) {
    InputStream old = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return CliRun.run(dir, args);
    } finally {
      System.setIn(old);
    }
  }

  @Test
  void organisationsUsersAndTokensFromTheCommandLine() throws Exception {
    Path dir = external();
    CliRun org =
        CliRun.run(
            dir,
            "admin",
            "org",
            "add",
            "--name",
            "METI",
            "--kind",
            "government",
            "--country",
            "JPN");
    assertThat(org.exitCode()).as(org.err()).isZero();
    assertThat(org.out()).contains("organisation 1 added: METI (government, JPN)");
    CliRun bad =
        CliRun.run(dir, "admin", "org", "add", "--name", "X", "--kind", "ngo", "--country", "JPN");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("kind \"ngo\" is not one of government, firm, other");
    CliRun dup =
        CliRun.run(
            dir, "admin", "org", "add", "--name", "meti", "--kind", "firm", "--country", "JPN");
    assertThat(dup.err()).contains("an organisation named \"meti\" exists already");

    CliRun user =
        withStdin(
            "a long passphrase\n",
            dir,
            "admin",
            "user",
            "add",
            "--email",
            "aiko@meti.go.jp",
            "--org",
            "METI",
            "--role",
            "analyst",
            "--password-stdin");
    assertThat(user.exitCode()).as(user.err()).isZero();
    assertThat(user.out()).contains("aiko@meti.go.jp, analyst of METI");
    CliRun shortPw =
        withStdin(
            "short\n",
            dir,
            "admin",
            "user",
            "add",
            "--email",
            "b@meti.go.jp",
            "--org",
            "METI",
            "--role",
            "viewer",
            "--password-stdin");
    assertThat(shortPw.err()).contains("shorter than 8");

    CliRun token =
        CliRun.run(dir, "admin", "token", "create", "--email", "AIKO@meti.go.jp", "--days", "7");
    assertThat(token.exitCode()).as(token.err()).isZero();
    String secret = token.out().strip();
    assertThat(secret).matches("cpt_[A-Za-z0-9_-]{43}");
    assertThat(token.err()).contains("shown once");

    CliRun list = CliRun.run(dir, "admin", "token", "list", "--format", "csv");
    assertThat(list.outLines().get(0))
        .isEqualTo("id,email,scope,created_at,expires_at,revoked_at,status");
    assertThat(list.out()).doesNotContain(secret).contains("aiko@meti.go.jp,read-write");
    assertThat(list.out()).contains(",active");

    CliRun revoke = CliRun.run(dir, "admin", "token", "revoke", "1");
    assertThat(revoke.out()).contains("token 1 revoked");
    assertThat(CliRun.run(dir, "admin", "token", "list", "--format", "csv").out())
        .contains(",revoked");
    assertThat(CliRun.run(dir, "admin", "token", "revoke", "99").err()).contains("no token 99");

    JsonNode users =
        new ObjectMapper()
            .readTree(CliRun.run(dir, "admin", "user", "list", "--format", "json").out());
    assertThat(users.get(0).get("email").asText()).isEqualTo("aiko@meti.go.jp");
    assertThat(users.get(0).get("memberships").get(0).get("role").asText()).isEqualTo("analyst");
    assertThat(CliRun.run(dir, "admin", "org", "list", "--format", "csv").outLines())
        .containsExactly("id,name,kind,country,local", "1,METI,government,JPN,false");

    CliRun group = CliRun.run(dir, "admin", "group", "add", "--name", "Partners");
    assertThat(group.out()).contains("sharing group 1 added: Partners");
    assertThat(
            CliRun.run(
                    dir,
                    "admin",
                    "org",
                    "add",
                    "--name",
                    "DoC",
                    "--kind",
                    "government",
                    "--country",
                    "USA")
                .exitCode())
        .isZero();
    CliRun member =
        CliRun.run(
            dir, "admin", "group", "member", "--name", "partners", "--org", "METI", "--org", "DoC");
    assertThat(member.out()).contains("sharing group Partners has 2 member organisations");
    assertThat(
            CliRun.run(dir, "admin", "group", "member", "--name", "Nobody", "--org", "METI").err())
        .contains("no sharing group named \"Nobody\"");
    assertThat(CliRun.run(dir, "admin", "group", "list", "--format", "csv").outLines())
        .containsExactly("id,name,members", "1,Partners,DoC;METI");

    // the admin actions are in the tamper-evident log, which still verifies
    List<String> audit = CliRun.run(dir, "audit", "list", "--format", "csv").outLines();
    assertThat(audit)
        .anyMatch(l -> l.contains(",admin.org.add,"))
        .anyMatch(l -> l.contains(",admin.user.add,"))
        .anyMatch(l -> l.contains(",admin.token.create,"))
        .anyMatch(l -> l.contains(",admin.token.revoke,"))
        .anyMatch(l -> l.contains(",admin.group.member,"))
        .noneMatch(l -> l.contains(secret) || l.contains("a long passphrase"));
    assertThat(CliRun.run(dir, "audit", "verify").exitCode()).isZero();
  }

  @Test
  void withNoDatabaseConfiguredTheEmbeddedServerOfTheDataDirectoryIsUsed() throws Exception {
    Path dir = Path.of("target", "admin-embedded-" + System.nanoTime()).toAbsolutePath();
    Files.createDirectories(dir);
    CliRun org =
        CliRun.run(
            dir,
            "admin",
            "org",
            "add",
            "--name",
            "DoC",
            "--kind",
            "government",
            "--country",
            "usa");
    assertThat(org.exitCode()).as(org.err()).isZero();
    assertThat(CliRun.run(dir, "admin", "org", "list", "--format", "csv").out())
        .contains("DoC,government,USA");
    assertThat(Files.exists(dir.resolve("postgres")) || org.err().contains("/var/lib/chokepoint/"))
        .isTrue();
  }
}

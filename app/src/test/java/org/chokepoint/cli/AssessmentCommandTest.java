package org.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chokepoint.workspace.MemoryAudit;
import org.chokepoint.workspace.WorkspaceServices;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.assessment.AssessmentService;
import org.chokepoint.workspace.assessment.JointService;
import org.chokepoint.workspace.db.Database;
import org.chokepoint.workspace.db.EmbeddedPostgres;
import org.chokepoint.workspace.db.TestPostgres;
import org.chokepoint.workspace.policy.Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chokepoint assessment}: list, export and sign off a joint assessment as named users. */
class AssessmentCommandTest {
  @TempDir Path home;

  @Test
  void theSecondGovernmentSignsOffAndTheExportsCarryTheHash() throws Exception {
    EmbeddedPostgres pg = TestPostgres.server();
    String name = "joint_cli_" + ProcessHandle.current().pid();
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
    long id;
    try (Database db = Database.on(pg, name);
        WorkspaceServices ws = new WorkspaceServices(db, new MemoryAudit(), Clock.systemUTC())) {
      var meti = ws.organisations().add("METI", OrganisationKind.GOVERNMENT, "JPN");
      var doc = ws.organisations().add("DoC", OrganisationKind.GOVERNMENT, "USA");
      var firm = ws.organisations().add("Firm", OrganisationKind.FIRM, "KOR");
      Principal a =
          Principal.session(ws.users().add("a@meti.example", "pw-123456", meti, Role.ADMIN));
      ws.users().add("a@doc.example", "pw-123456", doc, Role.ANALYST);
      ws.users().add("x@firm.example", "pw-123456", firm, Role.ADMIN);
      id =
          ws.assessments()
              .create(a, new AssessmentService.Draft("Gallium", "TLP:AMBER", List.of(), "", null))
              .id();
      ws.joint().edit(a, id, new JointService.DraftEdit(null, "ガリウム: concentrated.", null, null));
      ws.joint().invite(a, id, List.of("DoC"));
      ws.joint().signOff(a, id, null, null);
    }
    String n = String.valueOf(id);

    CliRun before = CliRun.run(home, "assessment", "list", "--as", "a@doc.example");
    assertThat(before.exitCode()).as(before.err()).isZero();
    assertThat(before.out()).contains("Gallium", "TLP:AMBER", "draft");

    CliRun signed = CliRun.run(home, "assessment", "sign-off", "--id", n, "--as", "a@doc.example");
    assertThat(signed.exitCode()).as(signed.err()).isZero();
    assertThat(signed.out()).containsPattern("published version 1: sha256:[0-9a-f]{64}");
    String hash =
        signed.out().replaceAll("(?s).*published version 1: (sha256:[0-9a-f]{64}).*", "$1");

    CliRun csv =
        CliRun.run(home, "assessment", "list", "--as", "a@meti.example", "--format", "csv");
    assertThat(csv.outLines().get(0))
        .isEqualTo("id,title,label,owner,version,state,content_hash,updated_at");
    assertThat(csv.outLines().get(1)).startsWith(n + ",Gallium,TLP:AMBER,METI,1,published," + hash);

    Path json = home.resolve("v1.json");
    CliRun ej =
        CliRun.run(
            home,
            "assessment",
            "export",
            "--id",
            n,
            "--format",
            "json",
            "--out",
            json.toString(),
            "--as",
            "a@doc.example");
    assertThat(ej.exitCode()).as(ej.err()).isZero();
    String sha =
        "sha256:"
            + HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(json)));
    assertThat(sha).isEqualTo(hash);
    assertThat(ej.err()).contains("assessment " + n + " version 1, " + hash);

    Path pdf = home.resolve("report.pdf");
    CliRun ep =
        CliRun.run(
            home,
            "assessment",
            "export",
            "--id",
            n,
            "--format",
            "pdf",
            "--out",
            pdf.toString(),
            "--as",
            "a@doc.example");
    assertThat(ep.exitCode()).as(ep.err()).isZero();
    try (PDDocument d = Loader.loadPDF(Files.readAllBytes(pdf))) {
      assertThat(new PDFTextStripper().getText(d)).contains(hash);
    }
    Path html = home.resolve("report.html");
    CliRun eh =
        CliRun.run(
            home,
            "assessment",
            "export",
            "--id",
            n,
            "--format",
            "html",
            "--out",
            html.toString(),
            "--as",
            "a@doc.example");
    assertThat(eh.exitCode()).as(eh.err()).isZero();
    assertThat(Files.readString(html)).contains(hash, "ガリウム: concentrated.", "共同評価報告書");

    CliRun outsider = CliRun.run(home, "assessment", "show", "--id", n, "--as", "x@firm.example");
    assertThat(outsider.exitCode()).isEqualTo(1);
    assertThat(outsider.err()).contains("no assessment " + n);
    assertThat(CliRun.run(home, "assessment", "list", "--as", "x@firm.example").out())
        .doesNotContain("Gallium");
  }
}

package org.chokepoint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.server.JointDraftJson;
import org.chokepoint.workspace.WorkspaceServices;
import org.chokepoint.workspace.account.User;
import org.chokepoint.workspace.assessment.Assessment;
import org.chokepoint.workspace.assessment.HtmlReport;
import org.chokepoint.workspace.assessment.Joint;
import org.chokepoint.workspace.assessment.PdfReport;
import org.chokepoint.workspace.assessment.Report;
import org.chokepoint.workspace.policy.Action;
import org.chokepoint.workspace.policy.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint assessment}: joint assessments of the workspace (docs/methods/joint-assessments
 * .md) — list, show, export the bilingual report or a version's canonical JSON, sign off. Every
 * step is decided by the access policy for the user named with {@code --as} and audited.
 */
@Command(
    name = "assessment",
    mixinStandardHelpOptions = true,
    description = {
      "List, show, export and sign off joint assessments of the workspace.",
      "Acts as the user named with --as EMAIL (on a server without accounts, as the local"
          + " analyst); what that user may not read is reported as missing."
    },
    subcommands = {
      AssessmentCommand.ListCmd.class,
      AssessmentCommand.Show.class,
      AssessmentCommand.Export.class,
      AssessmentCommand.SignOff.class
    })
final class AssessmentCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(ChokepointCommand.root(spec).out());
  }

  /** Who acts: {@code --as}. */
  static final class As {
    @Option(
        names = "--as",
        paramLabel = "EMAIL",
        description = "Act as this user (default: the local analyst when there are no accounts).")
    String email;

    Principal principal(WorkspaceServices ws) {
      String os = "cli:" + System.getProperty("user.name", "unknown");
      if (email == null) {
        if (ws.users().accountsExist()) {
          throw new IllegalArgumentException(
              "this workspace has accounts: name one with --as EMAIL");
        }
        Principal local = ws.authenticator().local();
        return new Principal(
            local.userId(), local.email(), local.roles(), local.scope(), os + "/" + local.actor());
      }
      User u = AdminCommand.user(ws, email);
      Principal p = Principal.session(u);
      return new Principal(p.userId(), p.email(), p.roles(), p.scope(), os + "/" + p.actor());
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "The assessments the user may read, with version, state and content hash.")
  static final class ListCmd implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin As as;
    @Mixin OutputOptions output;

    @Override
    public Integer call() {
      ChokepointCommand root = ChokepointCommand.root(spec);
      List<String> columns =
          List.of(
              "id", "title", "label", "owner", "version", "state", "content_hash", "updated_at");
      List<List<String>> rows =
          AdminCommand.withWorkspace(
              spec,
              ws -> {
                Principal p = as.principal(ws);
                List<List<String>> out = new ArrayList<>();
                for (Assessment a : ws.assessments().list(p, null, Action.LIST)) {
                  Joint.State s = ws.joint().state(p, a.id(), Action.LIST);
                  out.add(
                      List.of(
                          String.valueOf(a.id()),
                          a.title(),
                          a.labelled().label().spelling(),
                          a.owner(),
                          String.valueOf(s.version()),
                          s.published() ? "published" : "draft",
                          s.latest().map(Joint.Snapshot::hash).orElse(""),
                          a.updatedAt().toString()));
                }
                return out;
              });
      output.writeListing(
          root.out(),
          columns,
          rows,
          () -> {
            TextTable t =
                new TextTable()
                    .column("id", Align.RIGHT)
                    .column("title", Align.LEFT, 40)
                    .column("label", Align.LEFT)
                    .column("owner", Align.LEFT)
                    .column("version", Align.RIGHT)
                    .column("state", Align.LEFT)
                    .column("latest published hash", Align.LEFT);
            rows.forEach(r -> t.row(r.subList(0, 7)));
            return t;
          },
          () -> Map.of("assessments", rows.stream().map(r -> row(columns, r)).toList()));
      return 0;
    }

    private static Map<String, String> row(List<String> columns, List<String> r) {
      Map<String, String> m = new java.util.LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        m.put(columns.get(i), r.get(i));
      }
      return m;
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "One joint assessment as JSON: draft, participants, comments, sign-offs.")
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin As as;

    @Option(names = "--id", required = true, description = "The assessment's id.")
    long id;

    @Override
    public Integer call() {
      ChokepointCommand root = ChokepointCommand.root(spec);
      Map<String, Object> json =
          AdminCommand.withWorkspace(
              spec, ws -> JointDraftJson.json(ws.joint().state(as.principal(ws), id, Action.READ)));
      try {
        root.out().println(OutputOptions.JSON.writeValueAsString(json));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return 0;
    }
  }

  /** What export writes. */
  enum ExportFormat {
    html,
    pdf,
    json
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Write the bilingual report (html, pdf) or the canonical JSON of a version (json: the"
            + " bytes the content hash covers) to a file.",
        "Without --version: the latest published version, else the current draft."
      })
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin As as;

    @Option(names = "--id", required = true, description = "The assessment's id.")
    long id;

    @Option(names = "--format", required = true, description = "html, pdf or json.")
    ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file.")
    Path out;

    @Option(
        names = "--version",
        description = "A published version (0: the current draft).",
        paramLabel = "N")
    Integer version;

    @Override
    public Integer call() {
      ChokepointCommand root = ChokepointCommand.root(spec);
      Report r =
          AdminCommand.withWorkspace(spec, ws -> ws.joint().report(as.principal(ws), id, version));
      byte[] bytes =
          switch (format) {
            case html -> HtmlReport.render(r).getBytes(StandardCharsets.UTF_8);
            case pdf -> {
              var font = PdfReport.systemCjkFont();
              if (font.isEmpty()) {
                root.err()
                    .println(
                        "no Noto Sans CJK font under /usr/share/fonts: the PDF holds the English"
                            + " half only (install fonts-noto-cjk for both)");
              }
              yield PdfReport.render(r, font);
            }
            case json -> AdminCommand.withWorkspace(spec, ws -> canonical(ws, r, as));
          };
      try {
        Files.write(out, bytes);
      } catch (IOException e) {
        throw new UncheckedIOException("writing " + out + ": " + e.getMessage(), e);
      }
      root.err()
          .printf(
              "wrote %s (%,d bytes): assessment %d version %d, %s%n",
              out,
              bytes.length,
              r.assessment(),
              r.version(),
              r.draft() ? "draft (not published, no content hash)" : r.hash());
      for (Joint.Analysis a : r.analyses()) {
        for (Joint.DatasetRef d : a.datasets()) {
          root.err()
              .printf(
                  "source: %s (%s %s, %s; licence: %s)%n",
                  d.source(), d.dataset(), d.version(), d.vintage(), d.licence());
        }
      }
      return 0;
    }

    private byte[] canonical(WorkspaceServices ws, Report r, As as) {
      if (r.draft()) {
        throw new IllegalArgumentException(
            "assessment " + r.assessment() + " has no published version to export as JSON");
      }
      return ws.joint()
          .version(as.principal(ws), r.assessment(), r.version(), Action.EXPORT)
          .canonical()
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  @Command(
      name = "sign-off",
      mixinStandardHelpOptions = true,
      description =
          "Sign the current draft for your organisation; the last participant's sign-off"
              + " publishes it.")
  static final class SignOff implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin As as;

    @Option(names = "--id", required = true, description = "The assessment's id.")
    long id;

    @Option(names = "--organisation", description = "The organisation signed for (if several).")
    String organisation;

    @Option(names = "--revision", description = "The revision read; a changed draft is refused.")
    Integer revision;

    @Override
    public Integer call() {
      ChokepointCommand root = ChokepointCommand.root(spec);
      Joint.State s =
          AdminCommand.withWorkspace(
              spec, ws -> ws.joint().signOff(as.principal(ws), id, organisation, revision));
      root.out()
          .printf(
              "signed assessment %d version %d revision %d: %d of %d organisations%n",
              id,
              s.version(),
              s.revision(),
              s.published() ? s.participants().size() : s.signOffs().size(),
              s.participants().size());
      s.latest()
          .filter(x -> s.published())
          .ifPresent(x -> root.out().printf("published version %d: %s%n", x.version(), x.hash()));
      return 0;
    }
  }
}

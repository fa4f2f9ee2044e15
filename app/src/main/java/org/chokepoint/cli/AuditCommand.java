package org.chokepoint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.chokepoint.cli.TextTable.Align;
import org.chokepoint.workspace.audit.AuditEntry;
import org.chokepoint.workspace.audit.AuditKeys;
import org.chokepoint.workspace.audit.AuditLog;
import org.chokepoint.workspace.audit.AuditVerifier;
import org.chokepoint.workspace.audit.AuditViews;
import org.chokepoint.workspace.audit.Checkpoint;
import org.chokepoint.workspace.audit.InclusionProof;
import org.chokepoint.workspace.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chokepoint audit}: the tamper-evident audit log of the workspace
 * (docs/methods/audit-log.md) — verify it, list it, prove an entry's inclusion, show the latest
 * signed checkpoint.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Verify, list and prove the workspace's tamper-evident audit log.",
    subcommands = {
      AuditCommand.Verify.class,
      AuditCommand.ListEntries.class,
      AuditCommand.Proof.class,
      AuditCommand.LatestCheckpoint.class
    })
final class AuditCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(ChokepointCommand.root(spec).out());
  }

  /** Runs {@code body} with the log of the data directory's workspace database. */
  static <T> T withLog(ChokepointCommand root, Function<Context, T> body) {
    Session session = root.session();
    try (Database db = session.workspaceDatabase().open(line -> root.err().println(line))) {
      Path keys = AuditKeys.folderOf(session.dataDir());
      try (AuditLog log = AuditLog.open(db.dataSource(), keys)) {
        return body.apply(new Context(db, log, keys));
      }
    }
  }

  /** The database, the log and the folder of its key pair. */
  record Context(Database db, AuditLog log, Path keyFolder) {
    /** The public key of the data directory, or null when no entry was ever signed here. */
    PublicKey localPublicKey() {
      Path pub = keyFolder.resolve(AuditKeys.PUBLIC_FILE);
      return Files.exists(pub) ? AuditKeys.readPublicKey(pub) : null;
    }
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Recompute every leaf hash from the stored entries, every checkpoint's root and"
            + " signature, and the consistency of successive checkpoints.",
        "Exit 1 naming the first entry or checkpoint that does not match."
      })
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--public-key",
        paramLabel = "FILE",
        description =
            "Check the signatures with this Ed25519 public key (PEM), such as one kept apart from"
                + " the server (default: the data directory's audit/signing-key.pub).")
    Path publicKey;

    @Option(
        names = "--checkpoint",
        paramLabel = "FILE",
        description =
            "Also check that the log still holds the history of this checkpoint, kept outside"
                + " the database (the JSON of 'audit checkpoint --format json'); repeatable.")
    List<Path> held = new java.util.ArrayList<>();

    @Override
    public Integer call() {
      List<Checkpoint> heldCheckpoints = new java.util.ArrayList<>();
      for (Path f : held) {
        try {
          @SuppressWarnings("unchecked")
          Map<String, Object> fields = OutputOptions.JSON.readValue(f.toFile(), Map.class);
          heldCheckpoints.add(AuditViews.checkpointFrom(fields));
        } catch (IOException | IllegalArgumentException e) {
          throw new IllegalArgumentException(f + ": not a checkpoint: " + e.getMessage(), e);
        }
      }
      ChokepointCommand root = ChokepointCommand.root(spec);
      return withLog(
          root,
          c -> {
            PublicKey key =
                publicKey != null ? AuditKeys.readPublicKey(publicKey) : c.localPublicKey();
            if (key == null) {
              if (c.log().size() == 0) {
                root.out().println("audit log verified: empty (0 entries, 0 checkpoints)");
                return 0;
              }
              throw new IllegalArgumentException(
                  "no public key: "
                      + c.keyFolder().resolve(AuditKeys.PUBLIC_FILE)
                      + " is missing; give the key the log was signed with as --public-key FILE");
            }
            AuditVerifier.Result r =
                AuditVerifier.verify(
                    c.db().dataSource(), key, heldCheckpoints, line -> root.err().println(line));
            if (r.ok()) {
              root.out()
                  .printf(
                      "audit log verified: %d entries, %d checkpoints (signatures by key %s,"
                          + " each consistent with the one before)%n",
                      r.entries(), r.checkpoints(), AuditKeys.keyId(key));
              if (!heldCheckpoints.isEmpty()) {
                root.out()
                    .printf(
                        "the log holds the history of the %d checkpoint(s) given%n",
                        heldCheckpoints.size());
              }
              if (r.root() != null) {
                root.out().printf("root at size %d: %s%n", r.size(), r.rootHex());
              }
              return 0;
            }
            root.out().println("audit log verification FAILED: " + r.failure());
            root.out()
                .printf(
                    "checked before the failure: %d entries, %d checkpoints%n",
                    r.entries(), r.checkpoints());
            return 1;
          });
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List entries: seq, time, actor, action, object, outcome, detail, leaf hash.")
  static final class ListEntries implements Runnable {
    @Spec CommandSpec spec;

    @Mixin OutputOptions output;

    @Option(
        names = "--from",
        defaultValue = "0",
        paramLabel = "N",
        description = "First sequence number (default: ${DEFAULT-VALUE}).")
    long from;

    @Option(
        names = "--limit",
        defaultValue = "100",
        paramLabel = "N",
        description = "At most N entries (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public void run() {
      if (from < 0 || limit < 0) {
        throw new IllegalArgumentException("--from and --limit are not negative");
      }
      ChokepointCommand root = ChokepointCommand.root(spec);
      withLog(
          root,
          c -> {
            long size = c.log().size();
            List<AuditEntry> list = c.log().entries(from, limit);
            output.writeListing(
                root.out(),
                AuditViews.ENTRY_COLUMNS,
                list.stream().map(AuditViews::cells).toList(),
                () -> {
                  TextTable t = new TextTable();
                  t.column("Seq", Align.RIGHT)
                      .column("Time (UTC)", Align.LEFT)
                      .column("Actor", Align.LEFT, 24)
                      .column("Action", Align.LEFT, 24)
                      .column("Object", Align.LEFT, 24)
                      .column("Outcome", Align.LEFT)
                      .column("Detail", Align.LEFT, 40);
                  list.forEach(e -> t.row(AuditViews.cells(e).subList(0, 7)));
                  return t.caption(
                      "Audit log: " + list.size() + " of " + size + " entries from " + from);
                },
                () -> AuditViews.entries(list, size));
            return null;
          });
    }
  }

  @Command(
      name = "proof",
      mixinStandardHelpOptions = true,
      description =
          "Print, as JSON, the RFC 9162 inclusion proof of an entry in the tree of a given size"
              + " (default: the latest checkpoint's) with that size's signed checkpoint.")
  static final class Proof implements Runnable {
    @Spec CommandSpec spec;

    @Option(names = "--entry", required = true, paramLabel = "N", description = "Sequence number.")
    long entry;

    @Option(
        names = "--size",
        paramLabel = "M",
        description = "Tree size (default: the latest checkpoint's).")
    Long size;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE.")
    Path outputFile;

    @Override
    public void run() {
      ChokepointCommand root = ChokepointCommand.root(spec);
      withLog(
          root,
          c -> {
            long n = size != null ? size : c.log().size();
            InclusionProof p = c.log().inclusionProof(entry, n);
            Map<String, Object> json = AuditViews.proof(p, c.localPublicKey());
            Output.write(outputFile, root.out(), w -> writeJson(w, json));
            return null;
          });
    }
  }

  @Command(
      name = "checkpoint",
      mixinStandardHelpOptions = true,
      description =
          "Print the latest signed checkpoint (size, root hash, time, signature) and the public"
              + " key that checks it.")
  static final class LatestCheckpoint implements Runnable {
    @Spec CommandSpec spec;

    @Option(
        names = "--format",
        defaultValue = "table",
        description = "table (the signed text, signature and key) or json.")
    OutputFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE.")
    Path outputFile;

    @Override
    public void run() {
      ChokepointCommand root = ChokepointCommand.root(spec);
      withLog(
          root,
          c -> {
            Checkpoint cp =
                c.log()
                    .latestCheckpoint()
                    .orElseThrow(
                        () ->
                            new java.util.NoSuchElementException(
                                "the audit log is empty: no checkpoint yet"));
            PublicKey key = c.localPublicKey();
            Map<String, Object> json = AuditViews.checkpoint(cp, key);
            Output.write(
                outputFile,
                root.out(),
                w -> {
                  if (format == OutputFormat.JSON) {
                    writeJson(w, json);
                    return;
                  }
                  try {
                    w.write(json.get("signed_text").toString());
                    w.write("signature (Ed25519, base64): " + json.get("signature") + "\n");
                    w.write("key id: " + cp.keyId() + "\n");
                    if (key != null) {
                      w.write("signature valid: " + json.get("signature_valid") + "\n");
                      w.write(AuditKeys.pem(key));
                    }
                    w.flush();
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
            return null;
          });
    }
  }

  private static void writeJson(java.io.Writer w, Object json) {
    try {
      OutputOptions.JSON.writeValue(w, json);
      w.write("\n");
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.chokepoint.server;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.workspace.audit.AuditEntry;
import org.chokepoint.workspace.audit.AuditLog;
import org.chokepoint.workspace.audit.AuditViews;
import org.chokepoint.workspace.audit.Checkpoint;
import org.chokepoint.workspace.policy.RouteAccess;

/**
 * {@code /api/v1/audit/entries}, {@code /api/v1/audit/checkpoint} and {@code /api/v1/audit/proof}:
 * what {@code chokepoint audit list}, {@code checkpoint} and {@code proof} print, over the log of
 * the workspace database. For administrators only: the access policy puts these routes behind the
 * admin role. Answers change with every append, so none is cached.
 */
public final class AuditApi implements Capability {
  private final AuditLog fixed;

  /** Over the audit log of the server's workspace database (waiting for it while it starts). */
  public AuditApi() {
    this(null);
  }

  /**
   * @param log an audit log of its own (tests), or null for the workspace database's
   */
  public AuditApi(AuditLog log) {
    this.fixed = log;
  }

  @Override
  public List<Route> routes(ApiContext c) {
    Supplier<AuditLog> log =
        fixed != null
            ? () -> fixed
            : () -> {
              if (c.workspaceServices().await().audit() instanceof AuditLog l) {
                return l;
              }
              throw ApiException.of(
                  Problem.Kind.NOT_FOUND, "this server keeps no tamper-evident audit log");
            };
    return List.of(
        Route.get("/api/v1/audit/entries", "audit")
            .summary("Entries of the tamper-evident audit log (administrators)")
            .description(
                "Entries from sequence number `from` on, oldest first, each with its leaf hash."
                    + " Same as `chokepoint audit list`.")
            .param(
                Param.of("from", Param.Type.INTEGER, "First sequence number")
                    .defaultValue("0")
                    .example("0"))
            .param(
                Param.of("limit", Param.Type.INTEGER, "At most this many entries (1 to 1000)")
                    .defaultValue("100")
                    .example("100"))
            .access(RouteAccess.ADMIN)
            .handler(r -> entries(log.get(), r.integer("from"), r.integer("limit"))),
        Route.get("/api/v1/audit/checkpoint", "audit")
            .summary("The latest signed checkpoint and the public key that checks it")
            .description(
                "Size, RFC 9162 root hash and time, signed with Ed25519; the signed text and the"
                    + " key in PEM. Same as `chokepoint audit checkpoint --format json`.")
            .jsonOnly()
            .access(RouteAccess.ADMIN)
            .handler(r -> checkpoint(log.get())),
        Route.get("/api/v1/audit/proof", "audit")
            .summary("Inclusion proof of an entry (RFC 9162 section 2.1.3)")
            .description(
                "The audit path of entry `entry` in the tree of the first `size` entries (default:"
                    + " the latest checkpoint's), with that size's signed checkpoint. Same as"
                    + " `chokepoint audit proof`.")
            .param(Param.of("entry", Param.Type.INTEGER, "Sequence number").asRequired())
            .param(Param.of("size", Param.Type.INTEGER, "Tree size"))
            .jsonOnly()
            .access(RouteAccess.ADMIN)
            .handler(r -> proof(log.get(), r.integer("entry"), r.integer("size"))));
  }

  private static Reply entries(AuditLog log, Integer from, Integer limit) {
    long start = from == null ? 0 : from;
    int n = limit == null ? 100 : limit;
    if (start < 0 || n < 1 || n > 1000) {
      throw ApiException.of(
          Problem.Kind.INVALID_REQUEST, "from must be 0 or more and limit between 1 and 1000");
    }
    long size = log.size();
    List<AuditEntry> list = log.entries(start, n);
    Map<String, Object> json = AuditViews.entries(list, size);
    return new Reply(
        w -> Json.write(w, json),
        w -> {
          CsvWriter csv = new CsvWriter(w);
          csv.row(AuditViews.ENTRY_COLUMNS);
          list.forEach(e -> csv.row(AuditViews.cells(e)));
          csv.flush();
        },
        List.of(),
        "audit-entries");
  }

  private static Reply checkpoint(AuditLog log) {
    Checkpoint cp =
        log.latestCheckpoint()
            .orElseThrow(
                () ->
                    ApiException.of(
                        Problem.Kind.NOT_FOUND, "the audit log is empty: no checkpoint yet"));
    Map<String, Object> json = AuditViews.checkpoint(cp, log.keys().publicKey());
    return new Reply(w -> Json.write(w, json), null, List.of(), "audit-checkpoint");
  }

  private static Reply proof(AuditLog log, Integer entry, Integer size) {
    long n = size == null ? log.size() : size;
    if (entry < 0 || entry >= n || n > log.size()) {
      throw ApiException.of(
          Problem.Kind.INVALID_REQUEST,
          "entry "
              + entry
              + " is not in a tree of "
              + n
              + " entries; the log has "
              + log.size()
              + " (0 <= entry < size <= log size)");
    }
    Map<String, Object> json =
        AuditViews.proof(log.inclusionProof(entry, n), log.keys().publicKey());
    return new Reply(w -> Json.write(w, json), null, List.of(), "audit-proof");
  }
}

package org.chokepoint.workspace.contribution;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.chokepoint.network.SupplierMap;
import org.chokepoint.workspace.account.OrganisationStore;
import org.chokepoint.workspace.audit.AuditEvent;
import org.chokepoint.workspace.audit.AuditSink;
import org.chokepoint.workspace.policy.AccessDenied;
import org.chokepoint.workspace.policy.AccessPolicy;
import org.chokepoint.workspace.policy.AccessPolicy.Decision;
import org.chokepoint.workspace.policy.Action;
import org.chokepoint.workspace.policy.Principal;

/**
 * Uploading, reading, listing and withdrawing contributions. Every access is decided by the {@link
 * AccessPolicy} ({@code decideContribution}: the owner organisation's contributors and admins only)
 * and recorded in the audit log with ids and SHA-256 hashes only, never names or rows. A
 * contribution the caller may not read is answered exactly as a missing one.
 */
public final class ContributionService {
  /** The longest contribution name. */
  public static final int MAX_NAME = 200;

  /** Reads the two uploaded files into a supplier map, or throws naming file, line and column. */
  @FunctionalInterface
  public interface Parser {
    SupplierMap parse(String nodesName, byte[] nodes, String linksName, byte[] links);
  }

  /**
   * One upload.
   *
   * @param name the contribution's name: an upload under the name of a current contribution of the
   *     same organisation is its next version
   * @param organisation the owner organisation's name, or null for the caller's own (where it is
   *     contributor or admin)
   */
  public record Upload(
      String name,
      String organisation,
      String nodesName,
      byte[] nodes,
      String linksName,
      byte[] links) {}

  private final ContributionStore store;
  private final OrganisationStore organisations;
  private final AccessPolicy policy;
  private final AuditSink audit;
  private final Clock clock;

  public ContributionService(
      ContributionStore store,
      OrganisationStore organisations,
      AccessPolicy policy,
      AuditSink audit,
      Clock clock) {
    this.store = store;
    this.organisations = organisations;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Checks access, parses both files and stores them as one new version. All or nothing: when a
   * file is bad the parser's error comes out and nothing is stored (the refusal is audited with the
   * files' hashes).
   */
  public Contribution upload(Principal p, Upload u, Parser parser) {
    if (p.isAnonymous()) {
      throw new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "sign in to contribute");
    }
    long owner = p.actingOrganisation(u.organisation(), organisations::byName);
    policy.checkContribute(p, owner);
    String name = u.name() == null ? "" : u.name().strip();
    if (name.isEmpty()
        || name.length() > MAX_NAME
        || name.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "name: required, 1 to " + MAX_NAME + " characters without control characters");
    }
    String nodesHash = sha256(u.nodes());
    String linksHash = sha256(u.links());
    String hashes = "nodes sha256:" + nodesHash + "; links sha256:" + linksHash;
    SupplierMap map;
    try {
      map = parser.parse(u.nodesName(), u.nodes(), u.linksName(), u.links());
    } catch (RuntimeException e) {
      record(p, "contribution.upload", "organisation:" + owner, "refused", hashes + "; invalid");
      throw e;
    }
    long id =
        store.upload(
            new ContributionStore.Upload(owner, p.userId(), name, nodesHash, linksHash),
            map,
            clock.instant());
    Contribution c = store.find(id).orElseThrow();
    record(
        p,
        "contribution.upload",
        c.labelled().ref(),
        "ok",
        "version " + c.current().version() + "; " + hashes);
    return c;
  }

  /** The contribution, or {@link NoSuchElementException} when it is missing or not readable. */
  public Contribution get(Principal p, long id, Action action) {
    Optional<Contribution> c = store.find(id);
    Decision d =
        c.map(x -> policy.decideContribution(p, action, x.labelled()))
            .orElse(new Decision(false, "missing"));
    record(
        p,
        "contribution." + action.name().toLowerCase(Locale.ROOT),
        ContributionStore.KIND + ":" + id,
        d.allowed() ? "allow" : "deny",
        d.reason());
    if (!d.allowed()) {
      throw notFound(id);
    }
    return c.get();
  }

  /**
   * The rows of one version of a readable contribution; {@link NoSuchElementException} when the
   * contribution is not readable, the version does not exist or its rows were deleted on
   * withdrawal.
   */
  public SupplierMap rows(Principal p, long id, int version) {
    Contribution c = get(p, id, Action.EXPORT);
    return store
        .map(id, version)
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "contribution "
                        + id
                        + " has no rows for version "
                        + version
                        + (c.withdrawn() ? " (deleted when it was withdrawn)" : "")));
  }

  /** The contributions the caller may read, newest first; nothing about the others. */
  public List<Contribution> list(Principal p, Action action) {
    List<Contribution> readable =
        store.all().stream()
            .filter(c -> policy.decideContribution(p, action, c.labelled()).allowed())
            .toList();
    record(
        p,
        "contribution." + action.name().toLowerCase(Locale.ROOT),
        ContributionStore.KIND,
        "ok",
        "returned "
            + readable.stream().map(c -> String.valueOf(c.id())).collect(Collectors.joining(",")));
    return readable;
  }

  /**
   * Withdraws a contribution: it leaves every later pooled view, the rows of all its versions are
   * deleted, the versions' metadata and the audit trail stay. Withdrawing twice is refused.
   */
  public Contribution withdraw(Principal p, long id) {
    if (p.isAnonymous()) {
      throw new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "sign in to withdraw");
    }
    Contribution c = get(p, id, Action.WRITE);
    if (c.withdrawn()) {
      throw new IllegalArgumentException("contribution " + id + " is already withdrawn");
    }
    if (!store.withdraw(id, p.userId(), clock.instant())) {
      throw new IllegalArgumentException("contribution " + id + " is already withdrawn");
    }
    record(
        p,
        "contribution.withdraw",
        c.labelled().ref(),
        "ok",
        "versions 1-" + c.current().version() + "; rows deleted");
    return store.find(id).orElseThrow();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static NoSuchElementException notFound(long id) {
    return new NoSuchElementException("no contribution " + id);
  }

  private void record(Principal p, String action, String object, String outcome, String detail) {
    audit.record(new AuditEvent(clock.instant(), p.actor(), action, object, outcome, detail));
  }
}

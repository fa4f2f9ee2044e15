package org.chokepoint.workspace.contribution;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chokepoint.disclosure.Cell;
import org.chokepoint.disclosure.DisclosureControl;
import org.chokepoint.disclosure.DisclosureException;
import org.chokepoint.disclosure.ProtectedTable;
import org.chokepoint.disclosure.Release;
import org.chokepoint.disclosure.Rules;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.account.OrganisationStore;
import org.chokepoint.workspace.audit.AuditEvent;
import org.chokepoint.workspace.audit.AuditSink;
import org.chokepoint.workspace.policy.AccessDenied;
import org.chokepoint.workspace.policy.AccessPolicy;
import org.chokepoint.workspace.policy.AccessPolicy.Decision;
import org.chokepoint.workspace.policy.Principal;

/**
 * Pooled views over the current versions of all contributions: aggregated by {@link
 * PoolAggregator}, protected by {@code DisclosureControl.protect} (primary rules from the server's
 * configuration, secondary suppression on) and released only through {@code Release.of}, whose
 * interval audit refuses a table in which a suppressed cell could be recomputed. Nothing leaves
 * this class unaudited; the rules are never part of what it returns. Who may see a view is the
 * access policy's decision ({@code decidePooled}).
 */
public final class PooledService {
  /** The margin label of the disclosure tables. */
  public static final String TOTAL = Cell.TOTAL;

  /** The rules when the configuration names none: the defaults, all three combined. */
  public static final String DEFAULT_RULES = "freq:n=3;nk:n=2,k=75;p:p=10";

  /** A release refused by the disclosure audit (fail closed). */
  public static final class ReleaseRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReleaseRefused(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final ContributionStore store;
  private final OrganisationStore organisations;
  private final AccessPolicy policy;
  private final AuditSink audit;
  private final Clock clock;
  private final Rules rules;
  private final boolean secondary;

  /**
   * @param rules the primary rules ({@code disclosure.rules} of the configuration)
   * @throws IllegalArgumentException naming the bad part of {@code rules}
   */
  public PooledService(
      ContributionStore store,
      OrganisationStore organisations,
      AccessPolicy policy,
      AuditSink audit,
      Clock clock,
      String rules) {
    this(store, organisations, policy, audit, clock, rules, true);
  }

  /** With secondary suppression switched off: only tests do, to see the release refused. */
  PooledService(
      ContributionStore store,
      OrganisationStore organisations,
      AccessPolicy policy,
      AuditSink audit,
      Clock clock,
      String rules,
      boolean secondary) {
    this.secondary = secondary;
    this.store = store;
    this.organisations = organisations;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
    this.rules = Rules.parse(rules == null || rules.isBlank() ? DEFAULT_RULES : rules);
  }

  /**
   * The released view. {@link AccessDenied} when the caller may not see pooled views, {@link
   * ReleaseRefused} when the disclosure audit refuses the table.
   */
  public PooledView view(
      Principal p, PoolAggregator.View view, CountryGroup perspective, CountryGroup concern) {
    if (p.isAnonymous()) {
      throw new AccessDenied(AccessDenied.Reason.UNAUTHENTICATED, "sign in to see pooled views");
    }
    Set<Long> governments =
        organisations.list().stream()
            .filter(o -> o.kind() == OrganisationKind.GOVERNMENT)
            .map(Organisation::id)
            .collect(Collectors.toSet());
    Decision d = policy.decidePooled(p, governments, store.contributingOrganisations());
    record(p, "pooled.read", "pooled:" + view.id(), d.allowed() ? "allow" : "deny", d.reason());
    if (!d.allowed()) {
      throw new AccessDenied(
          AccessDenied.Reason.FORBIDDEN,
          "pooled views are for members of government organisations and of organisations with a"
              + " current contribution");
    }
    List<PoolAggregator.Source> sources = store.current();
    List<PoolAggregator.Row> rows = PoolAggregator.rows(view, sources);
    Map<String, String> countryOf = new HashMap<>();
    Map<List<String>, Set<String>> groups = new HashMap<>();
    List<org.chokepoint.disclosure.Contribution> micro = new ArrayList<>();
    for (PoolAggregator.Row r : rows) {
      countryOf.put(r.coordinates().get(1), r.country());
      String in = r.coordinates().get(0);
      String sup = r.coordinates().get(1);
      for (List<String> cell :
          List.of(
              List.of(in, sup), List.of(in, TOTAL), List.of(TOTAL, sup), List.of(TOTAL, TOTAL))) {
        groups.computeIfAbsent(cell, k -> new java.util.HashSet<>()).add(r.group());
      }
      micro.add(
          new org.chokepoint.disclosure.Contribution(
              r.coordinates(), r.value(), r.contributor(), r.group()));
    }
    String pooled =
        sources.stream()
            .map(s -> s.contribution() + "v" + s.version())
            .collect(Collectors.joining(","));
    Release release;
    ProtectedTable table;
    try {
      table = DisclosureControl.protect(view.dims(), micro, rules, secondary);
      release = Release.of(table);
    } catch (DisclosureException e) {
      record(
          p,
          "pooled.release",
          "pooled:" + view.id(),
          "refused",
          "audit failed on " + e.cells().size() + " cell(s); contributions " + pooled);
      throw new ReleaseRefused(
          "the pooled view failed its disclosure audit and is not released; the server's"
              + " operator has been told through the audit log",
          e);
    }
    Instant now = clock.instant();
    PooledView out =
        build(
            view,
            release.publishedCells(),
            countryOf,
            groups,
            perspective,
            concern,
            sources.size(),
            now);
    record(
        p,
        "pooled.release",
        "pooled:" + view.id(),
        "ok",
        "table sha256:"
            + ContributionService.sha256(fingerprint(out).getBytes(StandardCharsets.UTF_8))
            + "; suppressed "
            + out.suppressed()
            + "; contributions "
            + pooled);
    return out;
  }

  private static PooledView build(
      PoolAggregator.View view,
      List<Cell> published,
      Map<String, String> countryOf,
      Map<List<String>, Set<String>> groups,
      CountryGroup perspective,
      CountryGroup concern,
      int contributions,
      Instant now) {
    Map<String, Cell> inputTotals = new HashMap<>();
    for (Cell c : published) {
      if (!c.coordinates().get(0).equals(TOTAL) && c.coordinates().get(1).equals(TOTAL)) {
        inputTotals.put(c.coordinates().get(0), c);
      }
    }
    List<PooledView.Cell> interior = new ArrayList<>();
    List<PooledView.Cell> margins = new ArrayList<>();
    int suppressed = 0;
    for (Cell c : published) {
      String status = c.status().name().toLowerCase(java.util.Locale.ROOT);
      if (status.equals("empty")) {
        continue;
      }
      String input = c.coordinates().get(0);
      String supplier = c.coordinates().get(1);
      String country = supplier.equals(TOTAL) ? "" : countryOf.getOrDefault(supplier, "");
      boolean hidden = c.status().suppressed();
      if (hidden) {
        suppressed++;
      }
      Double total = hidden ? null : c.total();
      Double share = null;
      Cell it = inputTotals.get(input);
      if (total != null && it != null && !it.status().suppressed() && it.total() > 0) {
        share = total / it.total();
      }
      PooledView.Cell cell =
          new PooledView.Cell(
              input,
              supplier,
              country,
              hidden ? null : groups.getOrDefault(c.coordinates(), Set.of()).size(),
              total,
              share,
              status,
              in(concern, country),
              in(perspective, country));
      (cell.margin() ? margins : interior).add(cell);
    }
    List<PooledView.InputSummary> inputs = new ArrayList<>();
    Map<String, List<PooledView.Cell>> byInput = new LinkedHashMap<>();
    interior.forEach(c -> byInput.computeIfAbsent(c.input(), k -> new ArrayList<>()).add(c));
    byInput.forEach(
        (input, cells) -> {
          Cell it = inputTotals.get(input);
          Double total = it == null || it.status().suppressed() ? null : it.total();
          inputs.add(
              new PooledView.InputSummary(
                  input,
                  total,
                  share(cells, total, PooledView.Cell::concern, true),
                  share(cells, total, PooledView.Cell::concern, false),
                  share(cells, total, PooledView.Cell::perspective, true)));
        });
    List<PooledView.Cell> all = new ArrayList<>(interior);
    all.addAll(margins);
    return new PooledView(
        view,
        view.dims(),
        now,
        contributions,
        perspective.name(),
        concern.name(),
        all,
        inputs,
        suppressed);
  }

  /**
   * The marked countries' share of an input from published cells: exact (null when a marked cell is
   * suppressed) or, with {@code exact} false, the lower bound of the published marked cells.
   */
  private static Double share(
      List<PooledView.Cell> cells,
      Double total,
      java.util.function.Predicate<PooledView.Cell> marked,
      boolean exact) {
    if (total == null || total <= 0) {
      return null;
    }
    double sum = 0;
    for (PooledView.Cell c : cells) {
      if (marked.test(c)) {
        if (c.total() == null) {
          if (exact) {
            return null;
          }
        } else {
          sum += c.total();
        }
      }
    }
    return sum / total;
  }

  private static boolean in(CountryGroup g, String country) {
    return CountryCode.isValid(country) && g.contains(CountryCode.of(country));
  }

  /** The published table as canonical text, whose hash the audit log keeps. */
  private static String fingerprint(PooledView v) {
    StringBuilder b = new StringBuilder(v.view().id()).append('\n');
    for (PooledView.Cell c : v.cells()) {
      b.append(c.input())
          .append('\t')
          .append(c.supplier())
          .append('\t')
          .append(c.contributors())
          .append('\t')
          .append(c.total())
          .append('\t')
          .append(c.status())
          .append('\n');
    }
    return b.toString();
  }

  private void record(Principal p, String action, String object, String outcome, String detail) {
    audit.record(new AuditEvent(clock.instant(), p.actor(), action, object, outcome, detail));
  }
}

package org.chokepoint.workspace.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chokepoint.workspace.contribution.SyntheticMaps.bytes;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.workspace.MemoryAudit;
import org.chokepoint.workspace.MutableClock;
import org.chokepoint.workspace.WorkspaceServices;
import org.chokepoint.workspace.account.Organisation;
import org.chokepoint.workspace.account.OrganisationKind;
import org.chokepoint.workspace.account.Role;
import org.chokepoint.workspace.db.TestPostgres;
import org.chokepoint.workspace.policy.AccessDenied;
import org.chokepoint.workspace.policy.Principal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pooled views of the three SYNTHETIC maps on real PostgreSQL, with the default rules
 * (freq:n=3;nk:n=2,k=75;p:p=10). Worked by hand, per enterprise group (GA = firm A's two entities;
 * firms B and C undeclared, so each its own organisation):
 *
 * <pre>
 *              CHN       JPN            KOR      TWN             USA     | Total
 * neon         B30 C20   .              GA10     .               .       | 60
 * photoresist  .         GA50 B40 C30   .        .               C10     | 130
 * wafers       .         .              .        GA100 B50 C50   .       | 200
 * </pre>
 *
 * Primary: neon CHN (2 groups &lt; 3), neon KOR (1), photoresist USA (1). photoresist JPN: 3
 * groups, x1+x2 = 90 not above 0.75·120 = 90, T−x1−x2 = 30 not below 0.10·50: safe. wafers TWN: 3
 * groups, 150 not above 0.75·200 = 150, 50 not below 10: safe. photoresist USA would be
 * recomputable as photoresist Total − photoresist JPN, so one of those two must be suppressed as
 * well.
 */
class PooledServiceTest {
  private final MemoryAudit audit = new MemoryAudit();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T09:00:00Z"));
  private final WorkspaceServices ws =
      new WorkspaceServices(TestPostgres.freshDatabase(), audit, clock);
  private final Organisation meti =
      ws.organisations().add("METI", OrganisationKind.GOVERNMENT, "JPN");
  private final Organisation fa =
      ws.organisations().add("Chipmaker A", OrganisationKind.FIRM, "JPN");
  private final Organisation fb = ws.organisations().add("Fab B", OrganisationKind.FIRM, "KOR");
  private final Organisation fc = ws.organisations().add("Foundry C", OrganisationKind.FIRM, "USA");
  private final Organisation fd =
      ws.organisations().add("Onlooker D", OrganisationKind.FIRM, "DEU");
  private final Principal gov = member("viewer@meti.example", meti, Role.VIEWER);
  private final Principal a = member("c@a.example", fa, Role.CONTRIBUTOR);
  private final Principal b = member("c@b.example", fb, Role.CONTRIBUTOR);
  private final Principal c = member("c@c.example", fc, Role.ADMIN);
  private final Principal d = member("c@d.example", fd, Role.ADMIN);
  private static final CountryGroup JP_US =
      new CountryGroup("jp-us", Set.of(CountryCode.of("JPN"), CountryCode.of("USA")), "", "", "");
  private static final CountryGroup CONCERN =
      new CountryGroup("concern", Set.of(CountryCode.of("CHN")), "", "", "");

  private Principal member(String email, Organisation o, Role r) {
    return Principal.session(ws.users().add(email, "pw-1234567", o, r));
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private Contribution contribute(Principal p, String nodes, String links) {
    return ws.contributions()
        .upload(
            p,
            new ContributionService.Upload(
                "SYNTHETIC map", null, "nodes.csv", bytes(nodes), "links.csv", bytes(links)),
            SyntheticMaps.PARSER);
  }

  private void allThree() {
    contribute(a, SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS);
    contribute(b, SyntheticMaps.B_NODES, SyntheticMaps.B_LINKS);
    contribute(c, SyntheticMaps.C_NODES, SyntheticMaps.C_LINKS);
  }

  private PooledView view(Principal p) {
    return ws.pooled().view(p, PoolAggregator.View.COUNTRY, JP_US, CONCERN);
  }

  private static PooledView.Cell cell(PooledView v, String input, String supplier) {
    return v.cells().stream()
        .filter(x -> x.input().equals(input) && x.supplier().equals(supplier))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cell " + input + "/" + supplier));
  }

  @Test
  void theCountryViewSuppressesSmallCellsAndPublishesTheOthersWithShares() {
    allThree();
    PooledView v = view(gov);
    assertThat(v.contributions()).isEqualTo(3);
    assertThat(v.releasedAt()).isEqualTo(Instant.parse("2026-04-01T09:00:00Z"));
    for (String[] primary :
        List.of(
            new String[] {"neon", "CHN"},
            new String[] {"neon", "KOR"},
            new String[] {"photoresist", "USA"})) {
      PooledView.Cell x = cell(v, primary[0], primary[1]);
      assertThat(x.status()).isEqualTo("primary");
      assertThat(x.total()).isNull();
      assertThat(x.contributors()).isNull();
      assertThat(x.share()).isNull();
    }
    PooledView.Cell wafers = cell(v, "wafers", "TWN");
    assertThat(wafers.status()).isEqualTo("safe");
    assertThat(wafers.total()).isEqualTo(200.0);
    assertThat(wafers.contributors()).isEqualTo(3);
    PooledView.Cell resistJp = cell(v, "photoresist", "JPN");
    PooledView.Cell resistTotal = cell(v, "photoresist", "Total");
    assertThat(resistJp.suppressed() || resistTotal.suppressed())
        .as("photoresist USA must not be recomputable from the row")
        .isTrue();
    if (!resistJp.suppressed()) {
      assertThat(resistJp.total()).isEqualTo(120.0);
      assertThat(resistJp.contributors()).isEqualTo(3);
    }
    // no suppressed cell ever carries a number; no published cell is a hidden zero
    for (PooledView.Cell x : v.cells()) {
      assertThat(x.suppressed()).isEqualTo(x.total() == null);
    }
    assertThat(v.suppressed())
        .isEqualTo(v.cells().stream().filter(PooledView.Cell::suppressed).count());
    // marks: CHN is of concern, JPN and USA are the perspective
    assertThat(cell(v, "neon", "CHN").concern()).isTrue();
    assertThat(cell(v, "photoresist", "USA").perspective()).isTrue();
    assertThat(wafers.concern() || wafers.perspective()).isFalse();
  }

  @Test
  void sharesAreOverTheInputsPublishedTotalAndConcernSharesOnlyFromPublishedCells() {
    allThree();
    PooledView v = view(gov);
    PooledView.Cell wafersTotal = cell(v, "wafers", "Total");
    if (!wafersTotal.suppressed()) {
      assertThat(cell(v, "wafers", "TWN").share()).isEqualTo(1.0);
      PooledView.InputSummary w =
          v.inputs().stream().filter(i -> i.input().equals("wafers")).findFirst().orElseThrow();
      // no CHN cell for wafers: the concern share is exactly 0; TWN is not JPN or USA
      assertThat(w.concernShare()).isEqualTo(0.0);
      assertThat(w.perspectiveShare()).isEqualTo(0.0);
    }
    PooledView.InputSummary neon =
        v.inputs().stream().filter(i -> i.input().equals("neon")).findFirst().orElseThrow();
    // neon CHN is suppressed, so the concern share of neon is not given exactly
    assertThat(neon.concernShare()).isNull();
  }

  @Test
  void anEnterpriseGroupSpanningTwoFirmsCountsOnceAndChangesTheVerdict() {
    contribute(a, SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS);
    contribute(b, SyntheticMaps.B_NODES, SyntheticMaps.B_LINKS);
    // firm C declares its entity part of group GA: photoresist JPN then has GA 80 and B 40
    contribute(
        c,
        SyntheticMaps.C_NODES.replace(
            "C-US,firm,SYNTHETIC Foundry C,USA,", "C-US,firm,SYNTHETIC Foundry C,USA,GA"),
        SyntheticMaps.C_LINKS);
    PooledView v = view(gov);
    assertThat(cell(v, "photoresist", "JPN").status()).isEqualTo("primary");
    assertThat(cell(v, "wafers", "TWN").status()).isEqualTo("primary");
  }

  @Test
  void aWithdrawnContributionLeavesTheNextRelease() {
    allThree();
    Contribution cb =
        ws.contributions().list(b, org.chokepoint.workspace.policy.Action.LIST).get(0);
    assertThat(cell(view(gov), "wafers", "TWN").total()).isEqualTo(200.0);
    ws.contributions().withdraw(b, cb.id());
    PooledView after = view(gov);
    assertThat(after.contributions()).isEqualTo(2);
    // wafers TWN now has GA 100 and C 50: two groups, primary
    assertThat(cell(after, "wafers", "TWN").status()).isEqualTo("primary");
    assertThat(audit.of("pooled.release").get(1).detail()).doesNotContain(cb.id() + "v1");
  }

  @Test
  void governmentsAndContributingFirmsSeeOthersDoNot() {
    contribute(a, SyntheticMaps.A_NODES, SyntheticMaps.A_LINKS);
    assertThat(view(gov).contributions()).isEqualTo(1);
    assertThat(view(a).contributions()).isEqualTo(1);
    assertThatThrownBy(() -> view(d)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> view(b)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> view(Principal.anonymous())).isInstanceOf(AccessDenied.class);
    assertThat(audit.of("pooled.read")).extracting(e -> e.outcome()).contains("allow", "deny");
  }

  @Test
  void withoutSecondarySuppressionTheReleaseIsRefusedAndNothingLeaves() {
    allThree();
    PooledService bare =
        new PooledService(
            new ContributionStore(ws.database().dataSource()),
            ws.organisations(),
            ws.policy(),
            audit,
            clock,
            PooledService.DEFAULT_RULES,
            false);
    assertThatThrownBy(() -> bare.view(gov, PoolAggregator.View.COUNTRY, JP_US, CONCERN))
        .isInstanceOf(PooledService.ReleaseRefused.class)
        .hasMessageNotContaining("photoresist");
    assertThat(audit.of("pooled.release").get(0).outcome()).isEqualTo("refused");
  }

  @Test
  void theSupplierViewPoolsOneSupplierAcrossFirms() {
    allThree();
    PooledView v = ws.pooled().view(gov, PoolAggregator.View.SUPPLIER, JP_US, CONCERN);
    PooledView.Cell resist = cell(v, "photoresist", "SYNTHETIC Resist Co [JPN]");
    assertThat(resist.country()).isEqualTo("JPN");
    if (!resist.suppressed()) {
      assertThat(resist.total()).isEqualTo(120.0);
    }
    assertThat(cell(v, "photoresist", "SYNTHETIC Resist America [USA]").status())
        .isEqualTo("primary");
  }

  @Test
  void theReleasedCountryViewFeedsTheChokepointAnalysis() {
    allThree();
    PooledView v = view(gov);
    // By hand: neon Total is primary (30 + 20 = 50 > 0.75 · 60) and photoresist Total secondary,
    // so both inputs are skipped. wafers: TWN 200 of a published 200, share 1, so losing TWN
    // leaves 0 of the pooled firms' wafer supply; TWN is neither jp-us nor of concern.
    PooledChokepoints.Result r = PooledChokepoints.find(v, JP_US, CONCERN, 0.5);
    assertThat(r.skipped()).containsExactly("neon", "photoresist");
    assertThat(r.rows()).hasSize(1);
    org.chokepoint.network.Chokepoint w = r.rows().get(0);
    assertThat(w.input()).isEqualTo("input:wafers");
    assertThat(w.provider().id()).isEqualTo("TWN");
    assertThat(w.share()).isEqualTo(1.0);
    assertThat(w.residualCapacity()).isEqualTo(0.0);
    assertThat(w.holder()).isEqualTo(org.chokepoint.network.Chokepoint.Holder.OTHER);
  }
}

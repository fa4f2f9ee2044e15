package org.chokepoint.server;

import java.util.ArrayList;
import java.util.List;

/** The capabilities the server offers, in the order the documents list them. */
public final class Capabilities {
  private Capabilities() {}

  /** Every capability; a new analysis adds its line here. */
  public static List<Capability> all() {
    return List.of(
        new CatalogApi(),
        new OverviewApi(),
        new MineralsApi(),
        new DependenceApi(),
        new CriticalityApi(),
        new ChokepointsApi(),
        new NetworkApi(),
        new ScreeningApi(),
        new SimulationApi(),
        new AuthApi(),
        new AssessmentsApi(),
        new ContributionsApi(),
        new PooledApi(),
        new JointAssessmentsApi(),
        new AuditApi(),
        new AdminApi(),
        new CrisisApi());
  }

  /** The routes of the given capabilities, in order. */
  public static List<Route> routes(List<Capability> capabilities, ApiContext context) {
    List<Route> all = new ArrayList<>();
    capabilities.forEach(c -> all.addAll(c.routes(context)));
    return all;
  }
}

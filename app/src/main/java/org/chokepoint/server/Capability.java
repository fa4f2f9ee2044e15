package org.chokepoint.server;

import java.util.List;

/**
 * One capability's endpoints (minerals, trade dependence, ...). A new analysis adds one class
 * implementing this and one line in {@link Capabilities#all}.
 */
public interface Capability {
  List<Route> routes(ApiContext context);
}

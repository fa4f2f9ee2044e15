package org.chokepoint.data.workspace;

import org.chokepoint.network.TechnologyNetwork;
import org.chokepoint.provenance.Provenance;

/** A technology network with its catalog name and provenance. */
public record NetworkView(String name, TechnologyNetwork network, Provenance source) {}

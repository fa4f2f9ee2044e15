/**
 * Disruption scenarios: reading them (YAML or JSON), the tables and example scenarios shipped in
 * the jar, and running them with the sector-level ARIO model or the firm-level model. The command
 * line ({@code chokepoint simulate}) and the server both call {@link
 * org.chokepoint.simulation.Simulation}; the server runs scenarios as {@link
 * org.chokepoint.simulation.SimulationJobs}.
 */
package org.chokepoint.simulation;

/**
 * The dataset catalog: imported datasets stored as immutable versions in a data directory, each
 * with a manifest of provenance (source, licence, vintage, checksums, rows). An import lands whole
 * or not at all; the starter pack bundled in the jar answers for datasets not imported yet.
 */
package org.chokepoint.data.catalog;

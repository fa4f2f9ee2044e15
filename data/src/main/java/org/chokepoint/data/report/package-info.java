/**
 * The output formats of each analysis, shared by every surface: the CSV columns (a contract that
 * users' tools rely on) and the JSON document with provenance.
 */
package org.chokepoint.data.report;

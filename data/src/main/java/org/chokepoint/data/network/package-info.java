/**
 * Firm networks in the generic layout: the importer of a folder with {@code nodes.csv} and {@code
 * links.csv} (a fast byte-level reader for millions of links, RFC 4180 where fields are quoted),
 * the reader of the stored dataset, the service that runs exposure and dominators on it for the
 * surfaces, their CSV and JSON, and the generator of SYNTHETIC networks for tests and benchmarks.
 * Layout and definitions: {@code docs/methods/firm-networks.md}.
 */
package org.chokepoint.data.network;

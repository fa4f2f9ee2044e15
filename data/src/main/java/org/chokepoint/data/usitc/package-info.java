/**
 * USITC DataWeb, as extracted per HTS-4 heading: {@code explorer/*.json} (one heading each, with
 * {@code columns} and {@code rows}) and {@code query_manifest.json} (reporter, retrieval date).
 * DataWeb's flow names ({@code imports_for_consumption}, {@code domestic_exports}), its
 * year-to-date rows, blank values and reported-mass status are translated here into the common
 * trade tables of {@link org.chokepoint.data.trade.TradeDataset} and go no further.
 */
package org.chokepoint.data.usitc;

/**
 * Cited crosswalk data that the trade-dependence analyses need, shipped in the jar with their
 * sources: official product lists (Japan's specified critical products, the US 2025 list of
 * critical minerals, the EU critical raw materials) each mapped to Harmonized System codes, and the
 * link from HS six-digit codes to the USGS Mineral Commodity Summaries commodity, production stage
 * and content factor.
 *
 * <p>The files are the project's own compilations ({@code lists/index.csv}, {@code lists/<id>.csv},
 * {@code lists/hs6-usgs.csv}); codes follow HS 2017, the edition of the CEPII BACI HS17 trade data.
 * They are validated when loaded, and a broken file fails with its name, line and reason. {@code
 * docs/methods/product-lists.md} describes the sources, the mapping rules and their limits.
 */
package org.chokepoint.data.lists;

/**
 * USGS Mineral Commodity Summaries data release (the commodities CSV): Windows-1252 text, thousands
 * separators, "—" for zero, "W" for withheld, words and bounds kept as annotations, USGS country
 * names mapped to ISO 3166 through a table, and USGS's per-country production details resolved to
 * the stages its world totals name. None of this vocabulary leaves the package.
 */
package org.chokepoint.data.usgs;

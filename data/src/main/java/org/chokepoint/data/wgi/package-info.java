/**
 * World Bank Worldwide Governance Indicators, bulk CSV in the WDI layout: UTF-8 with BOM, a
 * trailing empty column, one row per economy and series with the years as columns. Only the six
 * estimate series ({@code *.EST}) are kept.
 */
package org.chokepoint.data.wgi;

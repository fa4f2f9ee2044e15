/**
 * The stored form every trade source is imported into (BACI, UN Comtrade, USITC DataWeb): a
 * columnar {@code flows} table (year, exporter, importer, product, value, quantity) with {@code
 * partners} and {@code products} dictionaries, and the reader that turns it into {@link
 * org.chokepoint.trade.TradeFlows}.
 */
package org.chokepoint.data.trade;

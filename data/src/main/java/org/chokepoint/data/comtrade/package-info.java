/**
 * UN Comtrade bulk CSV, in the current API/bulk layout ({@code refYear}, {@code flowCode}, {@code
 * primaryValue} …) and the legacy bulk layout ({@code Year}, {@code Trade Flow Code}, {@code Trade
 * Value (US$)} …). Column names, flow codes, World and "nes" partners, breakdown rows and the
 * reporter-versus-mirror choice are settled here; what leaves the package is the common trade
 * tables of {@link org.chokepoint.data.trade.TradeDataset}.
 */
package org.chokepoint.data.comtrade;

/**
 * Bilateral trade and the dependence of a perspective (a country or a group) on its suppliers:
 * imports, exports, import reliance, supplier concentration, concern share, trends, and the
 * government screening methods built on them (EU strategic-dependency screening, EU supply risk,
 * Japan's designation checklist).
 */
package org.chokepoint.trade;

/**
 * Dynamic disruption models: the firm-level propagation model of Inoue and Todo (2019) on a supply
 * network given as plain arrays ({@link org.chokepoint.inputoutput.dynamic.FirmNetwork}), run by
 * {@link org.chokepoint.inputoutput.dynamic.FirmSimulation}. Equations and parameters: {@code
 * docs/methods/firm-propagation.md}.
 */
package org.chokepoint.inputoutput.dynamic;

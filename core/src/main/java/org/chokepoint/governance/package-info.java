/**
 * Governance quality of supplier countries (World Bank Worldwide Governance Indicators) and the
 * 0-10 risk score used to weight concentration (method 4 of the design).
 */
package org.chokepoint.governance;

/** Concentration of supply: shares, HHI and its bounds, CR-n, group shares. */
package org.chokepoint.concentration;

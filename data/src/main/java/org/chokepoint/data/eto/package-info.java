/**
 * CSET / Emerging Technology Observatory advanced-semiconductor supply chain data ({@code
 * inputs.csv}, {@code providers.csv}, {@code provision.csv}, {@code sequence.csv}, {@code
 * stages.csv}). Licence CC BY-NC 4.0: everything derived from it is for non-commercial use, and
 * says so.
 */
package org.chokepoint.data.eto;

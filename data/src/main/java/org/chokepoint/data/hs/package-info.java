/**
 * Harmonized System nomenclature in the UN Comtrade layout of datasets/harmonized-system ({@code
 * section,hscode,description,parent,level}), with the optional {@code sections.csv}.
 */
package org.chokepoint.data.hs;

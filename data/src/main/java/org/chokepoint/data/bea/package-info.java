/**
 * The US Bureau of Economic Analysis input–output accounts (Use and Make tables, .xlsx, 1997–2023,
 * Sector and Summary levels) read into a single-region {@code IoSystem} under BEA's own
 * industry-technology assumption ({@link org.chokepoint.data.bea.BeaIoReader}; the method is stated
 * in {@code docs/methods/input-output.md}). BEA's layout — header rows, "..." for cells not shown,
 * the scrap column of the Make table — stays in this package. The workbook is read with the JDK
 * ({@link org.chokepoint.data.bea.XlsxSheet}), without a spreadsheet library.
 */
package org.chokepoint.data.bea;

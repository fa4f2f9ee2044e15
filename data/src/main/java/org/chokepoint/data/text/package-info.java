/**
 * Reading source files safely: charset detection (UTF-8 with or without BOM, Windows-1252), an RFC
 * 4180 CSV reader that tracks line and column, a CSV writer, and {@link
 * org.chokepoint.data.text.ImportException}, the one error every importer raises for bad input.
 */
package org.chokepoint.data.text;

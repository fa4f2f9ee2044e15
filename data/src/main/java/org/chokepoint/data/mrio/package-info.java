/**
 * Multi-regional input–output tables in pymrio's CSV layout: a folder with {@code Z.csv}, {@code
 * Y.csv} and one subfolder per extension holding {@code F.csv} and optionally {@code F_Y.csv} (or
 * the extension files at the top level, as in the validation cases), each a pandas {@code to_csv}
 * of a DataFrame with multi-level row and column labels. {@link
 * org.chokepoint.data.mrio.MrioFolderReader} reads such a folder into a core {@code IoSystem},
 * checking every label and number with file, line and column in its errors; {@link
 * org.chokepoint.data.mrio.MrioFolderWriter} writes an analysis back in the same layout, whole or
 * not at all. Concordance tables for aggregation are read by {@link
 * org.chokepoint.data.mrio.Concordances}.
 */
package org.chokepoint.data.mrio;

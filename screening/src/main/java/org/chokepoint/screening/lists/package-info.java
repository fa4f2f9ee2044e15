/**
 * Importers of sanctions and export-control lists (one sub-package per list format) and the one
 * stored form they all write: {@code entities}, {@code names} and {@code attributes} tables, read
 * back as {@link org.chokepoint.screening.ListedEntity}.
 */
package org.chokepoint.screening.lists;

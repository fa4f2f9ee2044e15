/**
 * A workspace: the dataset catalog of one data directory, the country groups in force and the
 * importers, with the analyses the command line (and later the REST API) call. No logic of the
 * surfaces lives here, and no analysis either: it opens datasets and hands them to the core.
 */
package org.chokepoint.data.workspace;

/**
 * Official lists that OpenSanctions transcribes to CSV from publications without a machine-readable
 * form: the annexes of EU Regulation 833/2014, China's counter-sanctions and export-control lists,
 * the US DoD Section 1260H list and the BIS military-intelligence end users. One importer per file
 * layout; the column names of each layout stay in its importer.
 */
package org.chokepoint.screening.lists.opensanctions;

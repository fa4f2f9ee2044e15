/**
 * The US Consolidated Screening List (CSV) of the International Trade Administration: eleven
 * Commerce, State and Treasury lists in one file, each entry keeping its sub-list as a programme.
 */
package org.chokepoint.screening.lists.csl;

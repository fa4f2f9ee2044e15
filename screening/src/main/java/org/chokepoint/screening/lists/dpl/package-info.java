/**
 * The BIS Denied Persons List in its tab-separated text layout: one line per name and address,
 * grouped into one entry per denial order.
 */
package org.chokepoint.screening.lists.dpl;

/**
 * OFAC's Specially Designated Nationals list, from its CSV release ({@code sdn.csv}, {@code
 * add.csv}, {@code alt.csv}, {@code sdn_comments.csv}) and its classic XML ({@code sdn.xml}), both
 * into the same entries. The SDN vocabulary (entry types, remark phrases, identifier types) stays
 * in this package.
 */
package org.chokepoint.screening.lists.ofac;

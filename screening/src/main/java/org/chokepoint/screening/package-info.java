/**
 * Restricted-party screening: the one entity model every sanctions and export-control list is
 * imported into ({@link org.chokepoint.screening.ListedEntity}), and the screening of names against
 * it.
 */
package org.chokepoint.screening;

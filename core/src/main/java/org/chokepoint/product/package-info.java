/** Product taxonomies: the Harmonized System nomenclature (2, 4 and 6 digit codes). */
package org.chokepoint.product;

/** Where a number comes from: dataset, source, vintage and licence, carried with every result. */
package org.chokepoint.provenance;

/**
 * ISO 3166-1 countries, from Debian iso-codes' {@code iso_3166-1.json} or from the
 * datasets/country-codes CSV (which adds UN M49 regions).
 */
package org.chokepoint.data.iso;

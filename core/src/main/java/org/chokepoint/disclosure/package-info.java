/**
 * Statistical disclosure control for tables built from confidential microdata: primary rules
 * (minimum frequency, (n,k)-dominance, p%), complementary (secondary) suppression over the table
 * with its margins, and the interval audit that a release must pass. Pure computation on the JDK.
 */
package org.chokepoint.disclosure;

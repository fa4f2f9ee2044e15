/**
 * The UN Security Council Consolidated List (XML), read with the JDK's StAX parser with DTDs and
 * external entities refused.
 */
package org.chokepoint.screening.lists.un;

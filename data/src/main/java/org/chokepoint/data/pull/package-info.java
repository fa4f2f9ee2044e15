/**
 * Fetching the official files from their publishers, where the network allows, and importing them;
 * where it does not, a clear message says what to download by hand.
 */
package org.chokepoint.data.pull;

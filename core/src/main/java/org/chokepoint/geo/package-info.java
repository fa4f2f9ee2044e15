/**
 * Countries and named groups of countries. A country is an ISO 3166-1 alpha-3 code; a group
 * (perspective or concern list) is a named set of them with the public source it was taken from.
 */
package org.chokepoint.geo;

/**
 * The HTTP surface: {@code chokepoint serve}. A route table ({@link org.chokepoint.server.Route})
 * per capability translates query parameters to the same workspace calls the command line makes and
 * writes the same CSV and JSON reports; the OpenAPI document and the browsable API page are
 * generated from that table.
 */
package org.chokepoint.server;

/**
 * The application: the main class, configuration (read once, validated before any data loads) and
 * the wiring that builds the workspace the command line uses. No reflection container: {@link
 * org.chokepoint.app.Application} builds the object graph by hand.
 */
package org.chokepoint.app;

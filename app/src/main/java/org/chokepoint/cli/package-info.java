/**
 * The command line ({@code picocli}): one class per command, each translating options into a
 * workspace call and the result into a table, CSV or JSON. No analysis lives here.
 */
package org.chokepoint.cli;

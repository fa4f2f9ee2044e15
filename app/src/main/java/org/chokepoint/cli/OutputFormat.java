package org.chokepoint.cli;

/** How a command prints its result. */
enum OutputFormat {
  TABLE,
  CSV,
  JSON
}

package org.chokepoint.data.catalog;

import java.util.List;

/**
 * What {@code data verify} found for one dataset.
 *
 * @param problems empty when every table is present with its recorded checksum and row count
 */
public record VerifyResult(String name, String origin, String version, List<String> problems) {
  public VerifyResult {
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}

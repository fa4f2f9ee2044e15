package org.chokepoint.data.pull;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each source's official file is published. A download ending in {@code .zip} is unpacked and
 * the entry named by the fragment ({@code #WGIData.csv}) is imported.
 */
public final class OfficialSources {
  private OfficialSources() {}

  /** The built-in addresses, by source name. */
  public static Map<String, URI> builtIn() {
    Map<String, URI> m = new LinkedHashMap<>();
    m.put(
        "countries",
        URI.create(
            "https://raw.githubusercontent.com/datasets/country-codes/main/data/country-codes.csv"));
    m.put(
        "hs",
        URI.create(
            "https://raw.githubusercontent.com/datasets/harmonized-system/main/data/harmonized-system.csv"));
    m.put(
        "wgi", URI.create("https://databank.worldbank.org/data/download/WGI_CSV.zip#WGIData.csv"));
    m.put(
        "usgs-mcs",
        URI.create(
            "https://www.sciencebase.gov/catalog/file/get/696a75d5d4be0228872d3bf8?name=MCS2026_Commodities_Data.csv"));
    return m;
  }
}

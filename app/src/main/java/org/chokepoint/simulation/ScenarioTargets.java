package org.chokepoint.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.chokepoint.data.mrio.FirmNetworkFiles;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.inputoutput.IoSystem;
import org.chokepoint.inputoutput.dynamic.ArioRebuilding;
import org.chokepoint.inputoutput.dynamic.ArioShock;

/**
 * What the shocks of a scenario hit: the sectors of a table (by region, sector, country, product or
 * country group), the firms of a supply network, the final-demand columns, and the rebuilding
 * sectors of a destruction event. Errors name the shock's field, e.g. {@code shocks[0].country}.
 */
public final class ScenarioTargets {
  private ScenarioTargets() {}

  /**
   * Firms chosen by country or group ({@code country} column of the firms file) and by product
   * (firms that supply that product on some link); both filters apply when both are given.
   */
  static int[] firmsChosen(
      FirmNetworkFiles.Loaded loaded,
      Scenario.Selection sel,
      int k,
      Function<String, Set<CountryCode>> groups) {
    int n = loaded.network().firms();
    boolean[] keep = new boolean[n];
    java.util.Arrays.fill(keep, true);
    if (!sel.countries().isEmpty() || sel.group() != null) {
      if (loaded.countries().stream().allMatch(String::isEmpty)) {
        throw new IllegalArgumentException(
            "shocks["
                + k
                + "]."
                + (sel.group() != null ? "group" : "country")
                + ": the firms file has no country column");
      }
      List<String> codes = new ArrayList<>(sel.countries());
      if (sel.group() != null) {
        try {
          groups.apply(sel.group()).forEach(c -> codes.add(c.alpha3()));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("shocks[" + k + "].group: " + e.getMessage());
        }
      }
      for (int f = 0; f < n; f++) {
        String c = loaded.countries().get(f);
        keep[f] = codes.stream().anyMatch(x -> x.strip().equalsIgnoreCase(c));
      }
    }
    if (!sel.products().isEmpty()) {
      boolean[] supplies = new boolean[n];
      for (String p : sel.products()) {
        int prod = loaded.products().indexOf(p.strip());
        if (prod < 0) {
          throw new IllegalArgumentException(
              "shocks[" + k + "].product: no product " + p + " in the links file");
        }
        for (int l = 0; l < loaded.network().links(); l++) {
          if (loaded.network().product(l) == prod) {
            supplies[loaded.network().supplier(l)] = true;
          }
        }
      }
      for (int f = 0; f < n; f++) {
        keep[f] &= supplies[f];
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int f = 0; f < n; f++) {
      if (keep[f]) {
        out.add(f);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(
          "shocks[" + k + "]: no firm matches the country, group and product given");
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A destruction event: the hit sectors, and the rebuilding sectors with their shares. */
  static ArioRebuilding rebuilding(
      IoSystem s, Scenario.Shock sh, int k, Function<String, Set<CountryCode>> groups) {
    Scenario.Destruction d = sh.destruction();
    int[] rebuilders = new int[d.rebuilding().size()];
    double[] shares = new double[rebuilders.length];
    int j = 0;
    for (Map.Entry<String, Double> e : d.rebuilding().entrySet()) {
      try {
        rebuilders[j] = IoIimKeys.sector(s, e.getKey());
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException(
            "shocks[" + k + "].rebuilding." + e.getKey() + ": " + ex.getMessage());
      }
      shares[j++] = e.getValue();
    }
    // the scenario reader accepts shares summing to 1 within 1e-6; rescale them exactly
    double sum = 0;
    for (double v : shares) {
      sum += v;
    }
    for (int q = 0; q < shares.length; q++) {
      shares[q] /= sum;
    }
    return new ArioRebuilding(
        indices(s, sh, k, groups),
        d.damage(),
        d.capitalRatio(),
        rebuilders,
        shares,
        sh.start(),
        d.tau());
  }

  static ArioShock resolve(
      IoSystem s, Scenario.Shock sh, int k, Function<String, Set<CountryCode>> groups) {
    int[] idx = indices(s, sh, k, groups);
    boolean fd = sh.type().equals("final_demand");
    int[] cols =
        fd && !sh.categories().isEmpty()
            ? columns(s, sh.categories(), "shocks[" + k + "].categories")
            : null;
    return new ArioShock(
        fd ? ArioShock.Kind.FINAL_DEMAND : ArioShock.Kind.CAPACITY,
        idx,
        cols,
        sh.magnitude(),
        sh.start(),
        sh.duration(),
        sh.recovery());
  }

  /**
   * Whether a table's region label stands for the country: the same ISO alpha-3 code, or the ISO
   * alpha-2 code of that country (EXIOBASE and BEA label regions by alpha-2: US, CN, DE).
   */
  public static boolean isCountry(String label, String alpha3) {
    String l = label.strip();
    if (l.equalsIgnoreCase(alpha3)) {
      return true;
    }
    if (l.length() != 2) {
      return false;
    }
    try {
      return new Locale("", l.toUpperCase(Locale.ROOT))
          .getISO3Country()
          .equalsIgnoreCase(alpha3.strip());
    } catch (java.util.MissingResourceException e) {
      return false;
    }
  }

  /** The sectors a shock names. */
  static int[] indices(
      IoSystem s, Scenario.Shock sh, int k, Function<String, Set<CountryCode>> groups) {
    Scenario.Selection sel = sh.selection();
    if (sh.region() == null && sel != null && !sel.isEmpty()) {
      return selected(s, sel, k, groups);
    }
    List<Integer> idx = new ArrayList<>();
    if (sh.region() != null && sel != null && !sel.products().isEmpty()) {
      return selected(s, new Scenario.Selection(List.of(), sel.products(), null), k, groups, sh);
    }
    if (sh.region() != null) {
      int reg = s.regions().indexOf(sh.region());
      if (reg < 0) {
        throw new IllegalArgumentException(
            "shocks["
                + k
                + "].region: no region "
                + sh.region()
                + " (regions: "
                + s.regions()
                + ")");
      }
      for (int i = 0; i < s.size(); i++) {
        if (s.regionOf(i) == reg) {
          idx.add(i);
        }
      }
    } else {
      for (String key : sh.sectors()) {
        try {
          idx.add(IoIimKeys.sector(s, key));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("shocks[" + k + "].sector: " + e.getMessage());
        }
      }
    }
    return idx.stream().mapToInt(Integer::intValue).toArray();
  }

  static int[] selected(
      IoSystem s, Scenario.Selection sel, int k, Function<String, Set<CountryCode>> groups) {
    return selected(s, sel, k, groups, null);
  }

  /**
   * Sectors chosen by country (a region of the table), group (its countries that are regions of the
   * table) and product (the sector code within a region; every region when no country is given).
   */
  static int[] selected(
      IoSystem s,
      Scenario.Selection sel,
      int k,
      Function<String, Set<CountryCode>> groups,
      Scenario.Shock withRegion) {
    List<String> regions = s.regions();
    boolean[] region = new boolean[regions.size()];
    if (withRegion != null) {
      int reg = regions.indexOf(withRegion.region());
      if (reg < 0) {
        throw new IllegalArgumentException(
            "shocks["
                + k
                + "].region: no region "
                + withRegion.region()
                + " (regions: "
                + regions
                + ")");
      }
      region[reg] = true;
    } else if (!sel.countries().isEmpty()) {
      for (String c : sel.countries()) {
        boolean found = false;
        for (int r = 0; r < regions.size(); r++) {
          if (isCountry(regions.get(r), c)) {
            region[r] = true;
            found = true;
          }
        }
        if (!found) {
          throw new IllegalArgumentException(
              "shocks["
                  + k
                  + "].country: no region "
                  + c
                  + " in the table (regions: "
                  + regions
                  + ")");
        }
      }
    } else if (sel.group() != null) {
      Set<CountryCode> members;
      try {
        members = groups.apply(sel.group());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("shocks[" + k + "].group: " + e.getMessage());
      }
      boolean any = false;
      for (int r = 0; r < regions.size(); r++) {
        for (CountryCode c : members) {
          if (isCountry(regions.get(r), c.alpha3())) {
            region[r] = true;
            any = true;
          }
        }
      }
      if (!any) {
        throw new IllegalArgumentException(
            "shocks["
                + k
                + "].group: none of "
                + sel.group()
                + "'s countries "
                + members
                + " is a region of the table (regions: "
                + regions
                + ")");
      }
    } else {
      java.util.Arrays.fill(region, true);
    }
    List<Integer> idx = new ArrayList<>();
    if (sel.products().isEmpty()) {
      for (int i = 0; i < s.size(); i++) {
        if (region[s.regionOf(i)]) {
          idx.add(i);
        }
      }
    } else {
      for (String p : sel.products()) {
        boolean found = false;
        for (int i = 0; i < s.size(); i++) {
          List<String> tu = s.sectors().tuple(i);
          if (region[s.regionOf(i)]
              && String.join("/", tu.subList(1, tu.size())).equals(p.strip())) {
            idx.add(i);
            found = true;
          }
        }
        if (!found) {
          throw new IllegalArgumentException(
              "shocks["
                  + k
                  + "].product: no product "
                  + p
                  + " in the chosen region(s) (sectors look like "
                  + s.sectors().joined(0)
                  + ")");
        }
      }
    }
    return idx.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Final-demand columns whose category (or REGION/CATEGORY) is one of {@code names}. */
  static int[] columns(IoSystem s, List<String> names, String field) {
    List<Integer> out = new ArrayList<>();
    for (String name : names) {
      int before = out.size();
      for (int c = 0; c < s.finalDemand().size(); c++) {
        List<String> t = s.finalDemand().tuple(c);
        String cat = String.join("/", t.subList(1, t.size()));
        if (cat.equals(name) || String.join("/", t).equals(name)) {
          out.add(c);
        }
      }
      if (out.size() == before) {
        throw new IllegalArgumentException(
            field
                + ": no final-demand category "
                + name
                + " (categories look like "
                + s.finalDemand().joined(0)
                + ")");
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}

package org.chokepoint.workspace.contribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.network.Chokepoint;
import org.chokepoint.network.Chokepoints;
import org.chokepoint.network.Input;
import org.chokepoint.network.NodeKind;
import org.chokepoint.network.Provider;
import org.chokepoint.network.Provision;
import org.chokepoint.network.TechnologyNetwork;

/**
 * Chokepoints of a released pooled country view: the view becomes a {@link TechnologyNetwork} with
 * one input per pooled input whose total is published, one country provider per published cell with
 * share = cell total / input total, and what the input's suppressed cells hold together (the total
 * less its published cells, computable by anyone from the release) as one unattributed provider,
 * which counts in the supply but never stops. No goes-into edges: each input is its own product.
 * {@link Chokepoints#find} then names every (input, supplier country) whose loss alone leaves less
 * than the threshold of the pooled firms' supply of that input.
 *
 * <p>Only published numbers are used, so a chokepoint hidden in a suppressed cell cannot be found
 * (finding it would disclose it), and inputs whose total is suppressed are skipped and listed.
 */
public final class PooledChokepoints {
  /** The unattributed provider standing for the suppressed cells of each input. */
  public static final String SUPPRESSED = "SUPPRESSED";

  /** The source every provision of the network cites. */
  static final String SOURCE = "pooled contributions";

  /**
   * @param network the network built from the view (for names)
   * @param rows chokepoints as {@link Chokepoints#find} ranks them
   * @param skipped inputs left out because their total is suppressed, sorted
   */
  public record Result(TechnologyNetwork network, List<Chokepoint> rows, List<String> skipped) {
    public Result {
      rows = List.copyOf(rows);
      skipped = List.copyOf(skipped);
    }
  }

  private PooledChokepoints() {}

  /** The id of a pooled input in the network: {@code input:NAME}, as in the network export. */
  public static String inputId(String input) {
    return "input:" + input;
  }

  /**
   * @throws IllegalArgumentException when the view is not the country view, or the threshold is not
   *     in (0, 1]
   */
  public static Result find(
      PooledView view, CountryGroup perspective, CountryGroup concern, double threshold) {
    if (view.view() != PoolAggregator.View.COUNTRY) {
      throw new IllegalArgumentException("pooled chokepoints take the country view only");
    }
    TechnologyNetwork net = network(view);
    List<String> skipped = new ArrayList<>();
    for (PooledView.InputSummary i : view.inputs()) {
      if (i.total() == null || i.total() <= 0) {
        skipped.add(i.input());
      }
    }
    skipped.sort(null);
    return new Result(
        net, new Chokepoints(net).find(perspective, concern, threshold), List.copyOf(skipped));
  }

  /** The network of the published cells of a country view (inputs with a published total only). */
  static TechnologyNetwork network(PooledView view) {
    Map<String, Double> totals = new LinkedHashMap<>();
    for (PooledView.InputSummary i : view.inputs()) {
      if (i.total() != null && i.total() > 0) {
        totals.put(i.input(), i.total());
      }
    }
    List<Input> inputs = new ArrayList<>();
    Map<String, Provider> providers = new LinkedHashMap<>();
    List<Provision> provisions = new ArrayList<>();
    Map<String, Double> published = new LinkedHashMap<>();
    for (PooledView.Cell c : view.cells()) {
      Double total = totals.get(c.input());
      if (c.margin() || total == null || c.total() == null) {
        continue;
      }
      Provider p = providers.computeIfAbsent(c.supplier(), PooledChokepoints::provider);
      provisions.add(
          new Provision(
              p.id(),
              inputId(c.input()),
              OptionalDouble.of(Math.min(1, c.total() / total)),
              0,
              SOURCE));
      published.merge(c.input(), c.total(), Double::sum);
    }
    Provider suppressed =
        new Provider(
            SUPPRESSED, "suppressed cells (countries withheld)", NodeKind.COUNTRY, null, true);
    providers.put(SUPPRESSED, suppressed);
    totals.forEach(
        (input, total) -> {
          inputs.add(new Input(inputId(input), input, NodeKind.INPUT, "pooled_input", ""));
          double rest = total - published.getOrDefault(input, 0.0);
          if (rest > 1e-9 * total) {
            provisions.add(
                new Provision(
                    SUPPRESSED, inputId(input), OptionalDouble.of(rest / total), 0, SOURCE));
          }
        });
    return new TechnologyNetwork(inputs, providers.values(), provisions, List.of(), List.of());
  }

  /**
   * A supplier country of the view; {@code unknown} (or any supplier that is not an ISO 3166 code)
   * stands for several countries, so it is unattributed like the suppressed cells.
   */
  private static Provider provider(String supplier) {
    if (CountryCode.isValid(supplier)) {
      return new Provider(supplier, supplier, NodeKind.COUNTRY, CountryCode.of(supplier), false);
    }
    return new Provider(supplier, supplier, NodeKind.COUNTRY, null, true);
  }
}

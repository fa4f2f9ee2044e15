package org.chokepoint.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A technology supply network such as CSET/ETO's semiconductor chain: inputs (tools, materials,
 * processes, products), providers with their shares of each input, goes-into edges (input → the
 * product or process it is required for) and is-type-of edges (an input → the more general input it
 * is one kind of; kinds substitute for each other).
 */
public final class TechnologyNetwork {
  private final Map<String, Input> inputs;
  private final Map<String, Provider> providers;
  private final Map<String, List<Provision>> provisionByInput = new HashMap<>();
  private final Map<String, List<String>> requiredBy = new HashMap<>(); // consumer -> inputs
  private final Map<String, List<String>> consumersOf = new HashMap<>(); // input -> consumers
  private final Map<String, List<String>> typesOf = new HashMap<>(); // general -> kinds
  private final Map<String, List<String>> generalOf = new HashMap<>(); // kind -> general

  /**
   * @param goesInto pairs (input, consumer)
   * @param isTypeOf pairs (kind, general)
   */
  public TechnologyNetwork(
      Collection<Input> inputs,
      Collection<Provider> providers,
      Collection<Provision> provisions,
      Collection<String[]> goesInto,
      Collection<String[]> isTypeOf) {
    Map<String, Input> in = new LinkedHashMap<>();
    inputs.forEach(i -> in.put(i.id(), i));
    Map<String, Provider> pr = new LinkedHashMap<>();
    providers.forEach(p -> pr.put(p.id(), p));
    this.inputs = Map.copyOf(in);
    this.providers = Map.copyOf(pr);
    for (Provision p : provisions) {
      requireInput(p.inputId());
      if (!this.providers.containsKey(p.providerId())) {
        throw new IllegalArgumentException("unknown provider " + p.providerId());
      }
      provisionByInput.computeIfAbsent(p.inputId(), k -> new ArrayList<>()).add(p);
    }
    for (String[] e : goesInto) {
      requireInput(e[0]);
      requireInput(e[1]);
      requiredBy.computeIfAbsent(e[1], k -> new ArrayList<>()).add(e[0]);
      consumersOf.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e[1]);
    }
    for (String[] e : isTypeOf) {
      requireInput(e[0]);
      requireInput(e[1]);
      typesOf.computeIfAbsent(e[1], k -> new ArrayList<>()).add(e[0]);
      generalOf.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e[1]);
    }
  }

  private void requireInput(String id) {
    if (!inputs.containsKey(id)) {
      throw new IllegalArgumentException("unknown input " + id);
    }
  }

  public Input getInput(String id) {
    Input i = inputs.get(id);
    if (i == null) {
      throw new NoSuchElementException("no input " + id + " in the network");
    }
    return i;
  }

  public Optional<Input> findInput(String id) {
    return Optional.ofNullable(inputs.get(id));
  }

  public Collection<Input> listInputs() {
    return inputs.values();
  }

  public Provider getProvider(String id) {
    Provider p = providers.get(id);
    if (p == null) {
      throw new NoSuchElementException("no provider " + id + " in the network");
    }
    return p;
  }

  public Collection<Provider> listProviders() {
    return providers.values();
  }

  /** Provision rows of an input, in source order. */
  public List<Provision> provisionsOf(String inputId) {
    return provisionByInput.getOrDefault(inputId, List.of());
  }

  /** Inputs required by (going into) a product or process: complements. */
  public List<String> requiredInputs(String consumerId) {
    return requiredBy.getOrDefault(consumerId, List.of());
  }

  /** Products or processes an input goes into. */
  public List<String> consumersOf(String inputId) {
    return consumersOf.getOrDefault(inputId, List.of());
  }

  /** The kinds of a general input: substitutes for each other. */
  public List<String> typesOf(String generalId) {
    return typesOf.getOrDefault(generalId, List.of());
  }

  /** The general inputs an input is a kind of. */
  public List<String> generalOf(String kindId) {
    return generalOf.getOrDefault(kindId, List.of());
  }
}

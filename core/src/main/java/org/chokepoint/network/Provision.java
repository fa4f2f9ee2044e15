package org.chokepoint.network;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A provider's share of the world supply of an input.
 *
 * @param share fraction in [0, 1], or empty when the source names the provider without a share
 * @param year the year the share is for
 * @param source the source's citation
 */
public record Provision(
    String providerId, String inputId, OptionalDouble share, int year, String source) {
  public Provision {
    Objects.requireNonNull(providerId, "providerId");
    Objects.requireNonNull(inputId, "inputId");
    share = Objects.requireNonNullElse(share, OptionalDouble.empty());
    if (share.isPresent() && !(share.getAsDouble() >= 0 && share.getAsDouble() <= 1.0000001)) {
      throw new IllegalArgumentException("share must be a fraction in [0, 1]: " + share);
    }
    source = Objects.requireNonNullElse(source, "");
  }
}

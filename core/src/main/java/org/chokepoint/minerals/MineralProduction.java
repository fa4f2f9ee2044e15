package org.chokepoint.minerals;

import java.util.Objects;
import java.util.Optional;
import org.chokepoint.geo.CountryCode;

/**
 * One published production figure: a commodity at a production stage, in a unit, for a year and a
 * producer.
 *
 * @param commodity the publisher's commodity name, such as "Gallium"
 * @param stage the publisher's production stage, such as "Primary production"
 * @param unit the publisher's unit, such as "kilograms"
 * @param producerName the producer as published ("Congo (Kinshasa)", "Other countries")
 * @param kind who the row is attributed to
 * @param country the ISO code when {@code kind} is {@link ProducerKind#COUNTRY}, else null
 * @param estimated whether the publisher marks the figure as an estimate
 * @param qualifier how this row's basis differs from the stage, as published ("crude"), or empty
 * @param note the publisher's notes on the row, or empty
 * @param critical whether the publisher lists the commodity as critical
 */
public record MineralProduction(
    String commodity,
    String stage,
    String unit,
    int year,
    String producerName,
    ProducerKind kind,
    CountryCode country,
    Quantity quantity,
    boolean estimated,
    String qualifier,
    String note,
    boolean critical) {
  public MineralProduction {
    Objects.requireNonNull(commodity, "commodity");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(producerName, "producerName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(quantity, "quantity");
    if ((kind == ProducerKind.COUNTRY) != (country != null)) {
      throw new IllegalArgumentException(
          "a country code is required for COUNTRY rows and only for them: " + producerName);
    }
    qualifier = Objects.requireNonNullElse(qualifier, "");
    note = Objects.requireNonNullElse(note, "");
  }

  public Optional<CountryCode> findCountry() {
    return Optional.ofNullable(country);
  }
}

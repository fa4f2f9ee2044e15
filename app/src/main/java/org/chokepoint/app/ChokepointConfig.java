package org.chokepoint.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.screening.match.Thresholds;

/**
 * The settings of a workspace, read from {@code DATA_DIR/config.yaml}. Every key is documented in
 * {@code docs/configuration.md}; unknown keys are an error, so that a typo is not silently ignored.
 *
 * @param groups country groups added to (or replacing) the shipped ones, by name
 * @param defaults what commands use when an option is not given
 * @param pull where {@code data pull} fetches the official files
 * @param screening the scores at which {@code screen} calls a name a match or a review
 * @param database the workspace database: an external PostgreSQL server, else the embedded one
 * @param server settings of {@code serve}
 * @param disclosure disclosure control of pooled views
 */
public record ChokepointConfig(
    Map<String, GroupSetting> groups,
    Defaults defaults,
    PullSettings pull,
    ScreeningSettings screening,
    DatabaseSettings database,
    ServerSettings server,
    DisclosureSettings disclosure) {
  public ChokepointConfig {
    disclosure = disclosure == null ? new DisclosureSettings(null) : disclosure;
    database = database == null ? new DatabaseSettings(null, null, null) : database;
    server = server == null ? new ServerSettings(null) : server;
    groups = groups == null ? Map.of() : new LinkedHashMap<>(groups);
    defaults = defaults == null ? Defaults.BUILT_IN : defaults.orBuiltIn();
    pull = pull == null ? PullSettings.BUILT_IN : pull.orBuiltIn();
    screening = screening == null ? ScreeningSettings.BUILT_IN : screening.orBuiltIn();
  }

  public static ChokepointConfig builtIn() {
    return new ChokepointConfig(null, null, null, null, null, null, null);
  }

  /**
   * One country group.
   *
   * @param title a human-readable title
   * @param members ISO 3166-1 alpha-3 codes
   * @param source where the membership comes from
   * @param note limits of the mapping, if any
   */
  public record GroupSetting(String title, List<String> members, String source, String note) {}

  /**
   * @param perspective the perspective when {@code --perspective} is not given
   * @param concern the concern group when {@code --concern} is not given
   */
  public record Defaults(String perspective, String concern) {
    static final Defaults BUILT_IN = new Defaults("jp-us", "us-foreign-adversaries");

    Defaults orBuiltIn() {
      return new Defaults(
          perspective == null ? BUILT_IN.perspective : perspective,
          concern == null ? BUILT_IN.concern : concern);
    }
  }

  /**
   * @param timeoutSeconds how long {@code data pull} waits for each connection
   * @param sources official download address per source name, replacing the built-in ones
   */
  public record PullSettings(
      @JsonProperty("timeout-seconds") Integer timeoutSeconds, Map<String, String> sources) {
    static final PullSettings BUILT_IN = new PullSettings(20, Map.of());

    PullSettings orBuiltIn() {
      return new PullSettings(
          timeoutSeconds == null ? BUILT_IN.timeoutSeconds : timeoutSeconds,
          sources == null ? Map.of() : Map.copyOf(sources));
    }
  }

  /**
   * @param matchThreshold the score from which a hit is a match (docs/methods/screening.md)
   * @param reviewThreshold the score from which a hit is shown for review
   */
  public record ScreeningSettings(
      @JsonProperty("match-threshold") Double matchThreshold,
      @JsonProperty("review-threshold") Double reviewThreshold) {
    static final ScreeningSettings BUILT_IN =
        new ScreeningSettings(Thresholds.DEFAULT.match(), Thresholds.DEFAULT.review());

    ScreeningSettings orBuiltIn() {
      return new ScreeningSettings(
          matchThreshold == null ? BUILT_IN.matchThreshold : matchThreshold,
          reviewThreshold == null ? BUILT_IN.reviewThreshold : reviewThreshold);
    }

    /** The thresholds, checked: 0 ≤ review ≤ match ≤ 1. */
    public Thresholds thresholds() {
      return new Thresholds(matchThreshold, reviewThreshold);
    }
  }

  /**
   * @param url a JDBC address such as {@code jdbc:postgresql://db.example:5432/chokepoint}; none
   *     starts the embedded server in {@code DATA_DIR/postgres}
   * @param user the database user (external server only)
   * @param password the database password (external server only)
   */
  public record DatabaseSettings(String url, String user, String password) {}

  /**
   * @param trustForwardedProto whether {@code X-Forwarded-Proto: https} from a TLS-terminating
   *     proxy counts as TLS (session cookies then get {@code Secure})
   */
  public record ServerSettings(@JsonProperty("trust-forwarded-proto") Boolean trustForwardedProto) {
    public boolean trustsForwardedProto() {
      return Boolean.TRUE.equals(trustForwardedProto);
    }
  }

  /**
   * @param rules the primary rules of pooled views, such as {@code freq:n=3;nk:n=2,k=75;p:p=10}
   *     (docs/methods/pooled-contributions.md); never shown to recipients
   */
  public record DisclosureSettings(String rules) {
    /** The rules, or the built-in ones when none are set. */
    public String rulesOrDefault() {
      return rules == null || rules.isBlank()
          ? org.chokepoint.workspace.contribution.PooledService.DEFAULT_RULES
          : rules;
    }
  }
}

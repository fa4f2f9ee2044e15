package org.chokepoint.governance;

/** The six dimensions of the Worldwide Governance Indicators, with the World Bank's codes. */
public enum WgiDimension {
  VOICE_AND_ACCOUNTABILITY("VA"),
  POLITICAL_STABILITY("PV"),
  GOVERNMENT_EFFECTIVENESS("GE"),
  REGULATORY_QUALITY("RQ"),
  RULE_OF_LAW("RL"),
  CONTROL_OF_CORRUPTION("CC");

  private final String code;

  WgiDimension(String code) {
    this.code = code;
  }

  /** The World Bank's two-letter code, as in {@code CC.EST}. */
  public String code() {
    return code;
  }

  public static java.util.Optional<WgiDimension> findByCode(String code) {
    for (WgiDimension d : values()) {
      if (d.code.equals(code)) {
        return java.util.Optional.of(d);
      }
    }
    return java.util.Optional.empty();
  }
}

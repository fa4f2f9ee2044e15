package org.chokepoint.server;

import org.chokepoint.geo.CountryGroup;

/** The perspective and concern parameters every analysis takes. */
final class Groups {
  private Groups() {}

  static Param perspective() {
    return Param.of(
            "perspective",
            Param.Type.STRING,
            "Whose dependence or share: a group name (see /api/v1/groups) or ISO3 codes joined"
                + " by commas; default from config.")
        .example("jp-us");
  }

  static Param concern() {
    return Param.of(
            "concern",
            Param.Type.STRING,
            "Group of concern: a group name or ISO3 codes; default from config.")
        .example("us-foreign-adversaries");
  }

  static CountryGroup perspective(ApiContext c, Request r) {
    return c.perspective(r.string("perspective"));
  }

  static CountryGroup concern(ApiContext c, Request r) {
    return c.concern(r.string("concern"));
  }
}

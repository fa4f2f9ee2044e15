package org.chokepoint.data.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.OptionalDouble;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.provenance.Provenance;

/** The pieces every JSON report shares: groups, sources, optional numbers, writing. */
final class ReportJson {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private ReportJson() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A country group with its members and source. */
  static ObjectNode group(CountryGroup g) {
    ObjectNode o = object();
    o.put("name", g.name());
    o.put("title", g.title());
    ArrayNode m = o.putArray("members");
    g.members().forEach(c -> m.add(c.alpha3()));
    o.put("source", g.source());
    if (!g.note().isEmpty()) {
      o.put("note", g.note());
    }
    return o;
  }

  /** The {@code sources} array: dataset, source, vintage, licence and citation of each. */
  static void sources(ObjectNode root, List<Provenance> provenance) {
    ArrayNode sources = root.putArray("sources");
    for (Provenance p : provenance) {
      ObjectNode s = sources.addObject();
      s.put("dataset", p.dataset());
      s.put("source", p.source());
      s.put("vintage", p.vintage());
      s.put("licence", p.licence());
      s.put("citation", p.citation());
    }
  }

  /** A number, or null when unknown. */
  static void number(ObjectNode o, String field, OptionalDouble v) {
    if (v.isPresent()) {
      o.put(field, v.getAsDouble());
    } else {
      o.putNull(field);
    }
  }

  static void write(Writer out, Object tree) {
    try {
      MAPPER.writeValue(out, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

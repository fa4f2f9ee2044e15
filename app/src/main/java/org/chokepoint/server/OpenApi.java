package org.chokepoint.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** The OpenAPI 3.0 document, made from the route table so that it cannot drift from the code. */
final class OpenApi {
  private OpenApi() {}

  static ObjectNode document(List<Route> routes, String version) {
    ObjectNode doc = Json.MAPPER.createObjectNode();
    doc.put("openapi", "3.0.3");
    ObjectNode info = doc.putObject("info");
    info.put("title", "Chokepoint API");
    info.put("version", version);
    info.put(
        "description",
        "Supply-chain concentration, dependence, criticality and chokepoints from cited public"
            + " data. Every analysis answers JSON by default and CSV with `format=csv` or `Accept:"
            + " text/csv`; JSON reports carry their sources (dataset, vintage, licence), and CSV"
            + " responses name them in `Chokepoint-Source` headers. Errors are RFC 9457 problem"
            + " details.");
    info.putObject("license")
        .put("name", "Apache-2.0")
        .put("url", "https://www.apache.org/licenses/LICENSE-2.0");
    ObjectNode paths = doc.putObject("paths");
    for (Route r : routes) {
      ObjectNode path =
          paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
      ObjectNode op = path.putObject(r.method().toLowerCase(Locale.ROOT));
      op.put("operationId", r.operationId());
      op.putArray("tags").add(r.tag());
      op.put("summary", r.summary());
      if (!r.description().isEmpty()) {
        op.put("description", r.description());
      }
      ArrayNode params = op.putArray("parameters");
      for (Param p : r.params()) {
        ObjectNode param = parameter(p);
        if (r.path().contains("{" + p.name() + "}")) {
          param.put("in", "path").put("required", true);
        }
        params.add(param);
      }
      ObjectNode format =
          params
              .addObject()
              .put("name", "format")
              .put("in", "query")
              .put("required", false)
              .put("description", "Answer format; overrides the Accept header.");
      ArrayNode formats = format.putObject("schema").put("type", "string").putArray("enum");
      formats.add("json");
      if (r.csv()) {
        formats.add("csv");
      }
      if (r.body() != null) {
        ObjectNode body = op.putObject("requestBody");
        body.put("required", true);
        body.put("description", r.body().description());
        ObjectNode content = body.putObject("content");
        for (String type : r.body().mediaType().split(",")) {
          content
              .putObject(type.strip())
              .putObject("schema")
              .put("type", "string")
              .put("maxLength", r.body().maxBytes());
        }
        ObjectNode form =
            content.putObject("multipart/form-data").putObject("schema").put("type", "object");
        form.putObject("properties")
            .putObject("file")
            .put("type", "string")
            .put("format", "binary");
        form.putArray("required").add("file");
      }
      ObjectNode responses = op.putObject("responses");
      ObjectNode ok = responses.putObject(r.accepted() ? "202" : "200");
      ok.put(
          "description",
          r.accepted()
              ? "Accepted: the job, with its address in the Location header."
              : "The result, with its sources.");
      ObjectNode content = ok.putObject("content");
      content.putObject("application/json").putObject("schema").put("type", "object");
      if (r.csv()) {
        content
            .putObject("text/csv")
            .putObject("schema")
            .put("type", "string")
            .put("description", "RFC 4180, one header row, the columns of the CLI's --format csv");
      }
      problem(responses, "400", "Invalid parameters; `errors` names each one.");
      problem(responses, "404", "No such dataset, commodity or resource.");
      problem(responses, "406", "Neither JSON nor CSV is acceptable.");
      if (r.body() != null) {
        problem(responses, "413", "The body is over the limit.");
        problem(responses, "415", "The body is not " + r.body().mediaType() + ".");
        problem(
            responses,
            "422",
            "The body is invalid; `detail` (and `errors`) name the line and column.");
      }
      problem(responses, "500", "Internal error.");
    }
    ObjectNode schemas = doc.putObject("components").putObject("schemas");
    ObjectNode problem = schemas.putObject("Problem");
    problem.put("type", "object");
    problem.put("description", "RFC 9457 problem details.");
    ObjectNode props = problem.putObject("properties");
    props.putObject("type").put("type", "string").put("format", "uri-reference");
    props.putObject("title").put("type", "string");
    props.putObject("status").put("type", "integer");
    props.putObject("detail").put("type", "string");
    props.putObject("instance").put("type", "string").put("format", "uri-reference");
    ObjectNode error = props.putObject("errors").put("type", "array").putObject("items");
    error.put("type", "object");
    ObjectNode ep = error.putObject("properties");
    ep.putObject("parameter").put("type", "string");
    ep.putObject("message").put("type", "string");
    problem.putArray("required").add("type").add("title").add("status").add("detail");
    return doc;
  }

  private static ObjectNode parameter(Param p) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("name", p.name());
    o.put("in", "query");
    o.put("required", p.required());
    o.put("description", p.description());
    ObjectNode schema = o.putObject("schema");
    if (p.type() == Param.Type.LIST) {
      o.put("style", "form");
      o.put("explode", false);
      schema.put("type", "array");
      schema.putObject("items").put("type", "string");
    } else {
      schema.put("type", p.type().schema);
    }
    if (p.defaultValue() != null) {
      switch (p.type()) {
        case INTEGER -> schema.put("default", Integer.parseInt(p.defaultValue()));
        case NUMBER -> schema.put("default", Double.parseDouble(p.defaultValue()));
        case BOOLEAN -> schema.put("default", Boolean.parseBoolean(p.defaultValue()));
        default -> schema.put("default", p.defaultValue());
      }
    }
    if (!p.allowed().isEmpty()) {
      ArrayNode e = schema.putArray("enum");
      p.allowed().forEach(e::add);
    }
    if (p.example() != null) {
      o.put("example", p.example());
    }
    return o;
  }

  private static void problem(ObjectNode responses, String status, String description) {
    ObjectNode r = responses.putObject(status);
    r.put("description", description);
    r.putObject("content")
        .putObject(Problem.MEDIA_TYPE)
        .putObject("schema")
        .put("$ref", "#/components/schemas/Problem");
  }
}

package org.chokepoint.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.chokepoint.workspace.policy.RouteAccess;

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
            + " details. Workspace endpoints (assessments) authenticate by the session cookie of"
            + " POST /api/v1/auth/login (unsafe requests then echo the csrf_token in X-CSRF-Token)"
            + " or by `Authorization: Bearer TOKEN` (`chokepoint admin token create`); analyses of"
            + " the public datasets need no sign-in.");
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
      security(op, r.access());
      if (r.body() != null && r.body().json()) {
        ObjectNode body = op.putObject("requestBody");
        body.put("required", true);
        body.put("description", r.body().description());
        body.putObject("content")
            .putObject("application/json")
            .putObject("schema")
            .put("type", "object");
      } else if (r.body() != null) {
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
      String okStatus =
          r.accepted()
              ? "202"
              : r.method().equals("POST") && r.path().equals("/api/v1/assessments") ? "201" : "200";
      ObjectNode ok = responses.putObject(okStatus);
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
      if (r.access() != RouteAccess.PUBLIC) {
        problem(responses, "401", "Not signed in, or the token is unknown, expired or revoked.");
        problem(responses, "403", "Signed in without the role, scope or CSRF token this needs.");
        problem(responses, "503", "The workspace database is not ready.");
      }
      if (r.path().equals(AuthApi.LOGIN)) {
        problem(responses, "429", "Too many failed sign-ins; see Retry-After.");
      }
      problem(
          responses,
          "404",
          r.access() == RouteAccess.OBJECTS
              ? "No such object, or one the caller may not read (the two are not told apart)."
              : "No such dataset, commodity or resource.");
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
    ObjectNode components = doc.putObject("components");
    ObjectNode schemes = components.putObject("securitySchemes");
    schemes
        .putObject("session")
        .put("type", "apiKey")
        .put("in", "cookie")
        .put("name", "chokepoint_session")
        .put(
            "description",
            "Set by POST /api/v1/auth/login; HttpOnly, SameSite=Strict, Secure over TLS, 12 hours."
                + " Unsafe requests also send the csrf_token of the login answer (or of GET"
                + " /api/v1/auth/me) as X-CSRF-Token.");
    schemes
        .putObject("bearer")
        .put("type", "http")
        .put("scheme", "bearer")
        .put(
            "description",
            "An API token from `chokepoint admin token create`: scoped (read or read-write),"
                + " expiring, revocable, stored only as a SHA-256 digest.");
    ObjectNode schemas = components.putObject("schemas");
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

  /** Who may call: nobody needs to sign in, or one of the schemes (optionally, for objects). */
  private static void security(ObjectNode op, RouteAccess access) {
    ArrayNode sec = op.putArray("security");
    switch (access) {
      case PUBLIC -> {}
      case MEMBER, ADMIN -> {
        sec.addObject().putArray("session");
        sec.addObject().putArray("bearer");
      }
      case OBJECTS, SIGN_IN -> {
        sec.addObject(); // anonymous: TLP:CLEAR objects only, and sign-in itself
        sec.addObject().putArray("session");
        sec.addObject().putArray("bearer");
      }
    }
  }

  private static ObjectNode parameter(Param p) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("name", p.name());
    o.put("in", p.inPath() ? "path" : "query");
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

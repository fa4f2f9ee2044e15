package org.chokepoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.workspace.crisis.CrisisFieldException;
import org.chokepoint.workspace.crisis.CrisisFields;
import org.chokepoint.workspace.crisis.CrisisRequest;
import org.chokepoint.workspace.crisis.CrisisService;
import org.chokepoint.workspace.crisis.CrisisStatus;
import org.chokepoint.workspace.crisis.CrisisViews;
import org.chokepoint.workspace.policy.Action;
import org.chokepoint.workspace.policy.RouteAccess;

/**
 * {@code /api/v1/crisis-requests}: requests for an emergency meeting of the Supply Chain Crisis
 * Response Network in the form of Article 12 of the IPEF supply-chain agreement, with their 15-day
 * clock (docs/methods/crisis-requests.md). Every decision is the access policy's (through {@link
 * CrisisService}); a request the caller may not read answers 404 exactly as a missing one.
 */
final class CrisisApi implements Capability {
  static final String PATH = "/api/v1/crisis-requests";

  /** The CSV columns of the list and of one request. */
  static final List<String> COLUMNS = CrisisViews.COLUMNS;

  @Override
  public List<Route> routes(ApiContext c) {
    Param id = Param.path("id", Param.Type.INTEGER, "The request's id.");
    return List.of(
        Route.post(PATH, "crisis")
            .summary("Raise a crisis request (IPEF supply-chain agreement, Article 12)")
            .description(
                "Body (application/json): title and the six items of Article 12(2), each"
                    + " required, at most 4,000 characters: impact, cause, expected_duration,"
                    + " sectors, measures, assistance; addressed_to (partner governments by name"
                    + " or id); label (optional: TLP:AMBER, the default, TLP:GREEN or TLP:CLEAR);"
                    + " organisation (optional: the requesting government). Needs the analyst"
                    + " role or more in a government. The emergency meeting is due within 15 days."
                    + " Answers 201; a missing field answers 400 naming it.")
            .body("application/json", "the request as JSON", 64 << 10)
            .jsonOnly()
            .access(RouteAccess.OBJECTS)
            .handler(r -> raise(c, r)),
        Route.get(PATH, "crisis")
            .summary("The crisis requests the caller may read, with their clocks (CSV on request)")
            .description("Lists only what the caller may read; nothing about the others.")
            .access(RouteAccess.OBJECTS)
            .handler(r -> list(c, r)),
        Route.get(PATH + "/{id}", "crisis")
            .summary("One crisis request: the six items, clock, responses and linked analyses")
            .description("404 when it does not exist or the caller may not read it, alike.")
            .param(id)
            .access(RouteAccess.OBJECTS)
            .handler(r -> get(c, r)),
        Route.post(PATH + "/{id}/responses", "crisis")
            .summary("Respond: an offer of assistance or a note")
            .description(
                "Body: kind (offer, the default, or note), body (text, at most 4,000"
                    + " characters). Needs the analyst role or more in the requesting or an"
                    + " addressed government.")
            .param(id)
            .body("application/json", "{\"kind\": \"offer\", \"body\": \"...\"}", 64 << 10)
            .jsonOnly()
            .access(RouteAccess.OBJECTS)
            .handler(r -> respond(c, r)),
        Route.post(PATH + "/{id}/links", "crisis")
            .summary("Link a saved assessment (by id) or a pooled view (by its query reference)")
            .description(
                "Body: kind (assessment or pooled-view), ref. An assessment must be one the"
                    + " caller may read; readers of the request see only the linked assessments"
                    + " they may read themselves.")
            .param(id)
            .body("application/json", "{\"kind\": \"assessment\", \"ref\": \"12\"}", 16 << 10)
            .jsonOnly()
            .access(RouteAccess.OBJECTS)
            .handler(r -> link(c, r)),
        Route.post(PATH + "/{id}/meeting", "crisis")
            .summary("Schedule (or move) the emergency meeting")
            .description(
                "Body: meeting_at (ISO 8601 instant, such as 2026-03-10T01:00:00Z). A time after"
                    + " the deadline is accepted and flagged late; one before the request, refused.")
            .param(id)
            .body("application/json", "{\"meeting_at\": \"...\"}", 4 << 10)
            .jsonOnly()
            .access(RouteAccess.OBJECTS)
            .handler(r -> meeting(c, r)),
        Route.post(PATH + "/{id}/close", "crisis")
            .summary("Close the request (the requesting government)")
            .param(id)
            .jsonOnly()
            .access(RouteAccess.OBJECTS)
            .handler(r -> end(c, r, CrisisStatus.CLOSED)),
        Route.post(PATH + "/{id}/withdraw", "crisis")
            .summary("Withdraw the request (the requesting government)")
            .param(id)
            .jsonOnly()
            .access(RouteAccess.OBJECTS)
            .handler(r -> end(c, r, CrisisStatus.WITHDRAWN)));
  }

  private static CrisisService service(ApiContext c) {
    return c.workspaceServices().await().crisis();
  }

  private static Reply raise(ApiContext c, Request r) {
    JsonNode j = r.json();
    CrisisFields f =
        new CrisisFields(
            text(j, "title"),
            text(j, "impact"),
            text(j, "cause"),
            text(j, "expected_duration"),
            text(j, "sectors"),
            text(j, "measures"),
            text(j, "assistance"));
    CrisisService s = service(c);
    CrisisRequest x =
        guarded(
            () ->
                s.raise(
                    r.caller().principal(),
                    new CrisisService.Draft(
                        f, names(j, "addressed_to"), text(j, "label"), text(j, "organisation"))));
    return one(s, x, 201);
  }

  private static Reply list(ApiContext c, Request r) {
    CrisisService s = service(c);
    List<CrisisRequest> all = s.list(r.caller().principal(), r.csv() ? Action.EXPORT : Action.LIST);
    Instant now = s.now();
    List<Map<String, Object>> items = new ArrayList<>();
    all.forEach(x -> items.add(json(x, now)));
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("now", now.toString());
    o.put("crisis_requests", items);
    return new Reply(w -> Json.write(w, o), w -> csv(w, all, now), List.of(), "crisis-requests");
  }

  private static Reply get(ApiContext c, Request r) {
    CrisisService s = service(c);
    CrisisRequest x =
        s.get(r.caller().principal(), r.integer("id"), r.csv() ? Action.EXPORT : Action.READ);
    return one(s, x, 200);
  }

  private static Reply respond(ApiContext c, Request r) {
    JsonNode j = r.json();
    CrisisService s = service(c);
    CrisisRequest x =
        guarded(
            () ->
                s.respond(
                    r.caller().principal(), r.integer("id"), text(j, "kind"), text(j, "body")));
    return one(s, x, 201);
  }

  private static Reply link(ApiContext c, Request r) {
    JsonNode j = r.json();
    CrisisService s = service(c);
    JsonNode ref = j.get("ref");
    String refText = ref != null && ref.isIntegralNumber() ? ref.asText() : text(j, "ref");
    CrisisRequest x =
        guarded(() -> s.link(r.caller().principal(), r.integer("id"), text(j, "kind"), refText));
    return one(s, x, 201);
  }

  private static Reply meeting(ApiContext c, Request r) {
    String at = text(r.json(), "meeting_at");
    Instant when;
    try {
      when = at == null ? null : Instant.parse(at.strip());
    } catch (DateTimeParseException e) {
      throw field("meeting_at", "not an ISO 8601 instant such as 2026-03-10T01:00:00Z");
    }
    CrisisService s = service(c);
    CrisisRequest x =
        guarded(() -> s.scheduleMeeting(r.caller().principal(), r.integer("id"), when));
    return one(s, x, 200);
  }

  private static Reply end(ApiContext c, Request r, CrisisStatus status) {
    CrisisService s = service(c);
    CrisisRequest x = guarded(() -> s.end(r.caller().principal(), r.integer("id"), status));
    return one(s, x, 200);
  }

  private static Reply one(CrisisService s, CrisisRequest x, int status) {
    Instant now = s.now();
    Map<String, Object> o = json(x, now);
    return new Reply(
        w -> Json.write(w, o),
        w -> csv(w, List.of(x), now),
        List.of(),
        "crisis-request-" + x.id(),
        status,
        Map.of());
  }

  /** Runs a service call, turning a refused field into a 400 problem that names it. */
  private static CrisisRequest guarded(java.util.function.Supplier<CrisisRequest> call) {
    try {
      return call.get();
    } catch (CrisisFieldException e) {
      throw field(e.field(), e.reason());
    }
  }

  static Map<String, Object> json(CrisisRequest x, Instant now) {
    return CrisisViews.json(x, now);
  }

  static void csv(Writer w, List<CrisisRequest> list, Instant now) {
    CsvWriter csv = new CsvWriter(w);
    csv.row(COLUMNS);
    list.forEach(x -> csv.row(CrisisViews.row(x, now)));
    csv.flush();
  }

  private static String text(JsonNode j, String name) {
    JsonNode v = j.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw field(name, "must be a string");
    }
    return v.asText();
  }

  /** An array of organisation names or ids. */
  private static List<String> names(JsonNode j, String name) {
    JsonNode v = j.get(name);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw field(name, "must be an array of organisation names or ids");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode x : v) {
      if (!x.isTextual() && !x.isIntegralNumber()) {
        throw field(name, "must be an array of organisation names or ids");
      }
      out.add(x.asText());
    }
    return out;
  }

  private static ApiException field(String name, String message) {
    return new ApiException(
        Problem.of(
            Problem.Kind.INVALID_REQUEST,
            name + ": " + message,
            List.of(new Problem.Error(name, message))));
  }
}

package org.chokepoint.workspace.crisis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request as the API and the command line write it: one JSON object (the six items, the clock,
 * responses, linked analyses) and one CSV row under {@link #COLUMNS}.
 */
public final class CrisisViews {
  private CrisisViews() {}

  /** The CSV columns of a list of requests. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "title",
          "label",
          "requester",
          "addressed_to",
          "status",
          "raised_at",
          "meeting_deadline",
          "days_left",
          "reminder_sent_at",
          "meeting_at",
          "meeting_late",
          "overdue",
          "impact",
          "cause",
          "expected_duration",
          "sectors",
          "measures",
          "assistance");

  /** The request with its clock at {@code now}. */
  public static Map<String, Object> json(CrisisRequest x, Instant now) {
    CrisisClock k = x.clock(now);
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", x.id());
    o.put("title", x.fields().title());
    o.put("label", x.labelled().label().spelling());
    o.put("requester", x.owner());
    o.put("requester_country", x.ownerCountry());
    o.put("author", x.author());
    o.put("addressed_to", x.addressedTo());
    o.put("status", x.status().id());
    o.put("raised_at", x.raisedAt().toString());
    o.put("meeting_deadline", k.deadline().toString());
    o.put("reminder_due", k.reminderDue().toString());
    o.put("reminder_sent_at", orNull(x.reminderSentAt()));
    o.put("meeting_at", orNull(x.meetingAt()));
    o.put("meeting_late", k.meetingLate());
    o.put("days_left", k.daysLeft());
    o.put("overdue", k.overdue());
    o.put("ended_at", orNull(x.endedAt()));
    o.put("fields", x.fields().items());
    List<Map<String, Object>> responses = new ArrayList<>();
    for (CrisisRequest.Response p : x.responses()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", p.id());
      m.put("organisation", p.organisation());
      m.put("author", p.author());
      m.put("kind", p.kind());
      m.put("body", p.body());
      m.put("created_at", p.createdAt().toString());
      responses.add(m);
    }
    o.put("responses", responses);
    List<Map<String, Object>> links = new ArrayList<>();
    for (CrisisRequest.Link l : x.links()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", l.kind());
      m.put("ref", l.ref());
      m.put("title", l.title());
      m.put("author", l.author());
      m.put("created_at", l.createdAt().toString());
      links.add(m);
    }
    o.put("links", links);
    return o;
  }

  /** The request's CSV row, with its clock at {@code now}. */
  public static List<String> row(CrisisRequest x, Instant now) {
    CrisisClock k = x.clock(now);
    List<String> row =
        new ArrayList<>(
            List.of(
                String.valueOf(x.id()),
                x.fields().title(),
                x.labelled().label().spelling(),
                x.owner(),
                String.join(";", x.addressedTo()),
                x.status().id(),
                x.raisedAt().toString(),
                k.deadline().toString(),
                String.valueOf(k.daysLeft()),
                str(x.reminderSentAt()),
                str(x.meetingAt()),
                String.valueOf(k.meetingLate()),
                String.valueOf(k.overdue())));
    row.addAll(x.fields().items().values());
    return row;
  }

  private static String orNull(Instant t) {
    return t == null ? null : t.toString();
  }

  private static String str(Instant t) {
    return t == null ? "" : t.toString();
  }
}

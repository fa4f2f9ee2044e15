package org.chokepoint.workspace.crisis;

import java.time.Instant;
import java.util.List;
import org.chokepoint.workspace.label.LabelledObject;
import org.chokepoint.workspace.label.Recipient;

/**
 * A request for an emergency meeting of the Supply Chain Crisis Response Network (Article 12),
 * labelled like every stored object: owned by the requesting government, its recipients the
 * governments it is addressed to.
 *
 * @param owner the requesting government's name
 * @param ownerCountry its ISO3 country
 * @param author the e-mail address of who raised it
 * @param reminderSentAt when the day-10 reminder was recorded, or null
 * @param meetingAt when the emergency meeting is (or was) held, or null
 * @param endedAt when it was closed or withdrawn, or null
 */
public record CrisisRequest(
    LabelledObject labelled,
    CrisisFields fields,
    String owner,
    String ownerCountry,
    String author,
    Instant raisedAt,
    Instant reminderSentAt,
    Instant meetingAt,
    CrisisStatus status,
    Instant endedAt,
    Instant updatedAt,
    List<Response> responses,
    List<Link> links) {
  public CrisisRequest {
    responses = List.copyOf(responses);
    links = List.copyOf(links);
  }

  public long id() {
    return labelled.id();
  }

  /** The governments it is addressed to, by name. */
  public List<String> addressedTo() {
    return labelled.recipients().stream().map(Recipient::name).toList();
  }

  /** Its clock at {@code now}. */
  public CrisisClock clock(Instant now) {
    return CrisisClock.at(now, raisedAt, meetingAt, status);
  }

  /** The same request showing only the links the reader may follow. */
  public CrisisRequest withLinks(List<Link> shown) {
    return new CrisisRequest(
        labelled,
        fields,
        owner,
        ownerCountry,
        author,
        raisedAt,
        reminderSentAt,
        meetingAt,
        status,
        endedAt,
        updatedAt,
        responses,
        shown);
  }

  /**
   * A partner's (or the requester's) answer: an offer of assistance or a note.
   *
   * @param kind {@code offer} or {@code note}
   */
  public record Response(
      long id, String organisation, String author, String kind, String body, Instant createdAt) {}

  /**
   * A linked analysis: a saved assessment by id, or a pooled view by its query reference.
   *
   * @param kind {@code assessment} or {@code pooled-view}
   * @param title the assessment's title (null for a pooled view)
   */
  public record Link(
      long id, String kind, String ref, String title, String author, Instant createdAt) {}
}

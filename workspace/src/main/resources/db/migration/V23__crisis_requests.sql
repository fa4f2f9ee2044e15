-- Workspace schema, version 23: crisis requests in the form of Article 12 of the IPEF Agreement
-- Relating to Supply Chain Resilience (2023). A government raises a request for an emergency
-- meeting of the Supply Chain Crisis Response Network with the six items of Article 12(2),
-- addressed to partner governments (its recipients, in object_recipients under the kind
-- 'crisis_request'). The Network meets no later than 15 days after the request; a reminder is due
-- at day 10 when no meeting is scheduled (docs/methods/crisis-requests.md). Days are 24 hours
-- (360 and 240 hours), whatever the session's time zone and its daylight-saving changes.
CREATE TABLE crisis_requests (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owner_org         bigint NOT NULL REFERENCES organisations (id),
  created_by        bigint NOT NULL REFERENCES users (id),
  label             text NOT NULL CHECK (label IN ('TLP:AMBER', 'TLP:GREEN', 'TLP:CLEAR')),
  title             text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  impact            text NOT NULL CHECK (length(impact) BETWEEN 1 AND 4000),
  cause             text NOT NULL CHECK (length(cause) BETWEEN 1 AND 4000),
  expected_duration text NOT NULL CHECK (length(expected_duration) BETWEEN 1 AND 4000),
  sectors           text NOT NULL CHECK (length(sectors) BETWEEN 1 AND 4000),
  measures          text NOT NULL CHECK (length(measures) BETWEEN 1 AND 4000),
  assistance        text NOT NULL CHECK (length(assistance) BETWEEN 1 AND 4000),
  raised_at         timestamptz NOT NULL,
  meeting_deadline  timestamptz NOT NULL,
  reminder_due      timestamptz NOT NULL,
  reminder_sent_at  timestamptz,
  meeting_at        timestamptz,
  status            text NOT NULL
                    CHECK (status IN ('open', 'meeting-scheduled', 'closed', 'withdrawn')),
  ended_at          timestamptz,
  updated_at        timestamptz NOT NULL,
  CHECK (meeting_deadline = raised_at + interval '360 hours'),
  CHECK (reminder_due = raised_at + interval '240 hours'),
  CHECK (status <> 'meeting-scheduled' OR meeting_at IS NOT NULL),
  CHECK ((ended_at IS NOT NULL) = (status IN ('closed', 'withdrawn')))
);
CREATE INDEX crisis_requests_reminder ON crisis_requests (reminder_due)
  WHERE status = 'open' AND reminder_sent_at IS NULL;

-- Responses of the partners (and of the requesting government): offers of assistance, notes.
CREATE TABLE crisis_responses (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id      bigint NOT NULL REFERENCES crisis_requests (id) ON DELETE CASCADE,
  organisation_id bigint NOT NULL REFERENCES organisations (id),
  created_by      bigint NOT NULL REFERENCES users (id),
  kind            text NOT NULL CHECK (kind IN ('offer', 'note')),
  body            text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  created_at      timestamptz NOT NULL
);
CREATE INDEX crisis_responses_request ON crisis_responses (request_id);

-- Analyses linked to a request: saved assessments by id, pooled views by their query reference.
CREATE TABLE crisis_links (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id      bigint NOT NULL REFERENCES crisis_requests (id) ON DELETE CASCADE,
  kind            text NOT NULL CHECK (kind IN ('assessment', 'pooled-view')),
  ref             text NOT NULL CHECK (length(ref) BETWEEN 1 AND 1000),
  created_by      bigint NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL,
  UNIQUE (request_id, kind, ref)
);

-- Joint assessments (docs/methods/joint-assessments.md): an assessment's draft gains versions,
-- saved analyses and pooled-view references, participating organisations, comments and sign-offs;
-- a version every participant signed is published as an immutable snapshot named by its SHA-256.

-- The draft: the version being drafted, its revision (raised by every change, which voids the
-- sign-offs of the revision before) and its analyses and pooled-view references as JSON arrays.
ALTER TABLE assessments
  ADD COLUMN version      integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  ADD COLUMN revision     integer NOT NULL DEFAULT 0 CHECK (revision >= 0),
  ADD COLUMN analyses     text    NOT NULL DEFAULT '[]',
  ADD COLUMN pooled_views text    NOT NULL DEFAULT '[]';

-- Organisations taking part besides the owner, which is always a participant.
CREATE TABLE assessment_participants (
  assessment_id   bigint      NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  organisation_id bigint      NOT NULL REFERENCES organisations (id),
  invited_by      bigint      NOT NULL REFERENCES users (id),
  invited_at      timestamptz NOT NULL,
  PRIMARY KEY (assessment_id, organisation_id)
);

-- Comments belong to the draft of one version; a reply names the comment it answers.
CREATE TABLE assessment_comments (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  assessment_id   bigint      NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  version         integer     NOT NULL,
  parent_id       bigint      REFERENCES assessment_comments (id),
  author          bigint      NOT NULL REFERENCES users (id),
  organisation_id bigint      NOT NULL REFERENCES organisations (id),
  body            text        NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  created_at      timestamptz NOT NULL
);
CREATE INDEX assessment_comments_version ON assessment_comments (assessment_id, version);

-- A sign-off is for one organisation, of one revision of one version; a change to the draft
-- voids it (voided_at set, the row kept).
CREATE TABLE assessment_signoffs (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  assessment_id   bigint      NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  version         integer     NOT NULL,
  revision        integer     NOT NULL,
  organisation_id bigint      NOT NULL REFERENCES organisations (id),
  signer          bigint      NOT NULL REFERENCES users (id),
  signed_at       timestamptz NOT NULL,
  voided_at       timestamptz
);
CREATE UNIQUE INDEX assessment_signoffs_live
  ON assessment_signoffs (assessment_id, version, organisation_id) WHERE voided_at IS NULL;

-- Published versions: the canonical JSON of the snapshot and its SHA-256, never changed.
-- No foreign key with ON DELETE CASCADE: removing the assessment cannot remove what was published.
CREATE TABLE assessment_snapshots (
  assessment_id bigint      NOT NULL REFERENCES assessments (id),
  version       integer     NOT NULL,
  content_hash  text        NOT NULL UNIQUE CHECK (content_hash ~ '^sha256:[0-9a-f]{64}$'),
  canonical     text        NOT NULL,
  published_at  timestamptz NOT NULL,
  PRIMARY KEY (assessment_id, version)
);

CREATE FUNCTION assessment_snapshot_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'published assessment versions are immutable: % on % is refused',
    TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER assessment_snapshots_immutable
  BEFORE UPDATE OR DELETE ON assessment_snapshots
  FOR EACH ROW EXECUTE FUNCTION assessment_snapshot_refuse_change();
CREATE TRIGGER assessment_snapshots_no_truncate
  BEFORE TRUNCATE ON assessment_snapshots
  FOR EACH STATEMENT EXECUTE FUNCTION assessment_snapshot_refuse_change();
REVOKE UPDATE, DELETE, TRUNCATE ON assessment_snapshots FROM PUBLIC;

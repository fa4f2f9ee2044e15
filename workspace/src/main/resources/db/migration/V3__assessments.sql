-- Workspace schema, version 3: saved assessments, each with one TLP 2.0 label, an owner
-- organisation and an explicit recipient list (organisations, sharing groups or, for TLP:RED,
-- individual users).
CREATE TABLE assessments (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owner_org       bigint NOT NULL REFERENCES organisations (id),
  created_by      bigint NOT NULL REFERENCES users (id),
  label           text NOT NULL
                  CHECK (label IN ('TLP:RED', 'TLP:AMBER+STRICT', 'TLP:AMBER', 'TLP:GREEN',
                                   'TLP:CLEAR')),
  title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  body            text NOT NULL,
  created_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL
);

CREATE TABLE object_recipients (
  object_kind     text NOT NULL,
  object_id       bigint NOT NULL,
  organisation_id bigint REFERENCES organisations (id) ON DELETE CASCADE,
  group_id        bigint REFERENCES sharing_groups (id) ON DELETE CASCADE,
  user_id         bigint REFERENCES users (id) ON DELETE CASCADE,
  CHECK (num_nonnulls(organisation_id, group_id, user_id) = 1)
);
CREATE INDEX object_recipients_object ON object_recipients (object_kind, object_id);

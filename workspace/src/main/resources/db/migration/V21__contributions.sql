-- Workspace schema, version 21: contributions, the confidential supplier maps firms upload for
-- pooled views (docs/methods/pooled-contributions.md). A contribution is always TLP:RED, owned by
-- the uploading firm's organisation; its versions keep their files' SHA-256 and counts for ever,
-- their rows (nodes and links) until the contribution is withdrawn.
CREATE TABLE contributions (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owner_org    bigint NOT NULL REFERENCES organisations (id),
  created_by   bigint NOT NULL REFERENCES users (id),
  label        text NOT NULL DEFAULT 'TLP:RED' CHECK (label = 'TLP:RED'),
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at   timestamptz NOT NULL,
  withdrawn_at timestamptz,
  withdrawn_by bigint REFERENCES users (id)
);
-- one active contribution per name and organisation; a withdrawn name may be used again
CREATE UNIQUE INDEX contributions_active_name ON contributions (owner_org, lower(name))
  WHERE withdrawn_at IS NULL;

CREATE TABLE contribution_versions (
  contribution_id bigint NOT NULL REFERENCES contributions (id),
  version         integer NOT NULL CHECK (version >= 1),
  uploaded_by     bigint NOT NULL REFERENCES users (id),
  uploaded_at     timestamptz NOT NULL,
  nodes_sha256    text NOT NULL CHECK (nodes_sha256 ~ '^[0-9a-f]{64}$'),
  links_sha256    text NOT NULL CHECK (links_sha256 ~ '^[0-9a-f]{64}$'),
  node_count      integer NOT NULL CHECK (node_count >= 0),
  link_count      integer NOT NULL CHECK (link_count >= 0),
  rows_deleted_at timestamptz,
  PRIMARY KEY (contribution_id, version)
);

CREATE TABLE contribution_nodes (
  contribution_id bigint NOT NULL,
  version         integer NOT NULL,
  idx             integer NOT NULL,
  node_id         text NOT NULL,
  kind            text NOT NULL,
  name            text NOT NULL,
  country         text NOT NULL,
  grp             text NOT NULL,
  PRIMARY KEY (contribution_id, version, idx),
  FOREIGN KEY (contribution_id, version) REFERENCES contribution_versions (contribution_id, version)
);

CREATE TABLE contribution_links (
  contribution_id bigint NOT NULL,
  version         integer NOT NULL,
  seq             integer NOT NULL,
  supplier        integer NOT NULL,
  customer        integer NOT NULL,
  product         text NOT NULL,
  amount          double precision NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (contribution_id, version, seq),
  FOREIGN KEY (contribution_id, version) REFERENCES contribution_versions (contribution_id, version)
);

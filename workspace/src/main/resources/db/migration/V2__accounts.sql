-- Workspace schema, version 2: organisations, users and their roles, API tokens, sessions, login
-- throttling and sharing groups. Secrets are never stored: passwords as Argon2id PHC strings,
-- tokens and session ids as SHA-256 digests.
CREATE TABLE organisations (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind       text NOT NULL CHECK (kind IN ('government', 'firm', 'other')),
  country    char(3) CHECK (country ~ '^[A-Z]{3}$'),
  local      boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organisations_name ON organisations (lower(name));

CREATE TABLE users (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email         text NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
  password_hash text,
  local         boolean NOT NULL DEFAULT false,
  disabled      boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email ON users (lower(email));

CREATE TABLE memberships (
  user_id         bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  organisation_id bigint NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  role            text NOT NULL CHECK (role IN ('viewer', 'analyst', 'contributor', 'admin')),
  PRIMARY KEY (user_id, organisation_id)
);

CREATE TABLE api_tokens (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  digest     bytea NOT NULL UNIQUE CHECK (length(digest) = 32),
  scope      text NOT NULL CHECK (scope IN ('read', 'read-write')),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  last_used  timestamptz
);

CREATE TABLE sessions (
  digest     bytea PRIMARY KEY CHECK (length(digest) = 32),
  user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf       text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE login_failures (
  key          text PRIMARY KEY,
  failures     integer NOT NULL,
  last_failure timestamptz NOT NULL,
  locked_until timestamptz
);

CREATE TABLE sharing_groups (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX sharing_groups_name ON sharing_groups (lower(name));

CREATE TABLE sharing_group_members (
  group_id        bigint NOT NULL REFERENCES sharing_groups (id) ON DELETE CASCADE,
  organisation_id bigint NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, organisation_id)
);

-- Workspace schema, version 1: a record of the schema's own purpose. Later versions add the
-- organisations, users, labels and audit tables.
CREATE TABLE workspace_info (
  key   text PRIMARY KEY,
  value text NOT NULL
);
INSERT INTO workspace_info (key, value) VALUES ('created', now()::text);

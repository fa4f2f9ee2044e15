-- The tamper-evident audit log (docs/methods/audit-log.md).
--
-- audit_entry holds the leaves of an RFC 9162 Merkle tree: entry i is the canonical bytes of one
-- event (EntryCodec) and leaf_hash is SHA-256(0x00 || entry). audit_checkpoint holds a signed
-- statement (size, root hash, time; Ed25519) written in the same transaction as every batch of
-- entries, and the right edge of the tree at that size ("frontier", unsigned: only a cache that
-- lets the next batch be appended without reading the leaves).
CREATE TABLE audit_entry (
  seq       bigint PRIMARY KEY CHECK (seq >= 0),
  entry     bytea  NOT NULL,
  leaf_hash bytea  NOT NULL CHECK (length(leaf_hash) = 32)
);

CREATE TABLE audit_checkpoint (
  tree_size bigint      PRIMARY KEY CHECK (tree_size > 0),
  root_hash bytea       NOT NULL CHECK (length(root_hash) = 32),
  made_at   timestamptz NOT NULL,
  key_id    text        NOT NULL,
  signature bytea       NOT NULL,
  frontier  bytea       NOT NULL
);

-- Append-only: rows are never changed or removed by the application, so refuse it. This stops
-- mistakes and a role without the table's ownership; the owner or a superuser can still disable
-- the trigger, which is why verification recomputes the tree and checks the signatures.
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_append_only
  BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_entry_no_truncate
  BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoint_append_only
  BEFORE UPDATE OR DELETE ON audit_checkpoint
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoint_no_truncate
  BEFORE TRUNCATE ON audit_checkpoint
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Where the tables belong to another role than the one the application connects as, that role
-- keeps only the rights to read and append.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, audit_checkpoint FROM PUBLIC;

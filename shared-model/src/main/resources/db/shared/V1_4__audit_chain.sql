-- The audit trail is append-only and tamper-evident (issue 15).
--
-- Every record is sealed into a hash chain: audit_seal row n holds record_id, the hash of seal n-1 (prev_hash) and
-- hash = SHA-256 over prev_hash, n and the record's content (org.opendoor.audit.AuditHash). Seals are written by one
-- background step per schema (AuditSealer) in the order records become visible after their transactions commit,
-- so business transactions never wait for a chain lock, and a transaction that commits after a later-numbered one
-- is simply sealed after it: the chain's order is the seal order (seq), not the record id.
--
-- AuditTrail queues each record in audit_pending in the same statement that inserts it; the sealer seals the queue
-- and empties it. A record that is neither sealed nor queued was inserted some other way: verification reports it.
CREATE TABLE audit_seal (
    seq       BIGINT PRIMARY KEY,
    record_id BIGINT      NOT NULL UNIQUE,
    prev_hash TEXT        NOT NULL,
    hash      TEXT        NOT NULL,
    sealed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE audit_pending (
    record_id BIGINT PRIMARY KEY
);
-- records written before the chain existed are sealed first, in id order
INSERT INTO audit_pending (record_id) SELECT id FROM audit_record;

-- Append-only: UPDATE, DELETE and TRUNCATE of a record or a seal are refused, for every role including the owner
-- the services connect as in the embedded stack. A superuser can still switch triggers off
-- (session_replication_role = replica): that is what the chain is for. Production: see shared-model's README
-- (the services connect as a role that owns nothing, granted SELECT and INSERT only).
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit trail is append-only: % on %.% is refused', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_seal_append_only BEFORE UPDATE OR DELETE ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();

-- Privileges say the same (they bind every role but a superuser; the owner could grant them back, the trigger
-- still refuses).
REVOKE UPDATE, DELETE, TRUNCATE ON audit_record, audit_seal FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_record, audit_seal FROM CURRENT_USER;

-- Tamper evidence for the audit trail (audit-trail module). Each record carries the SHA-256 of its own
-- fields and of the record before it (prev_hash), so an edited, deleted or inserted record breaks the
-- chain that GET /api/v1/audit-events/verify walks. Numbered 0.3.1 to sit with V0_3__audit_event and
-- clear of the other shared modules' 0.x migrations; services apply it out of order.
ALTER TABLE audit_event ADD COLUMN prev_hash CHAR(64);
ALTER TABLE audit_event ADD COLUMN hash CHAR(64);

-- The chain's end, locked (SELECT ... FOR UPDATE) by every insert so that concurrent requests append
-- one after the other and never fork the chain. Rows up to unchained_until were written before the
-- chain existed: they keep a null hash and are reported, not verified (see the module README).
CREATE TABLE audit_chain_head (
    chain            SMALLINT  PRIMARY KEY CHECK (chain = 1),
    unchained_until  BIGINT    NOT NULL,
    last_id          BIGINT,
    last_hash        CHAR(64)  NOT NULL
);
INSERT INTO audit_chain_head (chain, unchained_until, last_id, last_hash)
SELECT 1, coalesce(max(id), 0), NULL, repeat('0', 64) FROM audit_event;

-- Records are appended, never changed: an UPDATE or DELETE is refused. The table's owner (or a superuser)
-- can still disable this trigger; the hash chain is what makes such a change visible afterwards.
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

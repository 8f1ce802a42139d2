-- Who read or changed case data, when (UTC) and with what result. Written by AuditTrail; never updated.
CREATE TABLE audit_record (
    id         BIGSERIAL PRIMARY KEY,
    at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor      TEXT        NOT NULL,
    role       TEXT        NOT NULL,
    org        TEXT,
    action     TEXT        NOT NULL,
    target     TEXT        NOT NULL,
    outcome    TEXT        NOT NULL
);
CREATE INDEX audit_record_target ON audit_record (target);

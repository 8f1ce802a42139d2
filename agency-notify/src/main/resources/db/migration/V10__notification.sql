-- One row per (event, recipient, purpose): a redelivered event can never send twice.
CREATE TABLE notification (
    id              UUID PRIMARY KEY,
    event_id        UUID        NOT NULL,
    referral_id     UUID        NOT NULL,
    reference       TEXT        NOT NULL,
    local_authority TEXT,
    purpose         TEXT        NOT NULL,
    recipient       TEXT        NOT NULL,
    channel         TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    due_by          TIMESTAMPTZ,
    sent_at         TIMESTAMPTZ,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    content         JSONB       NOT NULL,
    UNIQUE (event_id, recipient, purpose)
);
CREATE INDEX notification_referral ON notification (referral_id);
CREATE INDEX notification_pending ON notification (next_attempt_at) WHERE status = 'PENDING';

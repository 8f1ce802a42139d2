-- One case per referral, in the queue of the authority it was routed to.
CREATE TABLE duty_case (
    id                  UUID PRIMARY KEY,
    referral_id         UUID        NOT NULL UNIQUE,
    reference           TEXT        NOT NULL,
    local_authority     TEXT,
    team                TEXT,
    level               INT         NOT NULL,
    priority            TEXT        NOT NULL,
    recommended_pathway TEXT        NOT NULL,
    ruleset_version     TEXT        NOT NULL,
    received_at         TIMESTAMPTZ NOT NULL,
    decision_due_at     TIMESTAMPTZ,
    status              TEXT        NOT NULL,
    referral            JSONB       NOT NULL
);
CREATE INDEX duty_case_queue ON duty_case (local_authority, status, priority, decision_due_at);

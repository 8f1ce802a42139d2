-- What intake learns back from triage: where the referral went, and what was decided (feedback to the referrer).
ALTER TABLE referral
    ADD COLUMN team       TEXT,
    ADD COLUMN case_id    UUID,
    ADD COLUMN triaged_at TIMESTAMPTZ,
    ADD COLUMN decided_at TIMESTAMPTZ;
CREATE INDEX referral_local_authority ON referral (local_authority);

-- Idempotency-Key: one row per (submitting organisation, key). The primary key is what makes concurrent
-- retries safe: the second insert waits for the first transaction and then finds its answer.
CREATE TABLE idempotency_key (
    scope           TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    referral_id     UUID,
    answer          JSONB,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, idempotency_key)
);

-- The least of a received referral that notifications need (who referred, the children's schools and the
-- statutory Operation Encompass facts, the DASH answers for MARAC). No narrative, no addresses.
CREATE TABLE referral_record (
    referral_id     UUID PRIMARY KEY,
    reference       TEXT        NOT NULL,
    source          TEXT        NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL,
    referrer_email  TEXT,
    children        JSONB       NOT NULL,
    police_incident JSONB
);

-- The authority triage routed a referral to: scopes the notifications API.
CREATE TABLE referral_authority (
    referral_id     UUID PRIMARY KEY,
    local_authority TEXT NOT NULL
);

-- Events that arrived before the referral they need (topics are not ordered with each other): kept here and
-- planned when the ReferralReceived event comes, then deleted.
CREATE TABLE waiting_event (
    event_id    UUID PRIMARY KEY,
    referral_id UUID        NOT NULL,
    event       TEXT        NOT NULL,
    waiting_since TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX waiting_event_referral ON waiting_event (referral_id);

-- Recipients: seeded from the data files under directory/, changed through the admin API (source ADMIN wins).
CREATE TABLE directory_entry (
    kind            TEXT        NOT NULL,
    entry_key       TEXT        NOT NULL,
    name            TEXT        NOT NULL,
    local_authority TEXT        NOT NULL,
    channel         TEXT        NOT NULL,
    address         TEXT        NOT NULL,
    secret          TEXT,
    source          TEXT        NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, entry_key)
);

ALTER TABLE notification ADD COLUMN late BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE notification ADD COLUMN recipient_kind TEXT;
ALTER TABLE notification ADD COLUMN recipient_key TEXT;

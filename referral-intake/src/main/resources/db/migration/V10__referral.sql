-- Referrals as intake accepted them. body holds personal data (names, addresses, narrative).
CREATE TABLE referral (
    id              UUID PRIMARY KEY,
    reference       TEXT        NOT NULL UNIQUE,
    source          TEXT        NOT NULL,
    source_code     TEXT        NOT NULL,
    submitting_org  TEXT,
    received_at     TIMESTAMPTZ NOT NULL,
    status          TEXT        NOT NULL,
    local_authority TEXT,
    outcome         TEXT,
    body            JSONB       NOT NULL
);
CREATE INDEX referral_submitting_org ON referral (submitting_org);

-- One row per year; its row lock makes references gap-free and sequential within the year.
CREATE TABLE reference_counter (
    year        INT PRIMARY KEY,
    last_issued BIGINT NOT NULL
);

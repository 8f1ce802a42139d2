-- Every ruleset version triage has run on, with its exact content: a case's ruleset_version can always be read back.
CREATE TABLE ruleset (
    version         TEXT PRIMARY KEY,
    partnership     TEXT        NOT NULL,
    content         TEXT        NOT NULL,
    content_sha256  TEXT        NOT NULL,
    loaded_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_loaded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- What triage recommended and why; the referrer-facing fields stay on duty_case.
ALTER TABLE duty_case
    ADD COLUMN flags                     TEXT[]      NOT NULL DEFAULT '{}',
    ADD COLUMN rules_fired               JSONB       NOT NULL DEFAULT '[]',
    ADD COLUMN cin_primary_need          TEXT,
    ADD COLUMN cin_factors               TEXT[]      NOT NULL DEFAULT '{}',
    ADD COLUMN prior_referrals_12_months INT         NOT NULL DEFAULT 0,
    ADD COLUMN police_da_incidents_12_months INT     NOT NULL DEFAULT 0,
    ADD COLUMN escalated_at              TIMESTAMPTZ;
CREATE INDEX duty_case_overdue ON duty_case (decision_due_at) WHERE status = 'AWAITING_DECISION' AND escalated_at IS NULL;

-- Child index: one row per child known to triage. Keys are normalised; the referral holds the names as given.
CREATE TABLE child (
    id          UUID PRIMARY KEY,
    nhs_number  TEXT UNIQUE,
    first_name  TEXT,
    last_name   TEXT,
    date_of_birth DATE,
    postcode    TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX child_identity ON child (last_name, date_of_birth);
CREATE INDEX child_name_postcode ON child (first_name, last_name, postcode);

-- Confirmed links: this referral is about this child (matched exactly, or confirmed by a person).
CREATE TABLE child_referral (
    child_id     UUID        NOT NULL REFERENCES child (id),
    referral_id  UUID        NOT NULL,
    case_id      UUID        NOT NULL REFERENCES duty_case (id),
    received_at  TIMESTAMPTZ NOT NULL,
    police_domestic_abuse BOOLEAN NOT NULL,
    linked_by    TEXT        NOT NULL,
    PRIMARY KEY (child_id, referral_id)
);
CREATE INDEX child_referral_history ON child_referral (child_id, received_at);

-- Near matches a person must confirm or reject; never merged without them.
CREATE TABLE possible_match (
    case_id        UUID        NOT NULL REFERENCES duty_case (id),
    child_id       UUID        NOT NULL REFERENCES child (id),
    matched_child_id UUID      NOT NULL REFERENCES child (id),
    reason         TEXT        NOT NULL,
    status         TEXT        NOT NULL DEFAULT 'UNCONFIRMED',
    resolved_by    TEXT,
    resolved_at    TIMESTAMPTZ,
    PRIMARY KEY (case_id, child_id, matched_child_id)
);

-- One decision per case: the primary key makes a second one impossible.
CREATE TABLE case_decision (
    case_id     UUID PRIMARY KEY REFERENCES duty_case (id),
    outcome     TEXT        NOT NULL,
    rationale   TEXT,
    decided_by  TEXT        NOT NULL,
    decided_at  TIMESTAMPTZ NOT NULL
);

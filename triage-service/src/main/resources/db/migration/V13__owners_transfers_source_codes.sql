-- Every case has an owner: a case the postcode cannot place belongs to the front door it came in through, and
-- routing_basis says why it is where it is (DISTRICT, SHARED_DISTRICT, POSTCODE_DIRECTORY, FRONT_DOOR, REFERRER,
-- PARTNERSHIP_HUB). Cases opened before this change that sat in the old out-of-area queue keep their rows.
ALTER TABLE duty_case
    ADD COLUMN routing_basis            TEXT,
    ADD COLUMN postcode_outside_partnership BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN source_code              TEXT,
    ADD COLUMN source_code_needs_review BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX duty_case_team ON duty_case (team, status);

-- A case handed to another authority's front door: once, audited, with the note for the receiving team.
CREATE TABLE case_transfer (
    case_id            UUID PRIMARY KEY REFERENCES duty_case (id),
    to_local_authority TEXT        NOT NULL,
    to_name            TEXT        NOT NULL,
    to_phone           TEXT,
    note               TEXT        NOT NULL,
    transferred_by     TEXT        NOT NULL,
    transferred_at     TIMESTAMPTZ NOT NULL
);

-- Every time the rules were run again on a case (after a match or an authority was confirmed), what changed and why.
CREATE TABLE case_revision (
    case_id      UUID        NOT NULL REFERENCES duty_case (id),
    revised_at   TIMESTAMPTZ NOT NULL,
    reason       TEXT        NOT NULL,
    changes      JSONB       NOT NULL,
    PRIMARY KEY (case_id, revised_at)
);

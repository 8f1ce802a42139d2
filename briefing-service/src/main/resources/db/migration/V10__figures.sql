-- OpenDoor's own record of each contact, kept from events (no names, no narrative): what is counted and when.
-- Events arrive from several topics in any order, so every column but the key may still be unknown.
CREATE TABLE contact (
    referral_id                 uuid PRIMARY KEY,
    received_at                 timestamptz,
    source_code                 text,
    categories                  text[] NOT NULL DEFAULT '{}',
    local_authority             text,
    priority                    text,
    -- triage's pseudonymous child-index ids: repeat referrals of a child without knowing who the child is
    child_ids                   uuid[] NOT NULL DEFAULT '{}',
    outcome                     text,
    decided_at                  timestamptz,
    -- worked out once both the receipt and the decision are known (the calendar is Java's)
    within_one_working_day      boolean,
    within_red_timescale        boolean
);
CREATE INDEX contact_authority_received ON contact (local_authority, received_at);

-- Notices agency-notify finished with (sent, or failed after its last attempt).
CREATE TABLE notice (
    notification_id  uuid PRIMARY KEY,
    referral_id      uuid NOT NULL,
    local_authority  text,
    purpose          text NOT NULL,
    outcome          text NOT NULL,
    due_by           timestamptz,
    sent_at          timestamptz,
    settled_at       timestamptz NOT NULL,
    in_time          boolean NOT NULL
);
CREATE INDEX notice_authority_settled ON notice (local_authority, settled_at);

-- Figures people submitted: partner figures and history of OpenDoor's own measures, one current value per
-- area, measure and month. A correction replaces the value here; figure_revision keeps every version.
CREATE TABLE figure (
    id            bigserial PRIMARY KEY,
    area          text NOT NULL,
    measure       text NOT NULL,
    month         text NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
    value         bigint NOT NULL CHECK (value >= 0),
    source        text,
    organisation  text,
    submitted_by  text NOT NULL,
    submitted_at  timestamptz NOT NULL,
    revision      integer NOT NULL,
    UNIQUE (area, measure, month)
);

CREATE TABLE figure_revision (
    id            bigserial PRIMARY KEY,
    area          text NOT NULL,
    measure       text NOT NULL,
    month         text NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
    revision      integer NOT NULL,
    value         bigint NOT NULL,
    source        text,
    organisation  text,
    submitted_by  text NOT NULL,
    submitted_at  timestamptz NOT NULL,
    UNIQUE (area, measure, month, revision)
);

-- ids come fifty at a time, so that an import of several years of history is inserted in JDBC batches
ALTER SEQUENCE figure_id_seq INCREMENT BY 50;
ALTER SEQUENCE figure_revision_id_seq INCREMENT BY 50;

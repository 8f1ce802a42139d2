-- Tables every service owns in its own schema (Flyway runs this with search_path set to it).
-- Service migrations start at V10 so this shared series can grow as V1_1, V1_2, ...

-- Transactional outbox: written in the same transaction as the business change, published by OutboxRelay.
CREATE TABLE outbox_event (
    id           BIGSERIAL PRIMARY KEY,
    event_id     UUID        NOT NULL UNIQUE,
    topic        TEXT        NOT NULL,
    message_key  TEXT        NOT NULL,
    payload      TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at TIMESTAMPTZ
);
CREATE INDEX outbox_event_unpublished ON outbox_event (id) WHERE published_at IS NULL;

-- Wakes the relay on commit, so an event is published within milliseconds rather than a poll interval.
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify(TG_TABLE_SCHEMA || '_outbox', '');
    RETURN NULL;
END $$;
CREATE TRIGGER outbox_event_inserted AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();

-- Idempotent consumers: the first statement of every handler's transaction inserts here.
CREATE TABLE processed_event (
    consumer     TEXT        NOT NULL,
    event_id     UUID        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Poison messages: also sent to <topic>.dlq; kept here to be listed and replayed.
CREATE TABLE dead_letter (
    id            BIGSERIAL PRIMARY KEY,
    consumer      TEXT        NOT NULL,
    topic         TEXT        NOT NULL,
    partition_no  INT         NOT NULL,
    record_offset BIGINT      NOT NULL,
    message_key   TEXT,
    payload       TEXT,
    reason        TEXT        NOT NULL,
    failed_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    replayed_at   TIMESTAMPTZ,
    UNIQUE (consumer, topic, partition_no, record_offset)
);

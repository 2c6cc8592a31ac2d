-- Events waiting to be relayed to Kafka, written in the same transaction as the state change they describe.
CREATE TABLE outbox_event (
    position      BIGSERIAL    PRIMARY KEY,
    id            UUID         NOT NULL UNIQUE,
    topic         VARCHAR(200) NOT NULL,
    message_key   VARCHAR(200) NOT NULL,
    event_type    VARCHAR(100) NOT NULL,
    subject       VARCHAR(200) NOT NULL,
    schema_version INT         NOT NULL,
    payload       TEXT         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    published_at  TIMESTAMPTZ
);

CREATE INDEX outbox_event_unpublished ON outbox_event (position) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published_at ON outbox_event (published_at) WHERE published_at IS NOT NULL;

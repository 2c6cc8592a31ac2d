-- What EventConsumerIT's handlers applied, written in the listener's transaction.
CREATE TABLE applied_event (
    event_id   UUID NOT NULL,
    event_type TEXT NOT NULL,
    subject    TEXT NOT NULL,
    detail     TEXT NOT NULL
);

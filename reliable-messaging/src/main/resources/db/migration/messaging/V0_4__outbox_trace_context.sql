-- The W3C traceparent of the transaction that wrote the event, sent as the record's traceparent header so
-- consumers continue that trace. Null when the writer ran outside a trace (scheduled jobs, demo seeding).
ALTER TABLE outbox_event ADD COLUMN trace_parent VARCHAR(55);

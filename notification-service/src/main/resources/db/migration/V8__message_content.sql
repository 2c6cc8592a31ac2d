-- What a message says is stored once, as JSON in "content": one kind per message type ("type", the template name),
-- each with only the fields that kind has (notification-service's MessageContent). Email, SMS and webhook copies are
-- all derived from it. The columns the service searches and indexes by are computed from it, never written apart.

-- An instant in the form the service writes (ISO-8601, UTC).
CREATE FUNCTION pg_temp.iso(t TIMESTAMPTZ) RETURNS TEXT LANGUAGE sql IMMUTABLE AS
$$ SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') $$;

ALTER TABLE notification ADD COLUMN content JSONB;

-- Existing rows: each kind gets its own fields; an aftercare message of a producer that did not say when the check-in
-- closes gets the window its link was signed for (the session's end plus booking-service's default 14 days).
UPDATE notification SET content = jsonb_strip_nulls(jsonb_build_object(
    'type', template,
    'appointment', CASE WHEN template <> 'waitlist-offer'
                        THEN jsonb_build_object('id', appointment_id, 'version', appointment_version) END,
    'offerId', CASE WHEN template = 'waitlist-offer' THEN offer_id END,
    'visit', jsonb_build_object('clientId', client_id, 'locationId', location_id, 'therapistId', therapist_id,
                                'treatmentId', treatment_id, 'startsAt', pg_temp.iso(starts_at), 'endsAt', pg_temp.iso(ends_at)),
    'previousStartsAt', CASE WHEN template = 'appointment-rescheduled' THEN pg_temp.iso(previous_starts_at) END,
    'lateCancellation', CASE WHEN template = 'appointment-cancelled' THEN late_cancellation END,
    'checkInClosesAt', CASE WHEN template = 'session-aftercare'
                            THEN pg_temp.iso(coalesce(check_in_closes_at, ends_at + INTERVAL '14 days')) END,
    'holdUntil', CASE WHEN template = 'waitlist-offer' THEN pg_temp.iso(hold_until) END));

ALTER TABLE notification
    ALTER COLUMN content SET NOT NULL,
    DROP COLUMN appointment_id,
    DROP COLUMN appointment_version,
    DROP COLUMN offer_id,
    DROP COLUMN client_id,
    DROP COLUMN location_id,
    DROP COLUMN therapist_id,
    DROP COLUMN treatment_id,
    DROP COLUMN starts_at,
    DROP COLUMN ends_at,
    DROP COLUMN previous_starts_at,
    DROP COLUMN hold_until,
    DROP COLUMN check_in_closes_at,
    DROP COLUMN late_cancellation,
    DROP COLUMN template;

-- Computed from the content: what notifications are listed, filtered and erased by.
ALTER TABLE notification
    ADD COLUMN template       VARCHAR(100) GENERATED ALWAYS AS (content ->> 'type') STORED NOT NULL,
    ADD COLUMN appointment_id UUID GENERATED ALWAYS AS ((content -> 'appointment' ->> 'id')::uuid) STORED,
    ADD COLUMN client_id      UUID GENERATED ALWAYS AS ((content -> 'visit' ->> 'clientId')::uuid) STORED NOT NULL,
    ADD COLUMN location_id    UUID GENERATED ALWAYS AS ((content -> 'visit' ->> 'locationId')::uuid) STORED NOT NULL;

-- The indexes that went with the dropped columns.
CREATE INDEX notification_appointment ON notification (appointment_id);
CREATE INDEX notification_client ON notification (client_id, created_at DESC);
CREATE INDEX notification_location ON notification (location_id, created_at DESC);
CREATE INDEX notification_client_pending ON notification (client_id) WHERE status = 'PENDING';

-- A booking flagged at risk of a no-show gets one more reminder: a request to confirm, scheduled and dispatched like
-- the others (kind CONFIRMATION_REQUEST, one per appointment at clinic.reminders.confirmation-request-lead before the
-- start). Reminders scheduled before this are ordinary reminders.
ALTER TABLE reminder
    ADD COLUMN kind VARCHAR(30) NOT NULL DEFAULT 'REMINDER'
        CONSTRAINT reminder_kind CHECK (kind IN ('REMINDER', 'CONFIRMATION_REQUEST'));
ALTER TABLE reminder ALTER COLUMN kind DROP DEFAULT;
-- A confirmation request may share its lead time with an ordinary reminder of the same appointment.
ALTER TABLE reminder DROP CONSTRAINT reminder_once_per_lead_time;
ALTER TABLE reminder ADD CONSTRAINT reminder_once_per_kind_and_lead_time UNIQUE (appointment_id, kind, lead_time);
-- One request per appointment, whatever lead time was configured when it was scheduled.
CREATE UNIQUE INDEX reminder_one_confirmation_request ON reminder (appointment_id) WHERE kind = 'CONFIRMATION_REQUEST';

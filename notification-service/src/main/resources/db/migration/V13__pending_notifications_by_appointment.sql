-- The dispatcher's workers deliver in parallel but keep the messages about one appointment in order: a due message waits
-- while an earlier one about the same appointment is still pending. This index answers that check.
CREATE INDEX notification_pending_by_appointment ON notification (appointment_id, channel) WHERE status = 'PENDING';

-- A course is confirmed by one message listing its sessions ("course-confirmation", content.sessions[].appointmentId),
-- which is about no single appointment (appointment_id stays null). The course it confirms is computed like the other
-- ids, and the index lets the notifications of one appointment include the confirmation of the course it belongs to.
ALTER TABLE notification
    ADD COLUMN series_id UUID GENERATED ALWAYS AS ((content ->> 'seriesId')::uuid) STORED;

CREATE INDEX notification_course_sessions ON notification USING gin ((content -> 'sessions') jsonb_path_ops);

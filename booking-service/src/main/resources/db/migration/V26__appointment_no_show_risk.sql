-- A booking's no-show risk, as assessed when it was booked (or last rescheduled), and whether the client confirmed.
-- Each reason is a fact with its figure: the client's no-shows and late cancellations within the last
-- risk_within_months months, and how many days ahead it was booked; NULL where that fact is not a reason.
-- An appointment with no reason is not at risk and no confirmation is requested; one with a reason is REQUESTED until
-- the client (or the front desk, on the phone) confirms. Appointments booked before this existed were never assessed.
ALTER TABLE appointment
    ADD COLUMN risk_no_shows           INT CHECK (risk_no_shows > 0),
    ADD COLUMN risk_late_cancellations INT CHECK (risk_late_cancellations > 0),
    ADD COLUMN risk_days_ahead         INT CHECK (risk_days_ahead > 0),
    ADD COLUMN risk_within_months      INT CHECK (risk_within_months > 0),
    ADD COLUMN confirmation            VARCHAR(20) NOT NULL DEFAULT 'NOT_REQUESTED'
        CHECK (confirmation IN ('NOT_REQUESTED', 'REQUESTED', 'CONFIRMED')),
    ADD CONSTRAINT appointment_confirmation_requested_when_at_risk
        CHECK ((confirmation = 'NOT_REQUESTED')
               = (risk_no_shows IS NULL AND risk_late_cancellations IS NULL AND risk_days_ahead IS NULL)),
    ADD CONSTRAINT appointment_risk_history_has_its_period
        CHECK ((risk_no_shows IS NULL AND risk_late_cancellations IS NULL) = (risk_within_months IS NULL));

-- The front desk's list of bookings still waiting for a confirmation (GET /api/v1/appointments?confirmation=REQUESTED).
CREATE INDEX appointment_confirmation_requested ON appointment (location_id, starts_at) WHERE confirmation = 'REQUESTED';

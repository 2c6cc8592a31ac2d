-- A location's booking rules. A location without a row uses the configured defaults
-- (clinic.booking.default-policy), so a new location is bookable before an admin sets anything.
CREATE TABLE booking_policy (
    location_id                        UUID        PRIMARY KEY,
    minimum_notice_minutes             INT         NOT NULL CHECK (minimum_notice_minutes BETWEEN 0 AND 20160),
    booking_horizon_days               INT         NOT NULL CHECK (booking_horizon_days BETWEEN 1 AND 730),
    slot_interval_minutes              INT         NOT NULL CHECK (slot_interval_minutes BETWEEN 5 AND 240),
    late_cancellation_window_minutes   INT         NOT NULL CHECK (late_cancellation_window_minutes BETWEEN 0 AND 20160),
    version                            BIGINT      NOT NULL,
    updated_at                         TIMESTAMPTZ NOT NULL DEFAULT now()
);

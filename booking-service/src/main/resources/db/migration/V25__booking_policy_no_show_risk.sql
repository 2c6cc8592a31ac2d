-- When a booking at the location is flagged at risk of a no-show (booking-service's NoShowRisk): at least this many
-- no-shows, or late cancellations, in the look-back period; or booked more than this many days ahead by a client with
-- at least one of either. 0 switches a threshold off. NULL: the chain's configured default
-- (clinic.booking.default-policy.no-show-risk) applies, as for locations without a policy row at all.
ALTER TABLE booking_policy
    ADD COLUMN risk_no_shows           INT CHECK (risk_no_shows BETWEEN 0 AND 100),
    ADD COLUMN risk_late_cancellations INT CHECK (risk_late_cancellations BETWEEN 0 AND 100),
    ADD COLUMN risk_lead_time_days     INT CHECK (risk_lead_time_days BETWEEN 0 AND 730),
    ADD COLUMN risk_look_back_months   INT CHECK (risk_look_back_months BETWEEN 1 AND 60);

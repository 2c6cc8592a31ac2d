-- An aftercare message links to the check-in, signed to expire when booking-service stops taking answers
-- (appointment.fulfilled's checkInClosesAt); kept with the notification so a retry renders the same link.
ALTER TABLE notification ADD COLUMN check_in_closes_at TIMESTAMPTZ;

-- The client's answer to the check-in after a session ("how does your knee feel, 0-10"), signed in or through the
-- signed link in the aftercare message. One per appointment: the primary key is the once-only rule, also when two
-- answers arrive at the same time, and what makes the link single-use.
CREATE TABLE aftercare_check_in (
    appointment_id UUID          PRIMARY KEY REFERENCES appointment (id),
    score          SMALLINT      NOT NULL CHECK (score BETWEEN 0 AND 10),
    comment        VARCHAR(1000),
    answered_at    TIMESTAMPTZ   NOT NULL
);

-- The treatment's required specialty names the treated area a check-in asks about. Treatments stored before this
-- column existed get it with their next treatment.upserted event.
ALTER TABLE directory_treatment ADD COLUMN required_specialty VARCHAR(200);

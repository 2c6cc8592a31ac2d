-- Where alerts about a therapist's clients go (check-in-worsening-alert), from therapist.upserted. Null while the
-- directory has none; therapists stored before this column get it with their next therapist.upserted event.
ALTER TABLE directory_therapist ADD COLUMN email VARCHAR(320);

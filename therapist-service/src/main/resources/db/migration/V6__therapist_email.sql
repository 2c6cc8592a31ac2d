-- Where the platform writes to a therapist (a client's worsening check-in): optional, set by clinic admins, published
-- in therapist.upserted. Stored as given, trimmed; the application validates the form.
ALTER TABLE therapists ADD COLUMN email VARCHAR(254) CHECK (email IS NULL OR (btrim(email) = email AND email LIKE '%_@_%'));

-- The sign-in subject (the token's sub) of the person who created this client profile themselves. Their tokens carry
-- no client_id claim, so the services find their client record by it. Null for records front desk or admins
-- registered. At most one profile per subject (NULLs are distinct). Erasure clears it: the anonymised record is
-- nobody's profile any more.
ALTER TABLE client ADD COLUMN subject VARCHAR(255);
CREATE UNIQUE INDEX client_subject ON client (subject);

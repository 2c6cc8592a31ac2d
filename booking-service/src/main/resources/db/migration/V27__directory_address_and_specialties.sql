-- What the FHIR R4 export (package fhir) shows of the directory beyond what booking needs: a location's postal address
-- and a therapist's specialties, both in the directory events all along. Rows stored before this migration get them
-- with their entity's next upsert (an older or equal version is never applied again): until then the address is null
-- and the therapist has no specialties here.
ALTER TABLE directory_location ADD COLUMN address VARCHAR(500);

CREATE TABLE directory_therapist_specialty (
    therapist_id  UUID        NOT NULL REFERENCES directory_therapist (id) ON DELETE CASCADE,
    specialty     VARCHAR(40) NOT NULL,
    PRIMARY KEY (therapist_id, specialty)
);

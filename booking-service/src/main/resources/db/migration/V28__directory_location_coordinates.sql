-- Where a location is (WGS 84 degrees), from location.upserted, so the waitlist can offer a freed slot to clients waiting
-- for any location within their reach. Null while not known: such a location is in nobody's reach. Rows stored before
-- this migration get them with their location's next upsert.
ALTER TABLE directory_location
    ADD COLUMN latitude  DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
    ADD COLUMN longitude DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180),
    ADD CONSTRAINT directory_location_coordinates_paired CHECK ((latitude IS NULL) = (longitude IS NULL));

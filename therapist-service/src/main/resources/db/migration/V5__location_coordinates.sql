-- Where a location is, in WGS 84 degrees, so a client can wait for a slot at any location within a distance of one.
-- Optional: a location without coordinates is never within anyone's reach, but still bookable as before.
ALTER TABLE locations
    ADD COLUMN latitude  DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
    ADD COLUMN longitude DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180),
    ADD CONSTRAINT locations_coordinates_both_or_neither CHECK ((latitude IS NULL) = (longitude IS NULL));

package com.clinicnetwork.booking.directory;

/**
 * A point on the earth in WGS 84 degrees.
 *
 * @param latitude  -90 (south pole) to 90
 * @param longitude -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {

    /** The mean earth radius (IUGG): the great-circle distance on this sphere is within 0.5 % of the ellipsoid's. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90, was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180, was " + longitude);
        }
    }

    /**
     * The great-circle distance by the haversine formula, which stays accurate for the short distances a client travels
     * to a clinic (the spherical law of cosines loses them to rounding).
     */
    public double distanceKmTo(GeoPoint other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Whether {@code other} lies within {@code radiusKm} of this point, the edge included. */
    public boolean isWithinKm(GeoPoint other, double radiusKm) {
        return distanceKmTo(other) <= radiusKm;
    }
}

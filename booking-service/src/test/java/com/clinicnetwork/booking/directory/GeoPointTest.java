package com.clinicnetwork.booking.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    private static final GeoPoint LONDON = new GeoPoint(51.5074, -0.1278);
    private static final GeoPoint MANCHESTER = new GeoPoint(53.4808, -2.2426);
    private static final GeoPoint PARIS = new GeoPoint(48.8566, 2.3522);

    @Test
    void citiesAreAsFarApartAsTheMapsSay() {
        assertThat(LONDON.distanceKmTo(MANCHESTER)).isCloseTo(262.0, within(1.0));
        assertThat(LONDON.distanceKmTo(PARIS)).isCloseTo(343.6, within(1.0));
    }

    @Test
    void distanceIsSymmetricAndZeroToItself() {
        assertThat(MANCHESTER.distanceKmTo(LONDON)).isEqualTo(LONDON.distanceKmTo(MANCHESTER));
        assertThat(PARIS.distanceKmTo(PARIS)).isZero();
    }

    @Test
    void shortDistancesAcrossTownStayAccurate() {
        // A tenth of a degree of latitude is 11.1 km anywhere; 0.09 degrees north of Manchester is about 10 km.
        assertThat(MANCHESTER.distanceKmTo(new GeoPoint(53.4808 + 0.09, -2.2426))).isCloseTo(10.0, within(0.05));
        assertThat(new GeoPoint(53.0, -2.0).distanceKmTo(new GeoPoint(53.0, -2.0001))).isCloseTo(0.0067, within(0.0005));
    }

    @Test
    void theShortWayRoundIsTakenAcrossTheDateLineAndAntipodesAreHalfTheEarthApart() {
        assertThat(new GeoPoint(0, 179.9).distanceKmTo(new GeoPoint(0, -179.9))).isCloseTo(22.2, within(0.1));
        assertThat(new GeoPoint(0, 0).distanceKmTo(new GeoPoint(0, 180))).isCloseTo(20015.1, within(0.5));
    }

    @Test
    void aPointOnTheEdgeOfTheRadiusIsWithinIt() {
        double distance = LONDON.distanceKmTo(MANCHESTER);

        assertThat(LONDON.isWithinKm(MANCHESTER, distance)).isTrue();
        assertThat(LONDON.isWithinKm(MANCHESTER, 263)).isTrue();
        assertThat(LONDON.isWithinKm(MANCHESTER, 261)).isFalse();
    }

    @Test
    void coordinatesOffTheGlobeAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(90.5, 0)).withMessageContaining("latitude");
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(0, -180.5)).withMessageContaining("longitude");
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(Double.NaN, 0)).withMessageContaining("latitude");
    }
}

package com.clinicnetwork.booking.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.directory.GeoPoint;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WaitlistEntryTest {

    private static final UUID STOCKPORT_ID = UUID.randomUUID();
    private static final GeoPoint MANCHESTER = new GeoPoint(53.4808, -2.2426);
    private static final GeoPoint STOCKPORT = new GeoPoint(53.4106, -2.1575);
    private static final GeoPoint LIVERPOOL = new GeoPoint(53.4084, -2.9916);
    private static final Instant NINE = Instant.parse("2026-12-10T09:00:00Z");

    @Test
    void anEntryAtOneLocationReachesThatLocationOnlyWhereverItIs() {
        WaitlistEntry atStockport = entry(STOCKPORT_ID, UUID.randomUUID(), null);

        assertThat(atStockport.reaches(STOCKPORT_ID, Optional.of(STOCKPORT))).isTrue();
        assertThat(atStockport.reaches(STOCKPORT_ID, Optional.empty())).isTrue();
        assertThat(atStockport.reaches(UUID.randomUUID(), Optional.of(STOCKPORT))).isFalse();
    }

    @Test
    void aNearbyEntryReachesLocationsWithinItsRadiusOfItsCentre() {
        WaitlistEntry fifteenKmAroundManchester = entry(null, null, new Nearby("KNEE_REHABILITATION", null, MANCHESTER, 15));

        assertThat(fifteenKmAroundManchester.reaches(STOCKPORT_ID, Optional.of(STOCKPORT))).isTrue();
        assertThat(fifteenKmAroundManchester.reaches(UUID.randomUUID(), Optional.of(LIVERPOOL))).isFalse();
        assertThat(fifteenKmAroundManchester.reaches(STOCKPORT_ID, Optional.empty()))
                .as("a location whose coordinates are unknown").isFalse();
    }

    @Test
    void anErasedClientsNearbyEntryReachesNothing() {
        WaitlistEntry erased = entry(null, null, new Nearby("KNEE_REHABILITATION", null, null, 100));

        assertThat(erased.reaches(STOCKPORT_ID, Optional.of(MANCHESTER))).isFalse();
    }

    @Test
    void aNearbyEntryWithoutATreatmentTakesTheFreedOneAndOneWithATreatmentKeepsIt() {
        UUID freed = UUID.randomUUID();
        UUID own = UUID.randomUUID();
        Nearby near = new Nearby("KNEE_REHABILITATION", null, MANCHESTER, 10);

        assertThat(entry(null, null, near).treatmentFor(freed)).isEqualTo(freed);
        assertThat(entry(null, own, near).treatmentFor(freed)).isEqualTo(own);
    }

    private static WaitlistEntry entry(UUID locationId, UUID treatmentId, Nearby nearby) {
        return new WaitlistEntry(UUID.randomUUID(), UUID.randomUUID(), locationId, treatmentId, null, NINE,
                NINE.plusSeconds(3 * 3600), null, nearby);
    }
}

package com.clinicnetwork.booking.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FhirIdsTest {

    private static final UUID THERAPIST = UUID.fromString("30000000-0000-4000-8000-00000000000a");
    private static final UUID LOCATION = UUID.fromString("10000000-0000-4000-8000-0000000000ff");

    @Test
    void aScheduleIdIsBothIdsInHexWithinFhirsSixtyFourCharacters() {
        String id = FhirIds.schedule(THERAPIST, LOCATION);

        assertThat(id).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(FhirIds.schedule(id)).contains(new FhirIds.ScheduleKey(THERAPIST, LOCATION));
        assertThat(FhirIds.schedule(id.toUpperCase())).isEmpty();
        assertThat(FhirIds.schedule(id.substring(1))).isEmpty();
    }

    @Test
    void aSlotIdNamesTherapistLocationStartAndEndInFhirsAlphabet() {
        FhirIds.SlotKey key = new FhirIds.SlotKey(THERAPIST, LOCATION, Instant.parse("2026-03-02T09:15:00Z"),
                Instant.parse("2026-03-02T10:15:00Z"));

        String id = FhirIds.slot(key);

        assertThat(id).matches("[A-Za-z0-9\\-.]{1,64}");
        assertThat(FhirIds.slot(id)).contains(key);
    }

    @Test
    void anythingElseIsNoSlotId() {
        String id = FhirIds.slot(new FhirIds.SlotKey(THERAPIST, LOCATION, Instant.parse("2026-03-02T09:15:00Z"),
                Instant.parse("2026-03-02T10:15:00Z")));

        assertThat(FhirIds.slot(id.substring(4))).isEmpty();
        assertThat(FhirIds.slot(id + "A")).isEmpty();
        assertThat(FhirIds.slot("not/base64")).isEmpty();
        assertThat(FhirIds.slot(THERAPIST.toString())).isEmpty();
    }
}

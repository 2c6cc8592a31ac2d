package com.clinicnetwork.notification.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReminderOccasionsTest {

    @Test
    void aReminderOccasionCarriesItsDueTime() {
        assertThat(ReminderOccasions.dueAt("reminder:0b7d3c1e-1d7f-4d55-9a53-2f0c5d7c1a01:1795000000"))
                .contains(Instant.ofEpochSecond(1_795_000_000L));
    }

    @Test
    void otherOccasionsHaveNone() {
        assertThat(ReminderOccasions.dueAt("0b7d3c1e-1d7f-4d55-9a53-2f0c5d7c1a01:1:appointment-confirmation")).isEmpty();
        assertThat(ReminderOccasions.dueAt("offer:0b7d3c1e-1d7f-4d55-9a53-2f0c5d7c1a01")).isEmpty();
        assertThat(ReminderOccasions.dueAt("reminder:not-an-id:1795000000")).isEmpty();
        assertThat(ReminderOccasions.dueAt(null)).isEmpty();
    }
}

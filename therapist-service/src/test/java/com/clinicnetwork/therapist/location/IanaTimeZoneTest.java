package com.clinicnetwork.therapist.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.therapist.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IanaTimeZoneTest {

    @ParameterizedTest
    @ValueSource(strings = {"Europe/London", "Europe/Berlin", "America/New_York", "UTC"})
    void acceptsRegionIdsOfTheIanaDatabase(String zone) {
        assertThat(IanaTimeZone.require("timeZone", zone)).isEqualTo(zone);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Europe/Manchester", "+01:00", "GMT+1", "CET ", "europe/london"})
    void rejectsAnythingElseNamingTheField(String zone) {
        assertThatThrownBy(() -> IanaTimeZone.require("timeZone", zone))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("timeZone");
                    assertThat(violation.getMessage()).contains("IANA");
                });
    }
}

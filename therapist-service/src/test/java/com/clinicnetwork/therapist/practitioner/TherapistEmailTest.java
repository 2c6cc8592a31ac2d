package com.clinicnetwork.therapist.practitioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TherapistEmailTest {

    @Test
    void anAddressIsKeptWithoutTheSpacesAroundIt() {
        assertThat(TherapistEmail.parse("email", "  maya.okafor@clinic-network.example ")).isEqualTo("maya.okafor@clinic-network.example");
        assertThat(TherapistEmail.parse("email", "m+alerts@mail.clinic.co.uk")).isEqualTo("m+alerts@mail.clinic.co.uk");
    }

    @Test
    void noneOrBlankIsNoAddress() {
        assertThat(TherapistEmail.parse("email", null)).isNull();
        assertThat(TherapistEmail.parse("email", "   ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"maya", "maya@", "@clinic.example", "maya@clinic", "maya@@clinic.example", "maya okafor@clinic.example",
            "maya@clinic..example", "maya@clinic.example.", "maya@.clinic.example", "maya@clinic.example\nBcc: x@y.example"})
    void whatCouldNeverBeAnAddressIsRefusedNamingTheField(String notAnAddress) {
        assertThatThrownBy(() -> TherapistEmail.parse("email", notAnAddress))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.field()).isEqualTo("email"));
    }

    @Test
    void anAddressLongerThanMailCarriesIsRefused() {
        String local = "m".repeat(64);
        String domain = "d".repeat(TherapistEmail.MAX_LENGTH - local.length() - ".example".length()) + ".example";

        assertThat(TherapistEmail.parse("email", local + "@" + domain.substring(1))).hasSize(TherapistEmail.MAX_LENGTH);
        assertThatThrownBy(() -> TherapistEmail.parse("email", local + "@" + domain)).isInstanceOf(InvalidValueException.class);
    }
}

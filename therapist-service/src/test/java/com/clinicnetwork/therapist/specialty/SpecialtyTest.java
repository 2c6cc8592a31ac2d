package com.clinicnetwork.therapist.specialty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.therapist.RuleViolation;
import org.junit.jupiter.api.Test;

class SpecialtyTest {

    @Test
    void parsesEveryNameOnTheManagedList() {
        for (Specialty specialty : Specialty.values()) {
            assertThat(Specialty.parse("specialty", specialty.name())).isEqualTo(specialty);
        }
    }

    @Test
    void rejectsFreeTextAndListsTheAllowedValues() {
        assertThatThrownBy(() -> Specialty.parse("specialties[1]", "Sports massage"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("specialties[1]");
                    assertThat(violation.getMessage()).contains("SPORTS_MASSAGE", "KNEE_REHABILITATION");
                });
        assertThatThrownBy(() -> Specialty.parse("specialty", null)).isInstanceOf(RuleViolation.class);
    }
}

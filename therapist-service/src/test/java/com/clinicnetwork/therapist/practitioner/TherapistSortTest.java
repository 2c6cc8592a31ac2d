package com.clinicnetwork.therapist.practitioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.therapist.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TherapistSortTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "displayName           | ORDER BY t.display_name ASC, t.id ASC",
            "displayName,asc       | ORDER BY t.display_name ASC, t.id ASC",
            "displayName,desc      | ORDER BY t.display_name DESC, t.id DESC",
            "licenceNumber,desc    | ORDER BY t.licence_number DESC, t.id DESC"})
    void documentedValuesBecomeATotalOrder(String value, String orderBy) {
        assertThat(TherapistSort.parse(value).orderBy()).isEqualTo(" " + orderBy);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "name", "display_name", "displayName,up", "displayName,desc,x", "t.id; DROP TABLE therapists",
            "displayName DESC"})
    void anythingElseIsRejectedNamingTheParameter(String value) {
        assertThatThrownBy(() -> TherapistSort.parse(value)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.field()).isEqualTo("sort"));
    }

    @Test
    void noValueMeansByName() {
        assertThat(TherapistSort.parse(null)).isEqualTo(TherapistSort.DEFAULT);
    }
}

package com.clinicnetwork.opsconsole.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DeadLetterCoordinatesTest {

    @Test
    void isKeyedByTopicPartitionAndOffsetAndReadsItsKeyBack() {
        DeadLetterCoordinates coordinates = new DeadLetterCoordinates("clinic.appointments.v1.DLT", 2, 41);

        assertThat(coordinates.key()).isEqualTo("clinic.appointments.v1.DLT/2/41");
        assertThat(DeadLetterCoordinates.fromKey(coordinates.key())).contains(coordinates);
        assertThat(coordinates.sourceTopic()).isEqualTo("clinic.appointments.v1");
    }

    @Test
    void acceptsOnlyDeadLetterTopicsAndNonNegativePositions() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DeadLetterCoordinates("clinic.appointments.v1", 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new DeadLetterCoordinates(".DLT", 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new DeadLetterCoordinates("clinic.appointments.v1.DLT", -1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new DeadLetterCoordinates("clinic.appointments.v1.DLT", 0, -1));
    }

    @Test
    void ignoresHandledKeysItDidNotWrite() {
        assertThat(DeadLetterCoordinates.fromKey("garbage")).isEmpty();
        assertThat(DeadLetterCoordinates.fromKey("clinic.appointments.v1.DLT/x/1")).isEmpty();
        assertThat(DeadLetterCoordinates.fromKey("clinic.appointments.v1/0/1")).isEmpty();
    }

    @Test
    void replaysCarryTheCloudEventsAndTraceHeadersButNotTheDiagnostics() {
        assertThat(DeadLetters.replayedHeader("ce_id")).isTrue();
        assertThat(DeadLetters.replayedHeader("content-type")).isTrue();
        assertThat(DeadLetters.replayedHeader("traceparent")).isTrue();
        assertThat(DeadLetters.replayedHeader("kafka_dlt-exception-message")).isFalse();
        assertThat(DeadLetters.replayedHeader("kafka_dlt-exception-stacktrace")).isFalse();
    }
}

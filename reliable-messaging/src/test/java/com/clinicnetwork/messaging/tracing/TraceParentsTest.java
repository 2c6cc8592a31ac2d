package com.clinicnetwork.messaging.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceParentsTest {

    @Test
    void onlyVersion00TraceParentsAreStoredAndSent() {
        assertThat(TraceParents.wellFormed("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(TraceParents.wellFormed(null)).isNull();
        assertThat(TraceParents.wellFormed("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).isNull();
        assertThat(TraceParents.wellFormed("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")).isNull();
        assertThat(TraceParents.wellFormed("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\nforged")).isNull();
    }
}

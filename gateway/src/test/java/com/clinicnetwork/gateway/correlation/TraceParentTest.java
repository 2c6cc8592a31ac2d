package com.clinicnetwork.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TraceParentTest {

    private final SplittableRandom random = new SplittableRandom(42);

    @Test
    void continuesAWellFormedTraceWithANewSpanAndTheSameFlags() {
        TraceParent received = TraceParent.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00").orElseThrow();

        TraceParent child = received.child(random);

        assertThat(child.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(child.spanId()).matches("[0-9a-f]{16}").isNotEqualTo("00f067aa0ba902b7");
        assertThat(child.header()).matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-00");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
            "",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\r\nX-Injected: 1"})
    void rejectsAnythingButAWellFormedVersion00Header(String header) {
        assertThat(TraceParent.parse(header)).isEmpty();
    }

    @Test
    void startsASampledTraceWithNonZeroIds() {
        TraceParent started = TraceParent.start(random);

        assertThat(started.header()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(TraceParent.parse(started.header())).contains(started);
    }
}

package com.clinicnetwork.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestPortsTest {

    @Test
    void portsForATestPlatformAreDistinctAndBelowTheRangeOfOutgoingConnections() {
        int ephemeralStart = TestPorts.ephemeralStart();
        TestPorts ports = TestPorts.belowEphemeralRange();

        Set<Integer> given = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            given.add(ports.next());
        }

        assertThat(given).hasSize(12).allSatisfy(port -> assertThat(port).isBetween(10_000, ephemeralStart - 1));
    }

    @Test
    void aRunOfPortsIsConsecutiveAndNoneOfItIsGivenAgain() {
        TestPorts ports = TestPorts.belowEphemeralRange();

        int first = ports.nextBlock(6);
        Set<Integer> others = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            others.add(ports.next());
        }

        assertThat(first).isBetween(10_000, TestPorts.ephemeralStart() - 6);
        assertThat(others).doesNotContainAnyElementsOf(List.of(first, first + 1, first + 2, first + 3, first + 4, first + 5));
    }

    @Test
    void aTestPlatformsSettingsUseSuchPorts() {
        LauncherSettings settings = LauncherSettings.forTests(java.nio.file.Path.of("data"), java.nio.file.Path.of("services"),
                java.nio.file.Path.of("lib"));

        assertThat(settings.ports().webApp()).isLessThan(TestPorts.ephemeralStart());
        assertThat(settings.ports().gateway()).isLessThan(TestPorts.ephemeralStart());
    }
}

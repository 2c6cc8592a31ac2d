package com.clinicnetwork.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;

/** The platform's promise for bookings: every one is confirmed by exactly one email, none lost, none twice. */
final class Confirmations {

    private Confirmations() {
    }

    static void assertExactlyOneEach(Collection<String> recipients, Duration within) {
        Awaitility.await("one confirmation for each of " + recipients.size() + " bookings")
                .atMost(within).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(recipients).as("recipients still without a confirmation")
                        .allSatisfy(recipient -> assertThat(count(recipient)).as(recipient).isPositive()));
        // Redeliveries after a crash would arrive late: the count must stay at one for a while.
        Awaitility.await("no duplicate confirmation").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> recipients.stream().allMatch(recipient -> count(recipient) == 1));
        assertThat(recipients).allSatisfy(recipient -> assertThat(count(recipient)).as(recipient).isEqualTo(1));
    }

    private static long count(String recipient) {
        return received().getOrDefault(recipient, 0L);
    }

    private static Map<String, Long> received() {
        List<String> recipients = SystemUnderTest.platform().mailServer().receivedRecipients();
        return recipients.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}

package com.clinicnetwork.testsupport.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A service's clock in its integration tests: the system's UTC time, moved forward by what a test
 * {@link #advance(Duration) advanced} it. A test makes something fall due (a reminder, the end of quiet hours, the
 * start of a session) by advancing it instead of waiting for wall-clock time to pass; the service's integration test
 * base {@link #reset() resets} it after each test, so the next one starts at the system's time again. It keeps
 * ticking, so retries with backoff still fall due.
 */
public class TestClock extends Clock {

    private final Clock system = Clock.systemUTC();
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Moves the service's time forward; what falls due in between is due now. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("The clock only moves forward");
        }
        offset.accumulateAndGet(duration, Duration::plus);
    }

    /** Back to the system's time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The service's clock is UTC");
    }

    /**
     * The integration tests' context's only {@link Clock}: service-defaults' system clock steps aside for it
     * (a second one would make every injection of the clock ambiguous and the context fail to start).
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        TestClock testClock() {
            return new TestClock();
        }
    }
}

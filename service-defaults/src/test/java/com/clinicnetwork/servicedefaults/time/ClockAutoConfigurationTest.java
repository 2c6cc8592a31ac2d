package com.clinicnetwork.servicedefaults.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class ClockAutoConfigurationTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ClockAutoConfiguration.class));

    @Test
    void aServiceGetsTheSystemClockInUtc() {
        contexts.run(context -> assertThat(context.getBean(Clock.class)).isEqualTo(Clock.systemUTC()));
    }

    @Test
    void aClockOfItsOwnReplacesIt() {
        contexts.withUserConfiguration(FixedClock.class).run(context -> {
            assertThat(context).hasSingleBean(Clock.class);
            assertThat(context.getBean(Clock.class)).isSameAs(FixedClock.CLOCK);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class FixedClock {

        static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-29T00:30:00Z"), ZoneOffset.UTC);

        @Bean
        Clock testClock() {
            return CLOCK;
        }
    }
}

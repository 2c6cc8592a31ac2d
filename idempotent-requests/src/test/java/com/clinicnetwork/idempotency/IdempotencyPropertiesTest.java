package com.clinicnetwork.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class IdempotencyPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Properties.class);

    @Test
    void keepsRecordsADayAndCleansUpHourlyByDefault() {
        context.run(started -> {
            IdempotencyProperties properties = started.getBean(IdempotencyProperties.class);
            assertThat(properties.retention()).isEqualTo(Duration.ofHours(24));
            assertThat(properties.cleanupInterval()).isEqualTo(Duration.ofHours(1));
            assertThat(properties.cleanupBatchSize()).isEqualTo(1000);
        });
    }

    @Test
    void refusesToStartWithARetentionUnderAMinuteOrAnEmptyBatch() {
        for (String wrong : new String[] {"clinic.idempotency.retention=0s", "clinic.idempotency.retention=-1h",
                "clinic.idempotency.retention=59s", "clinic.idempotency.cleanup-interval=0s",
                "clinic.idempotency.cleanup-batch-size=0"}) {
            context.withPropertyValues(wrong).run(started -> assertThat(started).as(wrong).hasFailed()
                    .getFailure().rootCause().hasMessageContaining(wrong.substring(0, wrong.indexOf('='))));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IdempotencyProperties.class)
    static class Properties {
    }
}

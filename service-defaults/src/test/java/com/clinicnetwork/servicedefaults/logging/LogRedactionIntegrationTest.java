package com.clinicnetwork.servicedefaults.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Through Spring Boot's real logging set-up: what a service logs, in the plain pattern of the local run
 * and in the ECS JSON of production, reaches the console without personal data, stack traces included.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogRedactionIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(LogRedactionIntegrationTest.class);

    @Test
    void plainLogLinesAndStackTracesAreRedacted(CapturedOutput output) {
        logAnErrorCarryingPersonalData("");

        assertThat(output).contains("Unhandled error for [redacted]")
                .contains("Failing row contains [redacted]")
                .doesNotContain("sam.carter@example.com").doesNotContain("+44 7700 900101").doesNotContain("Left knee");
    }

    @Test
    void structuredLogLinesAndStackTracesAreRedacted(CapturedOutput output) {
        logAnErrorCarryingPersonalData("ecs");

        assertThat(output).contains("\"message\":\"Unhandled error for [redacted]\"")
                .contains("\"stack_trace\":")
                .contains("Failing row contains [redacted]")
                .doesNotContain("sam.carter@example.com").doesNotContain("+44 7700 900101").doesNotContain("Left knee");
    }

    private static void logAnErrorCarryingPersonalData(String structuredFormat) {
        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.structured.format.console=" + structuredFormat)
                .run()) {
            IllegalStateException failure = new IllegalStateException("insert failed",
                    new RuntimeException("ERROR: new row violates check constraint \"client_phone\"\n  Detail: Failing row "
                            + "contains (40000000-0000-4000-8000-000000000001, Sam, Carter, sam.carter@example.com, +44 7700 900101, "
                            + "Left knee aches)."));
            log.error("Unhandled error for {}", "sam.carter@example.com", failure);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}

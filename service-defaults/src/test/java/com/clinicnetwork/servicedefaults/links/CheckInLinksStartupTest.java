package com.clinicnetwork.servicedefaults.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** A service that signs or verifies check-in links does not start without a usable secret, and says what to set. */
@ExtendWith(OutputCaptureExtension.class)
class CheckInLinksStartupTest {

    @Test
    void startUpReportsTheMissingSecretInOneLineWithWhatToDo(CapturedOutput output) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(ServiceWithCheckInLinks.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off");

        assertThatThrownBy(application::run).hasRootCauseInstanceOf(CheckInLinkSecretException.class);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Aftercare check-in links are not configured: CLINIC_CHECK_IN_LINK_SECRET is not set")
                .contains("Set CLINIC_CHECK_IN_LINK_SECRET (clinic.aftercare.link-secret) to a random secret of at least 32 bytes");
    }

    @Test
    void aShortSecretStopsStartUpWithoutAppearingInTheReport(CapturedOutput output) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(ServiceWithCheckInLinks.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", CheckInLinks.SECRET_PROPERTY + "=too-short-secret");

        assertThatThrownBy(application::run).hasRootCauseInstanceOf(CheckInLinkSecretException.class);
        assertThat(output).contains("CLINIC_CHECK_IN_LINK_SECRET has 16 bytes, at least 32 are needed")
                .doesNotContain("too-short-secret");
    }

    @Configuration(proxyBeanMethods = false)
    static class ServiceWithCheckInLinks {

        @Bean
        CheckInLinks checkInLinks(Environment environment) {
            return CheckInLinks.from(environment);
        }
    }
}

package com.clinicnetwork.notification.delivery.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmsPropertiesTest {

    @Test
    void theHttpProviderNeedsAnEndpointAndACredential() {
        assertThat(properties(SmsProperties.Mode.HTTP, null, "key").isProviderConfigured()).isFalse();
        assertThat(properties(SmsProperties.Mode.HTTP, "https://sms.example/send", null).isProviderConfigured()).isFalse();
        assertThat(properties(SmsProperties.Mode.HTTP, "ftp://sms.example/send", "key").isProviderConfigured()).isFalse();
        assertThat(properties(SmsProperties.Mode.HTTP, "https://sms.example/send", "key").isProviderConfigured()).isTrue();
    }

    @Test
    void theDevelopmentSinkNeedsNothing() {
        assertThat(properties(SmsProperties.Mode.DEVELOPMENT, null, null).isProviderConfigured()).isTrue();
    }

    private static SmsProperties properties(SmsProperties.Mode mode, String endpoint, String apiKey) {
        return new SmsProperties(mode, endpoint == null ? null : URI.create(endpoint), apiKey, "ClinicNet", Duration.ofSeconds(5));
    }
}

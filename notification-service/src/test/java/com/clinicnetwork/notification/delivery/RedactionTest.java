package com.clinicnetwork.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void removesEmailAddressesAndPhoneNumbersFromProviderErrors() {
        assertThat(Redaction.redact("SMTPAddressFailedException: 550 5.1.1 <sam.carter@example.com>: mailbox unavailable"))
                .isEqualTo("SMTPAddressFailedException: 550 5.1.1 <[redacted]>: mailbox unavailable");
        assertThat(Redaction.redact("invalid destination +44 7700 900123")).isEqualTo("invalid destination [redacted]");
    }

    @Test
    void keepsStatusCodesAndTechnicalDetail() {
        assertThat(Redaction.redact("SMS provider answered HTTP 503")).isEqualTo("SMS provider answered HTTP 503");
        assertThat(Redaction.redact(null)).isNull();
    }
}

package com.clinicnetwork.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_test";
    private static final String BODY = "{\"messageType\":\"appointment-confirmation\"}";

    @Test
    void signsTimestampAndBodyWithHmacSha256() {
        // Reference value: printf '1795000000.{"messageType":"appointment-confirmation"}' | openssl dgst -sha256 -hmac whsec_test
        assertThat(WebhookSignature.sign(SECRET, 1_795_000_000L, BODY))
                .isEqualTo("v1=d133e71d98fab09029802a5452708a8845dbdf4741a1419952eb75bfe8d6f25d");
    }

    @Test
    void aReceiverAcceptsTheSignatureAndRejectsAnyChange() {
        String signature = WebhookSignature.sign(SECRET, 1_795_000_000L, BODY);

        assertThat(WebhookSignature.verify(SECRET, 1_795_000_000L, BODY, signature)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, 1_795_000_001L, BODY, signature)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, 1_795_000_000L, BODY.replace("confirmation", "cancelled"), signature)).isFalse();
        assertThat(WebhookSignature.verify("whsec_other", 1_795_000_000L, BODY, signature)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, 1_795_000_000L, BODY, null)).isFalse();
    }
}

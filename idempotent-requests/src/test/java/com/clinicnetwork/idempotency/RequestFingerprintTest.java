package com.clinicnetwork.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private static final String BODY = "{\"startsAt\":\"2027-05-03T10:00:00Z\"}";

    /** Computed independently (Python's hashlib); records stored before this module existed depend on it. */
    @Test
    void isTheSha256OfTheOperationAZeroByteAndTheBodyInHex() {
        assertThat(RequestFingerprint.of("POST /api/v1/appointments", BODY))
                .isEqualTo("1e388d996fb599842b798c89eee3e7e603037358dc2a6d0547f3507aef0db566");
    }

    @Test
    void theZeroByteKeepsOperationAndBodyApart() {
        assertThat(RequestFingerprint.of("POST /api/v1/appointment", "s" + BODY))
                .isEqualTo("2a3b293cc343a5d2c2931b817f753a94d01945069e67eaa5ac2da405631ae5a2")
                .isNotEqualTo(RequestFingerprint.of("POST /api/v1/appointments", BODY));
    }
}

package com.clinicnetwork.notification.preference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class SmsCodeTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final UUID CLIENT = UUID.randomUUID();
    private static final String NUMBER = "+447700900123";
    private static final Instant EXPIRES = Instant.parse("2026-12-01T10:15:00Z");

    @RepeatedTest(20)
    void codesAreSixDigits() {
        assertThat(SmsCode.newCode(RANDOM)).matches("[0-9]{6}");
    }

    @Test
    void onlyTheSameCodeForTheSameClientAndNumberMatches() {
        SmsCode code = SmsCode.of("123456", CLIENT, NUMBER, EXPIRES, RANDOM);

        assertThat(code.matches("123456", CLIENT, NUMBER)).isTrue();
        assertThat(code.matches("123457", CLIENT, NUMBER)).isFalse();
        assertThat(code.matches("123456", CLIENT, "+447700900124")).isFalse();
        assertThat(code.matches("123456", UUID.randomUUID(), NUMBER)).isFalse();
    }

    @Test
    void theCodeItselfIsNotStoredAndEachCodeHasItsOwnSalt() {
        SmsCode first = SmsCode.of("123456", CLIENT, NUMBER, EXPIRES, RANDOM);
        SmsCode second = SmsCode.of("123456", CLIENT, NUMBER, EXPIRES, RANDOM);

        assertThat(HexFormat.of().formatHex(first.hash())).doesNotContain(HexFormat.of().formatHex("123456".getBytes(StandardCharsets.UTF_8)));
        assertThat(first.hash()).isNotEqualTo(second.hash());
    }

    @Test
    void itExpiresAtItsExpiryTime() {
        SmsCode code = SmsCode.of("123456", CLIENT, NUMBER, EXPIRES, RANDOM);

        assertThat(code.expiredAt(EXPIRES.minusSeconds(1))).isFalse();
        assertThat(code.expiredAt(EXPIRES)).isTrue();
    }
}

package com.clinicnetwork.servicedefaults.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class CheckInLinksTest {

    private static final String SECRET = "a-test-secret-of-at-least-32-bytes-long!";
    private static final UUID APPOINTMENT = UUID.fromString("e7f8a9b0-c1d2-4e3f-a4b5-c6d7e8f9a004");
    private static final Instant EXPIRY = Instant.parse("2025-12-21T10:00:00Z");

    private final CheckInLinks links = new CheckInLinks(SECRET);

    @Test
    void theTokenFormatIsPinnedByAnIndependentlyComputedHmac() {
        // Python's hmac/base64 over the same bytes: both services must keep agreeing on this format.
        String expected = "5_ipsMHSTj-ktcbX6PmgBAAAAABpR8Ug.qogB3PAuX3gMRle2AxCLW0uehFl99cz7wMKZDJsTW6Q";

        assertThat(links.sign(APPOINTMENT, EXPIRY)).isEqualTo(expected);
        assertThat(links.verify(expected)).contains(new CheckInLinks.CheckInLink(APPOINTMENT, EXPIRY));
    }

    @Test
    void aSignedLinkNamesItsAppointmentAndExpiryToTheSecond() {
        String token = links.sign(APPOINTMENT, Instant.parse("2026-03-02T09:15:30.987Z"));

        assertThat(token).matches("[A-Za-z0-9_-]{32}\\.[A-Za-z0-9_-]{43}");
        assertThat(links.verify(token)).contains(new CheckInLinks.CheckInLink(APPOINTMENT, Instant.parse("2026-03-02T09:15:30Z")));
    }

    @Test
    void aLinkWorksUpToItsExpirySecondAndNotAfter() {
        CheckInLinks.CheckInLink link = links.verify(links.sign(APPOINTMENT, EXPIRY)).orElseThrow();

        assertThat(link.expiredAt(EXPIRY.minusSeconds(1))).isFalse();
        assertThat(link.expiredAt(EXPIRY)).isFalse();
        assertThat(link.expiredAt(EXPIRY.plusMillis(1))).isTrue();
    }

    @Test
    void aTokenSignedWithAnotherSecretIsNotALink() {
        String foreign = new CheckInLinks("another-secret-that-is-also-32-bytes-or-more").sign(APPOINTMENT, EXPIRY);

        assertThat(links.verify(foreign)).isEmpty();
    }

    @Test
    void changingTheAppointmentOrExpiryBreaksTheSignature() {
        String token = links.sign(APPOINTMENT, EXPIRY);
        String signature = token.substring(token.indexOf('.'));
        String otherAppointment = links.sign(UUID.randomUUID(), EXPIRY);
        String later = links.sign(APPOINTMENT, EXPIRY.plusSeconds(86_400));

        assertThat(links.verify(otherAppointment.substring(0, otherAppointment.indexOf('.')) + signature)).isEmpty();
        assertThat(links.verify(later.substring(0, later.indexOf('.')) + signature)).isEmpty();
    }

    @Test
    void malformedTokensAreNotLinks() {
        String token = links.sign(APPOINTMENT, EXPIRY);
        String payload = token.substring(0, token.indexOf('.'));
        String signature = token.substring(token.indexOf('.') + 1);
        byte[] shortPayload = Base64.getUrlDecoder().decode(payload);
        String truncated = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(shortPayload, 20));
        // The last character of a 43-character base64url text carries two unused bits: another letter, same bytes.
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int last = alphabet.indexOf(signature.charAt(signature.length() - 1));
        String sameBytesOtherSpelling = token.substring(0, token.length() - 1) + alphabet.charAt(last ^ 1);
        assertThat(Base64.getUrlDecoder().decode(sameBytesOtherSpelling.substring(payload.length() + 1)))
                .isEqualTo(Base64.getUrlDecoder().decode(signature));

        for (String malformed : List.of("", ".", payload, payload + ".", "." + signature, payload + "." + signature + ".x",
                payload + "=." + signature, payload + "." + signature + "=", payload.replace('-', '+') + "." + signature,
                truncated + "." + signature, "not a token", "a".repeat(10_000), payload + "." + signature.substring(1))) {
            assertThat(links.verify(malformed)).as(malformed).isEmpty();
        }
        assertThat(links.verify(null)).isEmpty();
        assertThat(links.verify(sameBytesOtherSpelling)).isEmpty();
    }

    @Test
    void aMissingBlankOrShortSecretIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> CheckInLinks.from(new MockEnvironment()))
                .isInstanceOf(CheckInLinkSecretException.class)
                .hasMessage("Aftercare check-in links are not configured: CLINIC_CHECK_IN_LINK_SECRET is not set; "
                        + "refusing to start without a secret to sign and verify them");
        assertThatThrownBy(() -> CheckInLinks.from(new MockEnvironment().withProperty(CheckInLinks.SECRET_PROPERTY, "  ")))
                .hasMessageContaining("CLINIC_CHECK_IN_LINK_SECRET is not set");
        assertThatThrownBy(() -> new CheckInLinks("only-31-bytes-of-secret-here-xx"))
                .isInstanceOf(CheckInLinkSecretException.class)
                .hasMessageContaining("CLINIC_CHECK_IN_LINK_SECRET has 31 bytes, at least 32 are needed")
                .hasMessageNotContaining("only-31-bytes");
        assertThat(CheckInLinks.from(new MockEnvironment().withProperty(CheckInLinks.SECRET_PROPERTY, SECRET + "\n"))
                .verify(links.sign(APPOINTMENT, EXPIRY))).isPresent();
    }
}

package com.clinicnetwork.servicedefaults.links;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.env.PropertyResolver;

/**
 * Links that let a client answer the aftercare check-in of one appointment without signing in: notification-service
 * signs one into the aftercare message, booking-service verifies it. Both hold the same secret.
 *
 * <p>A token is {@code base64url(payload) "." base64url(HMAC-SHA256(secret, "clinic-check-in-link.v1." payload))},
 * unpadded, where the payload is the appointment id (16 bytes) followed by the expiry in epoch seconds (8 bytes,
 * big-endian). The label in the MAC keeps a signature made for anything else from ever passing as a link. Only the
 * canonical encoding of a token is accepted, so one link has exactly one spelling. Whether a link was used already
 * is not the token's business: the check-in itself can be answered once.
 */
public final class CheckInLinks {

    public static final String SECRET_PROPERTY = "clinic.aftercare.link-secret";
    public static final String SECRET_VARIABLE = "CLINIC_CHECK_IN_LINK_SECRET";
    public static final int MIN_SECRET_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] LABEL = "clinic-check-in-link.v1.".getBytes(StandardCharsets.US_ASCII);
    private static final int PAYLOAD_BYTES = 16 + 8;
    private static final int MAC_BYTES = 32;
    /** Longer than any token this class makes: the rest is not even decoded. */
    private static final int MAX_TOKEN_LENGTH = 100;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    /**
     * @param secret at least {@value #MIN_SECRET_BYTES} bytes in UTF-8, e.g. 32 random bytes in base64
     * @throws CheckInLinkSecretException if it is missing, blank or shorter
     */
    public CheckInLinks(String secret) {
        String value = secret == null ? "" : secret.strip();
        if (value.isEmpty()) {
            throw new CheckInLinkSecretException(SECRET_VARIABLE + " is not set");
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new CheckInLinkSecretException(SECRET_VARIABLE + " has " + bytes.length + " bytes, at least "
                    + MIN_SECRET_BYTES + " are needed");
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** Reads {@value #SECRET_PROPERTY}; start-up fails with {@link CheckInLinkSecretException} when it is unusable. */
    public static CheckInLinks from(PropertyResolver properties) {
        return new CheckInLinks(properties.getProperty(SECRET_PROPERTY));
    }

    /** A token for the appointment's check-in, valid until {@code expiresAt} (to the second, rounded down). */
    public String sign(UUID appointmentId, Instant expiresAt) {
        byte[] payload = ByteBuffer.allocate(PAYLOAD_BYTES)
                .putLong(appointmentId.getMostSignificantBits())
                .putLong(appointmentId.getLeastSignificantBits())
                .putLong(expiresAt.getEpochSecond())
                .array();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    /**
     * The link a token stands for, if this secret signed it; whether it has expired is the caller's question
     * ({@link CheckInLink#expiredAt}), answered with its own clock.
     *
     * @return empty for anything malformed, altered or signed with another secret
     */
    public Optional<CheckInLink> verify(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        Optional<byte[]> payload = canonical(token.substring(0, dot), PAYLOAD_BYTES);
        Optional<byte[]> signature = canonical(token.substring(dot + 1), MAC_BYTES);
        if (payload.isEmpty() || signature.isEmpty() || !MessageDigest.isEqual(mac(payload.get()), signature.get())) {
            return Optional.empty();
        }
        ByteBuffer fields = ByteBuffer.wrap(payload.get());
        UUID appointmentId = new UUID(fields.getLong(), fields.getLong());
        return Optional.of(new CheckInLink(appointmentId, Instant.ofEpochSecond(fields.getLong())));
    }

    /** The bytes of an unpadded base64url text of exactly that many bytes, and only of its one canonical spelling. */
    private static Optional<byte[]> canonical(String text, int length) {
        try {
            byte[] bytes = DECODER.decode(text);
            return bytes.length == length && ENCODER.encodeToString(bytes).equals(text) ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException notBase64Url) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(LABEL);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** What a genuine token says: whose check-in, and until when the link works. */
    public record CheckInLink(UUID appointmentId, Instant expiresAt) {

        /** Valid up to and including its expiry second. */
        public boolean expiredAt(Instant now) {
            return now.isAfter(expiresAt);
        }
    }
}

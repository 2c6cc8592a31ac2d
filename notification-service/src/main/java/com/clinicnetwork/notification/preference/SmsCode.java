package com.clinicnetwork.notification.preference;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The stored trace of a one-time code sent to a pending SMS number: never the code itself, only an HMAC-SHA256 of
 * it keyed with a random salt and bound to the client and the number, so a code is worthless for any other
 * number. Six digits cannot withstand offline guessing by someone who reads the database; the hash keeps codes out
 * of dumps and backups, and the short validity and the attempt limit are what protect the live code.
 */
record SmsCode(byte[] salt, byte[] hash, Instant expiresAt) {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int SALT_BYTES = 16;

    /** A fresh code, evenly distributed over 000000–999999. */
    static String newCode(SecureRandom random) {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    static SmsCode of(String code, UUID clientId, String number, Instant expiresAt, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new SmsCode(salt, hash(salt, clientId, number, code), expiresAt);
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Compared in constant time, so timing tells nothing about how close a guess was. */
    boolean matches(String code, UUID clientId, String number) {
        return MessageDigest.isEqual(hash, hash(salt, clientId, number, code));
    }

    private static byte[] hash(byte[] salt, UUID clientId, String number, String code) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(salt, ALGORITHM));
            return mac.doFinal((clientId + "|" + number + "|" + code).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}

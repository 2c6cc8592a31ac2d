package com.clinicnetwork.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What makes two requests with one key the same request: their method, path and body. */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    /**
     * SHA-256, in hex, of {@code operation}, a zero byte and {@code body}. booking-service and therapist-service stored
     * their records with this function before this module existed, so the records they moved here still match.
     *
     * @param operation the method and the path, e.g. {@code POST /api/v1/appointments}
     * @param body      the request body's JSON as the service's mapper writes the validated request
     */
    static String of(String operation, String body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(operation.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return HexFormat.of().formatHex(sha256.digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}

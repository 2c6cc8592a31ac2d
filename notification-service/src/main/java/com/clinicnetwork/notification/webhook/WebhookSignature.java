package com.clinicnetwork.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How webhook payloads are signed: {@code X-Clinic-Signature: v1=<hex HMAC-SHA256 of "<timestamp>.<body>">}
 * with the subscription's secret, and the timestamp (Unix seconds) in {@code X-Clinic-Timestamp}. Signing the
 * timestamp with the body lets a receiver reject replays of an old delivery (e.g. older than 5 minutes).
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-Clinic-Signature";
    public static final String TIMESTAMP_HEADER = "X-Clinic-Timestamp";
    public static final String DELIVERY_HEADER = "X-Clinic-Delivery-Id";
    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "v1=";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return VERSION + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** What a receiver does, in constant time. */
    public static boolean verify(String secret, long timestamp, String body, String signature) {
        return signature != null && MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }
}

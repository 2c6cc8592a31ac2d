package com.clinicnetwork.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that links an audit record to the one before it: SHA-256 over a canonical encoding of the
 * record's fields and the previous record's hash. The encoding is every field in a fixed order, each
 * written as {@code <UTF-8 byte length>:<UTF-8 bytes>;} and a null as {@code ~;}, so that no two
 * different records encode alike and anyone can recompute it outside this code (see the README).
 */
final class AuditChain {

    /** The {@code prev_hash} of the first record of a chain. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** @param event a stored record: its id and time are part of what is hashed */
    static String hash(AuditEvent event, String prevHash) {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        for (Object field : new Object[] {event.id(), event.occurredAt(), event.subject(), event.roles(), event.method(),
                event.path(), event.recordType(), event.recordId(), event.clientIp(), event.status(), event.requestId(),
                prevHash}) {
            if (field == null) {
                encoded.writeBytes("~;".getBytes(StandardCharsets.UTF_8));
            } else {
                byte[] value = field.toString().getBytes(StandardCharsets.UTF_8);
                encoded.writeBytes((value.length + ":").getBytes(StandardCharsets.UTF_8));
                encoded.writeBytes(value);
                encoded.writeBytes(";".getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}

package com.clinicnetwork.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final AuditEvent READ = new AuditEvent(7L, Instant.parse("2026-03-02T09:15:00.123456Z"), "sam", "CLIENT",
            "GET", "/api/v1/clients/abc", "client", "abc", "198.51.100.23", 200, "web-1c2d3e4f5a");

    @Test
    void isTheSha256OfTheDocumentedEncoding() {
        // Recomputable outside Java: printf '1:7;27:2026-03-02T09:15:00.123456Z;3:sam;6:CLIENT;3:GET;19:/api/v1/clients/abc;6:client;3:abc;13:198.51.100.23;3:200;14:web-1c2d3e4f5a;64:000…;' | sha256sum
        String encoding = "1:7;27:2026-03-02T09:15:00.123456Z;3:sam;6:CLIENT;3:GET;19:/api/v1/clients/abc;6:client;3:abc;"
                + "13:198.51.100.23;3:200;14:web-1c2d3e4f5a;64:" + AuditChain.GENESIS + ";";
        assertThat(AuditChain.hash(READ, AuditChain.GENESIS)).isEqualTo(sha256(encoding)).hasSize(64);
    }

    @Test
    void changesWithEveryFieldAndWithThePreviousHash() {
        String hash = AuditChain.hash(READ, AuditChain.GENESIS);
        assertThat(AuditChain.hash(withSubject("sam2"), AuditChain.GENESIS)).isNotEqualTo(hash);
        assertThat(AuditChain.hash(new AuditEvent(8L, READ.occurredAt(), READ.subject(), READ.roles(), READ.method(), READ.path(),
                READ.recordType(), READ.recordId(), READ.clientIp(), READ.status(), READ.requestId()), AuditChain.GENESIS)).isNotEqualTo(hash);
        assertThat(AuditChain.hash(READ, hash)).isNotEqualTo(hash);
    }

    @Test
    void tellsNullFromEmptyAndFieldBoundariesApart() {
        assertThat(AuditChain.hash(withSubject(null), AuditChain.GENESIS))
                .isNotEqualTo(AuditChain.hash(withSubject(""), AuditChain.GENESIS))
                .isNotEqualTo(AuditChain.hash(withSubject("~"), AuditChain.GENESIS));
        AuditEvent shifted = new AuditEvent(READ.id(), READ.occurredAt(), "samC", "LIENT", READ.method(), READ.path(),
                READ.recordType(), READ.recordId(), READ.clientIp(), READ.status(), READ.requestId());
        assertThat(AuditChain.hash(shifted, AuditChain.GENESIS)).isNotEqualTo(AuditChain.hash(READ, AuditChain.GENESIS));
    }

    private static AuditEvent withSubject(String subject) {
        return new AuditEvent(READ.id(), READ.occurredAt(), subject, READ.roles(), READ.method(), READ.path(),
                READ.recordType(), READ.recordId(), READ.clientIp(), READ.status(), READ.requestId());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

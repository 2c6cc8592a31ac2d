package com.clinicnetwork.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.audit.testapp.AuditTestApplication;
import com.clinicnetwork.testsupport.infrastructure.UsesRealInfrastructure;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hash chain on a real PostgreSQL: changes made behind the service's back, the way someone with the
 * database's superuser would make them, are found by the verify endpoint. Each test puts the rows back.
 */
@SpringBootTest(classes = AuditTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
class AuditChainIT {

    private static final Logger log = LoggerFactory.getLogger(AuditChainIT.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail trail;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUntouchedChainVerifies() throws Exception {
        threeReads();

        JsonNode result = verify();

        assertThat(result.get("valid").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.get("checked").asLong()).isEqualTo(count());
        assertThat(result.get("firstBrokenId").isNull()).isTrue();
        assertThat(result.get("headHash").asString()).hasSize(64);
    }

    @Test
    void refusesToChangeOrDeleteARecord() throws Exception {
        long id = threeReads().get(1);

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET subject = 'someone-else' WHERE id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void findsAnEditedRecord() throws Exception {
        long id = threeReads().get(1);
        Map<String, Object> original = row(id);

        JsonNode result = tampered(() -> jdbc.sql("UPDATE audit_event SET status = 404 WHERE id = :id").param("id", id).update(),
                () -> jdbc.sql("UPDATE audit_event SET status = :status WHERE id = :id")
                        .param("status", original.get("status")).param("id", id).update());

        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("firstBrokenId").asLong()).isEqualTo(id);
        assertThat(result.get("reason").asString()).contains("does not match its hash");
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void findsADeletedRecord() throws Exception {
        List<Long> ids = threeReads();
        Map<String, Object> original = row(ids.get(1));

        JsonNode result = tampered(() -> jdbc.sql("DELETE FROM audit_event WHERE id = :id").param("id", ids.get(1)).update(),
                () -> jdbc.sql("INSERT INTO audit_event (" + String.join(", ", original.keySet()) + ") VALUES (:"
                        + String.join(", :", original.keySet()) + ")").params(original).update());

        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("firstBrokenId").asLong()).isEqualTo(ids.get(2));
        assertThat(result.get("reason").asString()).contains("does not link to record " + ids.get(0));
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void findsARecordRehashedAfterAnEditButNoLongerLinkedToItsSuccessor() throws Exception {
        List<Long> ids = threeReads();
        long id = ids.get(1);
        Map<String, Object> original = row(id);
        AuditEvent edited = new AuditEvent(id, ((Timestamp) original.get("occurred_at")).toInstant(), "someone-else",
                (String) original.get("roles"), (String) original.get("method"), (String) original.get("path"),
                (String) original.get("record_type"), (String) original.get("record_id"), (String) original.get("client_ip"),
                ((Number) original.get("status")).intValue(), (String) original.get("request_id"));
        String rehashed = AuditChain.hash(edited, (String) original.get("prev_hash"));

        JsonNode result = tampered(
                () -> jdbc.sql("UPDATE audit_event SET subject = 'someone-else', hash = :hash WHERE id = :id")
                        .param("hash", rehashed).param("id", id).update(),
                () -> jdbc.sql("UPDATE audit_event SET subject = :subject, hash = :hash WHERE id = :id")
                        .param("subject", original.get("subject")).param("hash", original.get("hash")).param("id", id).update());

        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("firstBrokenId").asLong()).isEqualTo(ids.get(2));
        assertThat(result.get("reason").asString()).contains("does not link to record " + id);
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void findsRecordsRemovedFromTheEnd() throws Exception {
        List<Long> ids = threeReads();
        Map<String, Object> last = row(ids.get(2));

        JsonNode result = tampered(() -> jdbc.sql("DELETE FROM audit_event WHERE id = :id").param("id", ids.get(2)).update(),
                () -> jdbc.sql("INSERT INTO audit_event (" + String.join(", ", last.keySet()) + ") VALUES (:"
                        + String.join(", :", last.keySet()) + ")").params(last).update());

        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("firstBrokenId").asLong()).isEqualTo(ids.get(2));
        assertThat(result.get("reason").asString()).contains("does not end at its recorded head");
    }

    /**
     * Appends are serialised on the chain head, so concurrent requests cannot fork the chain; the lock is
     * held for one short transaction, so appending in parallel still gets through. The figures go to the
     * log (see the README for a run's), the test asserts only the rule.
     */
    @Test
    void concurrentAppendsNeverForkTheChain() throws Exception {
        int threads = 8;
        int perThread = 50;
        long before = count();
        Duration serial = timed(1, threads * perThread);
        Duration parallel = timed(threads, perThread);

        assertThat(count()).isEqualTo(before + 2L * threads * perThread);
        JsonNode result = verify();
        assertThat(result.get("valid").asBoolean()).as(result.toString()).isTrue();
        log.info("Audit appends: {} from 1 thread in {} ms, {} from {} threads in {} ms", threads * perThread, serial.toMillis(),
                threads * perThread, threads, parallel.toMillis());
    }

    private Duration timed(int threads, int perThread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        trail.record(List.of(new AuditEvent(null, null, "load-" + UUID.randomUUID(), "CLIENT", "GET",
                                "/api/v1/clients/x", "client", "x", "127.0.0.1", 200, null)));
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            return Duration.ofNanos(System.nanoTime() - start);
        } finally {
            pool.shutdown();
        }
    }

    /** Three reads by a new subject; the ids of their audit records, in chain order. */
    private List<Long> threeReads() throws Exception {
        UUID clientId = UUID.randomUUID();
        String subject = "sam-" + UUID.randomUUID();
        String token = TestTokens.bearer(TokenClaims.client(subject, clientId));
        for (int read = 0; read < 3; read++) {
            HttpResponse<String> response = send("/api/v1/clients/" + clientId, token);
            assertThat(response.statusCode()).isEqualTo(200);
        }
        return jdbc.sql("SELECT id FROM audit_event WHERE subject = :subject ORDER BY id").param("subject", subject)
                .query(Long.class).list();
    }

    /** Changes rows the way the table's owner could, with the append-only trigger off; then puts them back. */
    private JsonNode tampered(Runnable change, Runnable restore) throws Exception {
        jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update();
        try {
            change.run();
            return verify();
        } finally {
            restore.run();
            jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only").update();
        }
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("SELECT * FROM audit_event WHERE id = :id").param("id", id).query().singleRow();
    }

    private long count() {
        long unchainedUntil = jdbc.sql("SELECT unchained_until FROM audit_chain_head").query(Long.class).single();
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE id > :until").param("until", unchainedUntil).query(Long.class).single();
    }

    private JsonNode verify() throws Exception {
        HttpResponse<String> response = send("/api/v1/audit-events/verify",
                TestTokens.bearer(TokenClaims.clinicAdmin("admin-" + UUID.randomUUID())));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", token).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

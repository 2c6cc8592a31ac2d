package com.clinicnetwork.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.infrastructure.SharedInfrastructure;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V3 on a database of the previous version: its idempotency records move to the shared table and still answer. */
class IdempotencyRecordsMigrationIT {

    @Test
    void completedRecordsMoveToTheSharedTableWithTheirFingerprintsAndBodies() {
        DataSource database = new DriverManagerDataSource(SharedInfrastructure.postgres()
                .createDatabase("therapist_upgrade_" + UUID.randomUUID().toString().substring(0, 8)), "postgres", "postgres");
        JdbcClient jdbc = JdbcClient.create(database);
        migrate(database, "2");
        jdbc.sql("""
                        INSERT INTO idempotency_record (caller_subject, idempotency_key, request_hash, response_status, response_body,
                                                        response_location, response_version, created_at)
                        VALUES ('admin', 'key-1', repeat('a', 64), 201, '{"id":"1"}', '/api/v1/locations/1', 1, '2027-05-03T10:00:00Z'),
                               ('admin', 'key-2', repeat('b', 64), 201, '{"id":"2"}', '/api/v1/therapists/2/time-off/2', NULL,
                                '2027-05-03T11:00:00Z')
                        """).update();

        migrate(database, "latest");

        assertThat(jdbc.sql("""
                        SELECT caller_subject, idempotency_key, request_hash, result_json,
                               to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI"Z"') AS created_at
                        FROM idempotent_request ORDER BY idempotency_key
                        """).query().listOfRows())
                .isEqualTo(List.of(
                        Map.of("caller_subject", "admin", "idempotency_key", "key-1", "request_hash", "a".repeat(64),
                                "result_json", "{\"id\":\"1\"}", "created_at", "2027-05-03T10:00Z"),
                        Map.of("caller_subject", "admin", "idempotency_key", "key-2", "request_hash", "b".repeat(64),
                                "result_json", "{\"id\":\"2\"}", "created_at", "2027-05-03T11:00Z")));
        assertThat(jdbc.sql("SELECT to_regclass('idempotency_record') IS NULL").query(Boolean.class).single()).isTrue();
    }

    private static void migrate(DataSource database, String target) {
        Flyway.configure().dataSource(database).outOfOrder(true).target(target).load().migrate();
    }
}

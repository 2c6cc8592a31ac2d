package com.clinicnetwork.booking.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.infrastructure.SharedInfrastructure;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V17 on a database of the previous version: the booking records of the former {@code idempotency_record} move to the
 * shared {@code idempotent_request}, so a retry across the upgrade still gets its appointment; the table goes.
 */
class IdempotencyRecordsMigrationIT {

    @Test
    void aCompletedBookingRecordMovesToTheSharedTable() {
        String url = SharedInfrastructure.postgres().createDatabase("booking_upgrade_" + UUID.randomUUID().toString().substring(0, 8));
        Flyway previous = Flyway.configure().dataSource(url, "postgres", "postgres").outOfOrder(true).target("16").load();
        Flyway current = Flyway.configure().dataSource(url, "postgres", "postgres").outOfOrder(true).load();
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "postgres", "postgres"));
        String appointment = "{\"id\":\"" + UUID.randomUUID() + "\",\"version\":1}";
        previous.migrate();
        jdbc.sql("""
                        INSERT INTO idempotency_record (caller_subject, idempotency_key, request_hash, response_status, response_body)
                        VALUES ('client-sam', 'retry-me', :hash, 201, :body)
                        """).param("hash", "c".repeat(64)).param("body", appointment).update();

        current.migrate();

        record Moved(String callerSubject, String idempotencyKey, String requestHash, String resultJson) {
        }
        assertThat(jdbc.sql("SELECT caller_subject, idempotency_key, request_hash, result_json FROM idempotent_request")
                .query(Moved.class).list())
                .containsExactly(new Moved("client-sam", "retry-me", "c".repeat(64), appointment));
        assertThat(jdbc.sql("SELECT count(*) FROM pg_tables WHERE tablename = 'idempotency_record'").query(Long.class).single())
                .isZero();
    }
}

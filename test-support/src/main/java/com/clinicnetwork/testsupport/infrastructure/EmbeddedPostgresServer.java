package com.clinicnetwork.testsupport.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A real PostgreSQL server from the embedded binaries on Maven Central: used by integration tests on
 * machines without Docker and by the local run. Each service gets a database of its own in it.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A throwaway server on a free port, its data deleted when it stops. */
    public static EmbeddedPostgresServer startTemporary() {
        try {
            return new EmbeddedPostgresServer(configured(EmbeddedPostgres.builder()).start());
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /** A server whose data lives in {@code dataDirectory} and survives restarts. */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port) {
        try {
            return new EmbeddedPostgresServer(configured(EmbeddedPostgres.builder())
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start on port " + port
                    + " (is the port taken, or another run still using " + dataDirectory + "?)", e);
        }
    }

    /**
     * Loopback only (PostgreSQL's default, made explicit: the local run must not be reachable from the network),
     * and a server log without the values of failing rows or statements (DETAIL lines, statement texts), which
     * the launcher passes on to its console.
     */
    private static EmbeddedPostgres.Builder configured(EmbeddedPostgres.Builder builder) {
        return builder
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("log_error_verbosity", "terse")
                .setServerConfig("log_min_error_statement", "panic");
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates the database if it does not exist yet and returns its JDBC URL (user and password: postgres). */
    public String createDatabase(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            PostgresDatabases.ensureExists(connection, name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

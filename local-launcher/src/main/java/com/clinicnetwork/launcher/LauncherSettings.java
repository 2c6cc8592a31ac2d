package com.clinicnetwork.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the local platform keeps its data and which loopback ports it uses. Read from environment
 * variables with defaults that match docs/conventions.md, so a plain start needs no configuration.
 *
 * @param externalPostgres  an existing PostgreSQL server to use instead of the embedded one
 * @param gatewayRateLimits whether the gateway limits requests per user and address, as in production;
 *                          off for tests and benchmarks that send many requests as one user from loopback
 * @param jvmProfile        how the JVMs of the platform are tuned
 */
public record LauncherSettings(
        Path dataDir,
        Path servicesDir,
        Path libDir,
        Ports ports,
        Optional<ExternalPostgres> externalPostgres,
        boolean demoData,
        boolean gatewayRateLimits,
        JvmProfile jvmProfile) {

    /**
     * @param webApp     where the clients' web app is served, which messages link to
     * @param opsConsole the operator console, which operators reach through the gateway's {@code /ops}
     */
    public record Ports(int gateway, int therapist, int booking, int notification, int identityProvider, int postgres,
            int kafka, int kafkaController, int smtp, int inbox, int webApp, int opsConsole) {
    }

    /** @param jdbcUrl URL of a maintenance database on the server, e.g. jdbc:postgresql://127.0.0.1:5432/postgres */
    public record ExternalPostgres(String jdbcUrl, String username, String password) {
    }

    static LauncherSettings fromEnvironment(Path launcherJarDir, Map<String, String> env) {
        Ports ports = new Ports(
                port(env, "GATEWAY_PORT", 8080),
                port(env, "THERAPIST_SERVICE_PORT", 8081),
                port(env, "BOOKING_SERVICE_PORT", 8082),
                port(env, "NOTIFICATION_SERVICE_PORT", 8083),
                port(env, "IDENTITY_PROVIDER_PORT", 9000),
                port(env, "POSTGRES_PORT", 5433),
                port(env, "KAFKA_PORT", 9092),
                port(env, "KAFKA_CONTROLLER_PORT", 9093),
                port(env, "SMTP_PORT", 3025),
                port(env, "MAIL_INBOX_PORT", 8025),
                port(env, "WEB_APP_PORT", 8070),
                port(env, "OPS_CONSOLE_PORT", 8084));
        Optional<ExternalPostgres> external = Optional.ofNullable(env.get("CLINIC_POSTGRES_URL"))
                .filter(url -> !url.isBlank())
                .map(url -> {
                    if (!url.startsWith("jdbc:postgresql://")) {
                        throw new IllegalArgumentException("CLINIC_POSTGRES_URL must be a jdbc:postgresql:// URL, got: " + url);
                    }
                    return new ExternalPostgres(url, env.getOrDefault("CLINIC_POSTGRES_USER", "postgres"),
                            env.getOrDefault("CLINIC_POSTGRES_PASSWORD", ""));
                });
        Path dataDir = Path.of(env.getOrDefault("CLINIC_LOCAL_DIR", ".local-run")).toAbsolutePath().normalize();
        return new LauncherSettings(dataDir, launcherJarDir.resolve("services"), launcherJarDir.resolve("lib"), ports,
                external, !"false".equalsIgnoreCase(env.getOrDefault("CLINIC_DEMO_DATA", "true")),
                !"false".equalsIgnoreCase(env.getOrDefault("CLINIC_RATE_LIMITS", "true")),
                JvmProfile.parse(env.getOrDefault(JvmProfile.ENVIRONMENT_VARIABLE, "local")));
    }

    /** Settings for a test run: a throwaway data directory and free ports, so it never clashes with a running local platform. */
    public static LauncherSettings forTests(Path dataDir, Path servicesDir, Path libDir) {
        TestPorts free = TestPorts.belowEphemeralRange();
        Ports ports = new Ports(free.next(), free.next(), free.next(), free.next(), free.next(), free.next(), free.next(),
                free.next(), free.next(), free.next(), free.next(), free.next());
        return new LauncherSettings(dataDir, servicesDir, libDir, ports, Optional.empty(), true, false, JvmProfile.LOCAL);
    }

    public LauncherSettings withJvmProfile(JvmProfile profile) {
        return new LauncherSettings(dataDir, servicesDir, libDir, ports, externalPostgres, demoData, gatewayRateLimits, profile);
    }

    Path logsDir() {
        return dataDir.resolve("logs");
    }

    void validate() {
        for (String service : LocalPlatform.APPLICATIONS) {
            Path jar = servicesDir.resolve(service + ".jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("Missing " + jar + ". Build first: ./mvnw -DskipTests package");
            }
        }
        if (!Files.isDirectory(libDir)) {
            throw new IllegalStateException("Missing " + libDir + ". Build first: ./mvnw -DskipTests package");
        }
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65_535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number between 1 and 65535, got: " + value);
        }
    }
}

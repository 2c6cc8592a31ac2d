package com.clinicnetwork.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Where the local platform keeps its data and which loopback ports it uses. Read from environment
 * variables with defaults that match docs/conventions.md, so a plain start needs no configuration.
 *
 * @param externalPostgres  an existing PostgreSQL server to use instead of the embedded one
 * @param gatewayRateLimits whether the gateway limits requests per user and address, as in production;
 *                          off for tests and benchmarks that send many requests as one user from loopback
 * @param jvmProfile        how the JVMs of the platform are tuned
 * @param kafkaBrokers      nodes of the local Kafka cluster: 1, or 3 to replicate every partition three times as
 *                          production does
 * @param replicas          how many processes of each service behind the gateway run
 */
public record LauncherSettings(
        Path dataDir,
        Path servicesDir,
        Path libDir,
        Ports ports,
        Optional<ExternalPostgres> externalPostgres,
        boolean demoData,
        boolean gatewayRateLimits,
        JvmProfile jvmProfile,
        int kafkaBrokers,
        ServiceReplicas replicas) {

    static final String KAFKA_BROKERS_VARIABLE = "CLINIC_KAFKA_BROKERS";

    public LauncherSettings {
        if (kafkaBrokers != 1 && kafkaBrokers != 3) {
            throw invalidKafkaBrokers(Integer.toString(kafkaBrokers));
        }
        Set<Integer> kafkaPorts = new HashSet<>();
        for (KafkaNode node : kafkaNodes(ports, kafkaBrokers)) {
            if (!kafkaPorts.add(node.port()) || !kafkaPorts.add(node.controllerPort()) || node.port() > 65_535
                    || node.controllerPort() > 65_535) {
                throw new IllegalArgumentException("With " + kafkaBrokers + " Kafka nodes, node n listening on KAFKA_PORT and "
                        + "KAFKA_CONTROLLER_PORT plus 2(n-1), the ports overlap or exceed 65535: KAFKA_PORT=" + ports.kafka()
                        + ", KAFKA_CONTROLLER_PORT=" + ports.kafkaController());
            }
        }
        Objects.requireNonNull(replicas, "replicas");
        Set<Integer> servicePorts = new HashSet<>(List.of(ports.gateway(), ports.therapist(), ports.booking(), ports.notification(),
                ports.identityProvider(), ports.postgres(), ports.smtp(), ports.inbox(), ports.webApp(), ports.opsConsole()));
        servicePorts.addAll(kafkaPorts);
        for (String service : ServiceReplicas.REPLICABLE) {
            int servicePort = ports.port(service);
            for (int replica = 2; replica <= replicas.of(service); replica++) {
                int port = ServiceReplicas.port(servicePort, replica);
                if (port > 65_535 || !servicePorts.add(port)) {
                    throw new IllegalArgumentException("Replica " + replica + " of " + service + " would listen on " + port
                            + " (its port plus " + ServiceReplicas.PORT_STEP + " per replica), which is taken or out of range: "
                            + "choose other ports or fewer replicas");
                }
            }
        }
    }

    /**
     * @param webApp     where the clients' web app is served, which messages link to
     * @param opsConsole the operator console, which operators reach through the gateway's {@code /ops}
     */
    public record Ports(int gateway, int therapist, int booking, int notification, int identityProvider, int postgres,
            int kafka, int kafkaController, int smtp, int inbox, int webApp, int opsConsole) {

        /** The port of replica 1 of a service that can run several times. */
        int port(String service) {
            return switch (service) {
                case "therapist-service" -> therapist;
                case "booking-service" -> booking;
                case "notification-service" -> notification;
                default -> throw new IllegalArgumentException(service + " runs once");
            };
        }
    }

    /**
     * One node of the local Kafka cluster, a broker and controller in one process.
     *
     * @param id             its {@code node.id}, 1 to the number of nodes
     * @param port           where clients and the other brokers reach it
     * @param controllerPort where the controllers of the cluster reach each other
     */
    public record KafkaNode(int id, int port, int controllerPort) {
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
                JvmProfile.parse(env.getOrDefault(JvmProfile.ENVIRONMENT_VARIABLE, "local")), kafkaBrokers(env),
                ServiceReplicas.fromEnvironment(env));
    }

    /** Settings for a test run: a throwaway data directory and free ports, so it never clashes with a running local platform. */
    public static LauncherSettings forTests(Path dataDir, Path servicesDir, Path libDir) {
        TestPorts free = TestPorts.belowEphemeralRange();
        // Six in a row: the broker and controller ports of every node of a cluster of three (see kafkaNodes).
        int kafka = free.nextBlock(6);
        Ports ports = new Ports(free.next(), free.next(), free.next(), free.next(), free.next(), free.next(), kafka,
                kafka + 1, free.next(), free.next(), free.next(), free.next());
        return new LauncherSettings(dataDir, servicesDir, libDir, ports, Optional.empty(), true, false, JvmProfile.LOCAL, 1,
                ServiceReplicas.single());
    }

    public LauncherSettings withJvmProfile(JvmProfile profile) {
        return new LauncherSettings(dataDir, servicesDir, libDir, ports, externalPostgres, demoData, gatewayRateLimits, profile,
                kafkaBrokers, replicas);
    }

    public LauncherSettings withKafkaBrokers(int brokers) {
        return new LauncherSettings(dataDir, servicesDir, libDir, ports, externalPostgres, demoData, gatewayRateLimits, jvmProfile,
                brokers, replicas);
    }

    public LauncherSettings withReplicas(ServiceReplicas serviceReplicas) {
        return new LauncherSettings(dataDir, servicesDir, libDir, ports, externalPostgres, demoData, gatewayRateLimits, jvmProfile,
                kafkaBrokers, serviceReplicas);
    }

    /**
     * The nodes of the Kafka cluster. Node n listens on {@code KAFKA_PORT} + 2(n-1) and {@code KAFKA_CONTROLLER_PORT}
     * + 2(n-1): by default 9092/9093 for one node, and 9094/9095 and 9096/9097 for the other two of three.
     */
    List<KafkaNode> kafkaNodes() {
        return kafkaNodes(ports, kafkaBrokers);
    }

    private static List<KafkaNode> kafkaNodes(Ports ports, int brokers) {
        return IntStream.rangeClosed(1, brokers)
                .mapToObj(id -> new KafkaNode(id, ports.kafka() + 2 * (id - 1), ports.kafkaController() + 2 * (id - 1)))
                .toList();
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

    private static int kafkaBrokers(Map<String, String> env) {
        String value = env.get(KAFKA_BROKERS_VARIABLE);
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw invalidKafkaBrokers(value);
        }
    }

    private static IllegalArgumentException invalidKafkaBrokers(String value) {
        return new IllegalArgumentException(KAFKA_BROKERS_VARIABLE + " must be 1 or 3, got: " + value);
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        return EnvironmentNumbers.inRange(env, name, fallback, 1, 65_535, "a port number");
    }
}

package com.clinicnetwork.launcher;

import com.clinicnetwork.testsupport.infrastructure.EmbeddedPostgresServer;
import com.clinicnetwork.testsupport.infrastructure.PostgresDatabases;
import com.clinicnetwork.testsupport.tokens.TokenMinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform on one machine: PostgreSQL (embedded or external), a KRaft Kafka cluster of one or three nodes,
 * an SMTP server with an inbox page, and the identity provider, the three services, the operator console, the gateway
 * and the web app as separate JVMs. Closing it stops everything it started, the JVMs first so the services drain
 * before the brokers go.
 */
public final class LocalPlatform implements AutoCloseable {

    static final String OPS_CONSOLE = "ops-console";
    static final String GATEWAY = "gateway";

    /** The JVMs that trust the identity provider's tokens and talk to each other; the gateway routes to all the others. */
    static final List<String> SERVICE_NAMES = List.of("therapist-service", "booking-service", "notification-service", OPS_CONSOLE,
            GATEWAY);

    /** The JVMs that keep no data of their own, so get no database. */
    private static final Set<String> WITHOUT_DATABASE = Set.of(OPS_CONSOLE, GATEWAY, LocalWebApp.NAME);

    /**
     * Every JVM started from an executable jar, in start order: the token issuer before those that trust it, the web
     * app (a front end of the gateway) last.
     */
    static final List<String> APPLICATIONS = Stream.of(Stream.of(LocalIdentityProvider.NAME), SERVICE_NAMES.stream(),
            Stream.of(LocalWebApp.NAME)).flatMap(names -> names).toList();

    static final String LOOPBACK = "127.0.0.1";

    private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);
    private static final Duration SERVICE_READY_TIMEOUT = Duration.ofSeconds(180);
    /** How long tokens minted by {@link #tokenIssuer()} last: a test or benchmark run, not a sign-in. */
    private static final Duration MINTED_TOKEN_LIFETIME = Duration.ofHours(12);

    private final LauncherSettings settings;
    private final List<AutoCloseable> infrastructure = new ArrayList<>();
    /** The JVMs started from executable jars: the identity provider, the services and the web app. */
    private final List<ManagedProcess> services = new ArrayList<>();
    private final Map<String, Map<String, String>> serviceEnvironments = new HashMap<>();
    private EmbeddedPostgresServer embeddedPostgres;
    private TokenMinter tokenIssuer;
    private MailServer mailServer;
    private KafkaCluster kafka;

    private LocalPlatform(LauncherSettings settings) {
        this.settings = settings;
    }

    public static LocalPlatform start(LauncherSettings settings) {
        settings.validate();
        LocalPlatform platform = new LocalPlatform(settings);
        try {
            platform.startAll();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void startAll() {
        createDirectories();
        StalePids.stopLeftovers(settings.dataDir().resolve("pids"));
        Map<String, String> databaseUrls = startPostgres();
        mailServer = MailServer.start(settings.ports().smtp(), settings.ports().inbox());
        infrastructure.add(mailServer);
        log.info("Starting the identity provider");
        String webClientSecret = LocalIdentityProvider.webClientSecret(settings);
        serviceEnvironments.put(LocalIdentityProvider.NAME, LocalIdentityProvider.environment(settings,
                databaseUrls.get(LocalIdentityProvider.NAME), webClientSecret, System.getenv()));
        ManagedProcess identityProvider = startProcess(LocalIdentityProvider.NAME);
        services.add(identityProvider);
        StalePids.record(settings.dataDir().resolve("pids"), allProcesses());
        // The broker starts while the provider does: neither needs the other.
        startKafka();
        awaitServiceReady(identityProvider);
        // The provider has created its signing key by now; tests sign the tokens they need with it.
        tokenIssuer = TokenMinter.withKeyFile(LocalIdentityProvider.issuer(settings),
                LocalIdentityProvider.signingKeyFile(settings), MINTED_TOKEN_LIFETIME);
        log.info("Starting the services, the operator console, the gateway and the web app");
        List<ManagedProcess> starting = new ArrayList<>();
        String checkInLinkSecret = LocalCheckInLinks.secret(settings);
        for (String service : SERVICE_NAMES) {
            serviceEnvironments.put(service, environment(settings, service, kafka.bootstrapServers(),
                    LocalIdentityProvider.trustedIssuer(settings), databaseUrls, System.getenv()));
            serviceEnvironments.get(service).putAll(LocalCheckInLinks.environment(settings, service, checkInLinkSecret));
            starting.add(startProcess(service));
        }
        // It reads the provider's discovery document at start-up (ready by now) and needs the gateway only per request.
        serviceEnvironments.put(LocalWebApp.NAME, LocalWebApp.environment(settings, webClientSecret, System.getenv()));
        starting.add(startProcess(LocalWebApp.NAME));
        services.addAll(starting);
        StalePids.record(settings.dataDir().resolve("pids"), allProcesses());
        for (ManagedProcess service : starting) {
            awaitServiceReady(service);
        }
        startFurtherReplicas(databaseUrls, checkInLinkSecret);
    }

    /**
     * Replicas 2 and up of the services that run several times, once the first of each is ready: it has migrated the
     * schema and loaded the demo data, so the others start on a database that is complete. The gateway already lists
     * them; until one answers, the requests it would take go to the others (a refused connection is sent on).
     */
    private void startFurtherReplicas(Map<String, String> databaseUrls, String checkInLinkSecret) {
        List<ManagedProcess> starting = new ArrayList<>();
        for (String service : ServiceReplicas.REPLICABLE) {
            for (int replica = 2; replica <= settings.replicas().of(service); replica++) {
                String name = ServiceReplicas.processName(service, replica);
                serviceEnvironments.put(name, environment(settings, name, kafka.bootstrapServers(),
                        LocalIdentityProvider.trustedIssuer(settings), databaseUrls, System.getenv()));
                serviceEnvironments.get(name).putAll(LocalCheckInLinks.environment(settings, service, checkInLinkSecret));
                starting.add(startProcess(name));
            }
        }
        if (starting.isEmpty()) {
            return;
        }
        log.info("Starting further replicas: {}", starting.stream().map(ManagedProcess::name).toList());
        services.addAll(starting);
        StalePids.record(settings.dataDir().resolve("pids"), allProcesses());
        for (ManagedProcess replica : starting) {
            awaitServiceReady(replica);
        }
    }

    /** The base URLs of every process of a service, replica 1 first. */
    public List<String> replicaUrls(String service) {
        List<String> urls = new ArrayList<>();
        for (int replica = 1; replica <= settings.replicas().of(service); replica++) {
            urls.add(ReplicaRouting.url(settings, service, replica));
        }
        return urls;
    }

    private void createDirectories() {
        try {
            Files.createDirectories(settings.logsDir());
            Files.createDirectories(settings.dataDir().resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + settings.logsDir(), e);
        }
    }

    private Map<String, String> startPostgres() {
        Map<String, String> urls = new HashMap<>();
        Optional<LauncherSettings.ExternalPostgres> external = settings.externalPostgres();
        if (external.isPresent()) {
            LauncherSettings.ExternalPostgres server = external.get();
            log.info("Using the external PostgreSQL server at {}", server.jdbcUrl());
            try (Connection admin = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password())) {
                for (String service : databaseOwners()) {
                    String database = databaseName(service);
                    PostgresDatabases.ensureExists(admin, database);
                    urls.put(service, withDatabase(server.jdbcUrl(), database));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot prepare databases on " + server.jdbcUrl() + ": " + e.getMessage(), e);
            }
            return urls;
        }
        log.info("Starting embedded PostgreSQL on 127.0.0.1:{}", settings.ports().postgres());
        startEmbeddedPostgres();
        for (String service : databaseOwners()) {
            urls.put(service, embeddedPostgres.createDatabase(databaseName(service)));
        }
        return urls;
    }

    private void startEmbeddedPostgres() {
        embeddedPostgres = EmbeddedPostgresServer.startPersistent(settings.dataDir().resolve("postgres"), settings.ports().postgres());
    }

    private void startKafka() {
        log.info("Starting Kafka: {} node(s) on 127.0.0.1, ports {}", settings.kafkaBrokers(),
                settings.kafkaNodes().stream().map(LauncherSettings.KafkaNode::port).toList());
        kafka = KafkaCluster.start(settings);
    }

    private ManagedProcess startProcess(String service) {
        return ManagedProcess.start(service, javaArguments(service), serviceEnvironments.get(service),
                settings.logsDir().resolve(service + ".log"));
    }

    /** Kills a service without warning (SIGKILL), as a crash would: no graceful shutdown, no hooks. */
    public synchronized void kill(String service) {
        ManagedProcess process = service(service);
        process.kill();
        services.remove(process);
    }

    /** Starts a service that was killed or stopped, and waits until it is ready. */
    public synchronized void start(String service) {
        if (services.stream().anyMatch(process -> process.name().equals(service))) {
            throw new IllegalStateException(service + " is already running");
        }
        ManagedProcess process = startProcess(service);
        services.add(process);
        StalePids.record(settings.dataDir().resolve("pids"), allProcesses());
        awaitServiceReady(process);
    }

    /** Stops every Kafka node (gracefully); the services keep running and retry. */
    public synchronized void stopKafka() {
        kafka.stop();
        kafka = null;
    }

    /** Starts every Kafka node again on the same ports and log directories, so no record is lost. */
    public synchronized void restartKafka() {
        if (kafka != null) {
            stopKafka();
        }
        startKafka();
        StalePids.record(settings.dataDir().resolve("pids"), allProcesses());
    }

    /** Kills one Kafka node (1 to {@link #kafkaBrokerCount()}) without warning (SIGKILL), as a crash would. */
    public synchronized void killKafkaBroker(int nodeId) {
        kafka.kill(nodeId);
    }

    /** Starts a killed Kafka node on the same ports and data, and waits until it is back in the cluster. */
    public synchronized void startKafkaBroker(int nodeId) {
        kafka.start(nodeId);
        StalePids.record(settings.dataDir().resolve("pids"), allProcesses());
    }

    public int kafkaBrokerCount() {
        return settings.kafkaBrokers();
    }

    /** Stops and starts the embedded PostgreSQL server with its data, as a database restart in production. */
    public synchronized void restartPostgres() {
        if (embeddedPostgres == null) {
            throw new IllegalStateException("The platform runs against an external PostgreSQL server");
        }
        embeddedPostgres.close();
        startEmbeddedPostgres();
    }

    private ManagedProcess service(String name) {
        return services.stream().filter(process -> process.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " is not running"));
    }

    private static List<String> databaseOwners() {
        return APPLICATIONS.stream().filter(name -> !WITHOUT_DATABASE.contains(name)).toList();
    }

    private static String databaseName(String service) {
        return service.replace('-', '_');
    }

    static String withDatabase(String jdbcUrl, String database) {
        int pathStart = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        int queryStart = jdbcUrl.indexOf('?');
        String base = pathStart < 0 ? (queryStart < 0 ? jdbcUrl : jdbcUrl.substring(0, queryStart)) : jdbcUrl.substring(0, pathStart);
        String query = queryStart < 0 ? "" : jdbcUrl.substring(queryStart);
        return base + "/" + database + query;
    }

    private List<String> javaArguments(String service) {
        List<String> arguments = new ArrayList<>(settings.jvmProfile().options());
        arguments.add("-Djava.io.tmpdir=" + settings.dataDir().resolve("tmp"));
        arguments.add("-jar");
        arguments.add(settings.servicesDir().resolve(ServiceReplicas.parse(service).service() + ".jar").toString());
        return arguments;
    }

    /** Whose tokens the services accept: the identity provider's, for the platform's audience. */
    record IssuerSettings(String issuer, String jwkSetUri, String audience) {
    }

    /**
     * What a service process is told. Everything is explicit: the services have no development defaults for
     * the token issuer, and bind to loopback only so the local run is never reachable from the network.
     *
     * @param process the service's name, or a further replica's ({@code booking-service-2}): same settings, its own port
     */
    static Map<String, String> environment(LauncherSettings settings, String process, String kafkaBootstrapServers,
            IssuerSettings tokens, Map<String, String> databaseUrls, Map<String, String> launcherEnvironment) {
        LauncherSettings.Ports ports = settings.ports();
        String service = ServiceReplicas.parse(process).service();
        Map<String, String> env = new HashMap<>();
        env.put("SERVER_ADDRESS", LOOPBACK);
        env.put("SERVER_PORT", Integer.toString(port(settings, process)));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        // The topics a service declares get a replica on every Kafka node (reliable-messaging, the operator console).
        env.put("CLINIC_MESSAGING_REPLICATIONFACTOR", Integer.toString(settings.kafkaBrokers()));
        if (service.equals(OPS_CONSOLE)) {
            env.put("CLINIC_OPS_HANDLEDREPLICATIONFACTOR", Integer.toString(settings.kafkaBrokers()));
        }
        env.put("JWT_ISSUER_URI", tokens.issuer());
        env.put("JWT_JWK_SET_URI", tokens.jwkSetUri());
        env.put("JWT_AUDIENCE", tokens.audience());
        env.put("CLINIC_DEMO_DATA", Boolean.toString(settings.demoData()));
        env.put("SMTP_HOST", LOOPBACK);
        env.put("SMTP_PORT", Integer.toString(ports.smtp()));
        // Human-readable log files for a local run unless the caller asks for JSON (LOG_FORMAT=json).
        env.put("LOG_FORMAT", launcherEnvironment.getOrDefault("LOG_FORMAT", "plain"));
        if (databaseUrls.containsKey(service)) {
            env.put("DB_URL", databaseUrls.get(service));
            LauncherSettings.ExternalPostgres external = settings.externalPostgres().orElse(null);
            env.put("DB_USERNAME", external != null ? external.username() : "postgres");
            env.put("DB_PASSWORD", external != null ? external.password() : "postgres");
        }
        env.put("CLINIC_GATEWAY_RATELIMIT_ENABLED", Boolean.toString(settings.gatewayRateLimits()));
        env.put("THERAPIST_SERVICE_URL", "http://" + LOOPBACK + ":" + ports.therapist());
        env.put("BOOKING_SERVICE_URL", "http://" + LOOPBACK + ":" + ports.booking());
        env.put("NOTIFICATION_SERVICE_URL", "http://" + LOOPBACK + ":" + ports.notification());
        // The API documents name the gateway as the server front ends (and "Try it out") call.
        env.put("API_DOCS_SERVER_URL", gatewayUrl(settings));
        if (service.equals(GATEWAY)) {
            // The operator console's page and API, which the gateway serves at /ops.
            env.put("OPS_CONSOLE_URL", "http://" + LOOPBACK + ":" + ports.opsConsole());
            // The gateway warns at start-up that this identity provider hands out demo tokens on request.
            env.put("CLINIC_LOCAL_RUN", "true");
            // The Swagger UI's Authorize button signs in at the identity provider (Spring Authorization Server's paths).
            env.put("API_DOCS_AUTHORIZATION_URL", tokens.issuer() + "/oauth2/authorize");
            env.put("API_DOCS_TOKEN_URL", tokens.issuer() + "/oauth2/token");
            // The web app runs here and passes its visitors' addresses on (per-IP rate limits, audit trail).
            env.put("GATEWAY_TRUSTED_PROXIES", LOOPBACK);
            env.putAll(ReplicaRouting.gatewayEnvironment(settings));
        }
        if (service.equals(OPS_CONSOLE)) {
            env.putAll(ReplicaRouting.opsConsoleEnvironment(settings));
        }
        return env;
    }

    int port(String service) {
        return port(settings, service);
    }

    /** @param process a service's name, or a further replica's ({@code booking-service-2}: the service's port + 100) */
    static int port(LauncherSettings settings, String process) {
        ServiceReplicas.Replica replica = ServiceReplicas.parse(process);
        return ServiceReplicas.port(servicePort(settings, replica.service()), replica.index());
    }

    private static int servicePort(LauncherSettings settings, String service) {
        LauncherSettings.Ports ports = settings.ports();
        if (ServiceReplicas.REPLICABLE.contains(service)) {
            return ports.port(service);
        }
        return switch (service) {
            case GATEWAY -> ports.gateway();
            case OPS_CONSOLE -> ports.opsConsole();
            case LocalIdentityProvider.NAME -> ports.identityProvider();
            case LocalWebApp.NAME -> ports.webApp();
            default -> throw new IllegalArgumentException("Unknown service " + service);
        };
    }

    private void awaitServiceReady(ManagedProcess service) {
        String url = "http://127.0.0.1:" + port(service.name()) + "/actuator/health/readiness";
        try {
            Readiness.await(service.name(), SERVICE_READY_TIMEOUT, service, () -> Readiness.answersOk(url));
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(service.name() + " was not ready within " + SERVICE_READY_TIMEOUT.toSeconds()
                    + " s. Last lines of " + service.logFile() + ":" + System.lineSeparator() + service.logTail(40), e);
        }
        log.info("{} is ready on port {}", service.name(), port(service.name()));
    }

    private List<ManagedProcess> allProcesses() {
        List<ManagedProcess> all = new ArrayList<>(services);
        if (kafka != null) {
            all.addAll(kafka.processes());
        }
        return all;
    }

    public String gatewayUrl() {
        return gatewayUrl(settings);
    }

    static String gatewayUrl(LauncherSettings settings) {
        return "http://" + LOOPBACK + ":" + settings.ports().gateway();
    }

    /** The web front end (sign-in, booking screens). */
    public String webAppUrl() {
        return LocalWebApp.url(settings);
    }

    /** The identity provider: the issuer of the platform's tokens and the base of its endpoints. */
    public String identityProviderUrl() {
        return LocalIdentityProvider.issuer(settings);
    }

    public String serviceUrl(String service) {
        return "http://127.0.0.1:" + port(service);
    }

    public String mailInboxUrl() {
        return "http://127.0.0.1:" + settings.ports().inbox();
    }

    public MailServer mailServer() {
        return mailServer;
    }

    /**
     * Mints tokens with any claims, signed with the identity provider's key and carrying its issuer, so the
     * platform accepts them as the provider's own: for tests and benchmarks, which need claims no demo user has.
     */
    public TokenMinter tokenIssuer() {
        return tokenIssuer;
    }

    public LauncherSettings settings() {
        return settings;
    }

    /** Process ids of the identity provider, the services and the Kafka nodes, by name, e.g. to measure their memory. */
    public Map<String, Long> processIds() {
        Map<String, Long> pids = new LinkedHashMap<>();
        allProcesses().forEach(process -> pids.put(process.name(), process.pid()));
        return pids;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public synchronized void close() {
        services.forEach(ManagedProcess::requestStop);
        services.forEach(service -> service.awaitStop(Duration.ofSeconds(30)));
        services.clear();
        if (kafka != null) {
            kafka.stop();
            kafka = null;
        }
        if (embeddedPostgres != null) {
            embeddedPostgres.close();
            embeddedPostgres = null;
        }
        for (int i = infrastructure.size() - 1; i >= 0; i--) {
            try {
                infrastructure.get(i).close();
            } catch (Exception e) {
                log.warn("Stopping {} failed: {}", infrastructure.get(i).getClass().getSimpleName(), e.toString());
            }
        }
        infrastructure.clear();
        StalePids.clear(settings.dataDir().resolve("pids"));
    }
}

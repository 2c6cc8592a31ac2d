package com.clinicnetwork.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPlatformEnvironmentTest {

    private static final LauncherSettings SETTINGS = LauncherSettings.fromEnvironment(Path.of("/opt/clinic/target"), Map.of());

    @TempDir
    Path dataDir;

    @Test
    void everyServiceIsBoundToLoopbackAndTrustsTheIdentityProviderForThePlatformsAudience() {
        for (String service : LocalPlatform.SERVICE_NAMES) {
            Map<String, String> env = LocalPlatform.environment(SETTINGS, service, "127.0.0.1:9092",
                    LocalIdentityProvider.trustedIssuer(SETTINGS), Map.of(service, "jdbc:postgresql://127.0.0.1:5433/x"), Map.of());

            assertThat(env).as(service)
                    .containsEntry("SERVER_ADDRESS", "127.0.0.1")
                    .containsEntry("SERVER_PORT", Integer.toString(LocalPlatform.port(SETTINGS, service)))
                    .containsEntry("JWT_ISSUER_URI", "http://127.0.0.1:9000")
                    .containsEntry("JWT_JWK_SET_URI", "http://127.0.0.1:9000/oauth2/jwks")
                    .containsEntry("JWT_AUDIENCE", "clinic-platform")
                    .containsEntry("API_DOCS_SERVER_URL", "http://127.0.0.1:8080");
        }
    }

    @Test
    void withAKafkaClusterEveryServiceReachesAllItsNodesAndDeclaresTopicsWithAReplicaOnEachNode() {
        LauncherSettings cluster = SETTINGS.withKafkaBrokers(3);
        LocalPlatform.IssuerSettings issuer = LocalIdentityProvider.trustedIssuer(cluster);
        String bootstrapServers = "127.0.0.1:9092,127.0.0.1:9094,127.0.0.1:9096";

        for (String service : LocalPlatform.SERVICE_NAMES) {
            assertThat(LocalPlatform.environment(cluster, service, bootstrapServers, issuer, Map.of(), Map.of())).as(service)
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers)
                    .containsEntry("CLINIC_MESSAGING_REPLICATIONFACTOR", "3");
        }
        assertThat(LocalPlatform.environment(cluster, "ops-console", bootstrapServers, issuer, Map.of(), Map.of()))
                .containsEntry("CLINIC_OPS_HANDLEDREPLICATIONFACTOR", "3");
        assertThat(LocalPlatform.environment(SETTINGS, "ops-console", "127.0.0.1:9092", issuer, Map.of(), Map.of()))
                .containsEntry("CLINIC_MESSAGING_REPLICATIONFACTOR", "1")
                .containsEntry("CLINIC_OPS_HANDLEDREPLICATIONFACTOR", "1");
        assertThat(LocalPlatform.environment(cluster, "booking-service", bootstrapServers, issuer, Map.of(), Map.of()))
                .doesNotContainKey("CLINIC_OPS_HANDLEDREPLICATIONFACTOR");
    }

    @Test
    void aFurtherReplicaIsTheSameServiceOnItsOwnPort() {
        LauncherSettings replicated = SETTINGS.withReplicas(ServiceReplicas.every(2));
        LocalPlatform.IssuerSettings issuer = LocalIdentityProvider.trustedIssuer(replicated);
        Map<String, String> databases = Map.of("booking-service", "jdbc:postgresql://127.0.0.1:5433/booking_service");

        Map<String, String> first = LocalPlatform.environment(replicated, "booking-service", "127.0.0.1:9092", issuer, databases, Map.of());
        Map<String, String> second = LocalPlatform.environment(replicated, "booking-service-2", "127.0.0.1:9092", issuer, databases,
                Map.of());

        assertThat(first).containsEntry("SERVER_PORT", "8082");
        assertThat(second).containsEntry("SERVER_PORT", "8182")
                .containsEntry("DB_URL", "jdbc:postgresql://127.0.0.1:5433/booking_service");
        second.remove("SERVER_PORT");
        first.remove("SERVER_PORT");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void withReplicasTheGatewayBalancesOverStaticListsAndTheConsoleAsksEveryReplica() {
        LauncherSettings replicated = SETTINGS.withReplicas(new ServiceReplicas(Map.of("booking-service", 3, "therapist-service", 1,
                "notification-service", 2)));
        LocalPlatform.IssuerSettings issuer = LocalIdentityProvider.trustedIssuer(replicated);

        Map<String, String> gateway = LocalPlatform.environment(replicated, "gateway", "127.0.0.1:9092", issuer, Map.of(), Map.of());
        Map<String, String> console = LocalPlatform.environment(replicated, "ops-console", "127.0.0.1:9092", issuer, Map.of(), Map.of());

        assertThat(gateway)
                .containsEntry("BOOKING_SERVICE_URL", "lb://booking-service")
                .containsEntry("NOTIFICATION_SERVICE_URL", "lb://notification-service")
                .containsEntry("THERAPIST_SERVICE_URL", "http://127.0.0.1:8081");
        assertThat(gateway.get("SPRING_APPLICATION_JSON"))
                .contains("\"booking-service\":[{\"uri\":\"http://127.0.0.1:8082\"},{\"uri\":\"http://127.0.0.1:8182\"},"
                        + "{\"uri\":\"http://127.0.0.1:8282\"}]")
                .contains("\"notification-service\":[{\"uri\":\"http://127.0.0.1:8083\"},{\"uri\":\"http://127.0.0.1:8183\"}]")
                .doesNotContain("therapist-service");
        assertThat(console.get("SPRING_APPLICATION_JSON"))
                .contains("\"booking-service-2\":\"http://127.0.0.1:8182\"", "\"booking-service-3\":\"http://127.0.0.1:8282\"",
                        "\"notification-service-2\":\"http://127.0.0.1:8183\"");
        assertThat(LocalPlatform.environment(SETTINGS, "gateway", "127.0.0.1:9092", issuer, Map.of(), Map.of()))
                .as("one process each: plain addresses")
                .containsEntry("BOOKING_SERVICE_URL", "http://127.0.0.1:8082")
                .doesNotContainKey("SPRING_APPLICATION_JSON");
    }

    @Test
    void theApiDocumentsNameTheGatewayOnItsConfiguredPortAsTheirServer() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(Path.of("/opt/clinic/target"), Map.of("GATEWAY_PORT", "18080"));

        assertThat(LocalPlatform.environment(settings, "booking-service", "127.0.0.1:9092", LocalIdentityProvider.trustedIssuer(settings),
                Map.of(), Map.of())).containsEntry("API_DOCS_SERVER_URL", "http://127.0.0.1:18080");
    }

    @Test
    void theGatewaysApiDocsSignInAtTheIdentityProviderAndItWarnsOfTheLocalRun() {
        assertThat(LocalPlatform.environment(SETTINGS, "gateway", "127.0.0.1:9092", LocalIdentityProvider.trustedIssuer(SETTINGS),
                Map.of(), Map.of()))
                .containsEntry("API_DOCS_AUTHORIZATION_URL", "http://127.0.0.1:9000/oauth2/authorize")
                .containsEntry("API_DOCS_TOKEN_URL", "http://127.0.0.1:9000/oauth2/token")
                .containsEntry("CLINIC_LOCAL_RUN", "true");
    }

    @Test
    void theGatewayServesTheOperatorConsoleFromItsOwnProcessWhichReadsKafkaAndTheServices() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(Path.of("/opt/clinic/target"), Map.of("OPS_CONSOLE_PORT", "18084"));
        LocalPlatform.IssuerSettings issuer = LocalIdentityProvider.trustedIssuer(settings);

        assertThat(LocalPlatform.environment(settings, "gateway", "127.0.0.1:9092", issuer, Map.of(), Map.of()))
                .containsEntry("OPS_CONSOLE_URL", "http://127.0.0.1:18084");
        assertThat(LocalPlatform.environment(settings, "ops-console", "127.0.0.1:9092", issuer, Map.of(), Map.of()))
                .containsEntry("SERVER_PORT", "18084")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
                .containsEntry("BOOKING_SERVICE_URL", "http://127.0.0.1:8082")
                .containsEntry("LOG_FORMAT", "plain")
                .doesNotContainKey("DB_URL")
                .doesNotContainKey("OPS_CONSOLE_URL");
        assertThat(LocalPlatform.APPLICATIONS.indexOf("ops-console")).isLessThan(LocalPlatform.APPLICATIONS.indexOf("gateway"));
    }

    @Test
    void theGatewayBelievesTheBrowserAddressesTheWebAppPassesOnFromLoopbackOnly() {
        LocalPlatform.IssuerSettings issuer = LocalIdentityProvider.trustedIssuer(SETTINGS);

        assertThat(LocalPlatform.environment(SETTINGS, "gateway", "127.0.0.1:9092", issuer, Map.of(), Map.of()))
                .containsEntry("GATEWAY_TRUSTED_PROXIES", "127.0.0.1");
        assertThat(LocalPlatform.environment(SETTINGS, "booking-service", "127.0.0.1:9092", issuer, Map.of(), Map.of()))
                .doesNotContainKey("GATEWAY_TRUSTED_PROXIES");
    }

    @Test
    void theWebAppSignsInAtTheIdentityProviderWithTheKeptSecretAndCallsTheGateway() {
        Map<String, String> env = LocalWebApp.environment(SETTINGS, "s3cret", Map.of());

        assertThat(env)
                .containsEntry("SERVER_ADDRESS", "127.0.0.1")
                .containsEntry("SERVER_PORT", "8070")
                .containsEntry("CLINIC_IDP_ISSUER", "http://127.0.0.1:9000")
                .containsEntry("CLINIC_WEB_CLIENT_SECRET", "s3cret")
                .containsEntry("CLINIC_GATEWAY_URL", "http://127.0.0.1:8080")
                .containsEntry("LOG_FORMAT", "plain");
        assertThat(LocalPlatform.APPLICATIONS).last().isEqualTo(LocalWebApp.NAME);
        assertThat(LocalPlatform.APPLICATIONS.indexOf(LocalWebApp.NAME)).isGreaterThan(LocalPlatform.APPLICATIONS.indexOf("gateway"));
    }

    @Test
    void theIdentityProviderSendsPeopleBackToTheWebAppsPort() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(Path.of("/opt/clinic/target"), Map.of("WEB_APP_PORT", "18070"));

        assertThat(LocalIdentityProvider.environment(settings, "jdbc:postgresql://db/identity_provider", "s", Map.of()))
                .containsEntry("CLINIC_WEB_REDIRECT_URIS", "http://127.0.0.1:18070/login/oauth2/code/clinic")
                .containsEntry("CLINIC_WEB_POST_LOGOUT_REDIRECT_URIS", "http://127.0.0.1:18070/");
        assertThat(LocalWebApp.environment(settings, "s", Map.of())).containsEntry("SERVER_PORT", "18070");
        assertThat(LocalPlatform.port(settings, LocalWebApp.NAME)).isEqualTo(18070);
    }

    @Test
    void theIdentityProviderIsBoundToLoopbackWithItsOwnDatabaseTheDemoUsersAndTheLocalTokenEndpoint() {
        Map<String, String> env = LocalIdentityProvider.environment(SETTINGS,
                "jdbc:postgresql://127.0.0.1:5433/identity_provider", "s3cret", Map.of());

        assertThat(env)
                .containsEntry("SERVER_ADDRESS", "127.0.0.1")
                .containsEntry("SERVER_PORT", "9000")
                .containsEntry("CLINIC_IDP_ISSUER", "http://127.0.0.1:9000")
                .containsEntry("CLINIC_IDP_SIGNING_KEY_FILE",
                        SETTINGS.dataDir().resolve("identity-provider").resolve("signing-key.json").toString())
                .containsEntry("CLINIC_WEB_CLIENT_SECRET", "s3cret")
                .containsEntry("CLINIC_IDP_LOCAL_TOKEN_ENDPOINT", "true")
                .containsEntry("CLINIC_DEMO_DATA", "true")
                .containsEntry("CLINIC_SWAGGER_UI_REDIRECT_URIS", "http://127.0.0.1:8080/swagger-ui/oauth2-redirect.html")
                .containsEntry("JWT_AUDIENCE", "clinic-platform")
                .containsEntry("DB_URL", "jdbc:postgresql://127.0.0.1:5433/identity_provider")
                .containsEntry("DB_USERNAME", "postgres")
                .containsEntry("LOG_FORMAT", "plain");
        assertThat(LocalIdentityProvider.trustedIssuer(SETTINGS).issuer()).isEqualTo(env.get("CLINIC_IDP_ISSUER"));
    }

    @Test
    void theIdentityProviderFollowsItsConfiguredPort() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(Path.of("/opt/clinic/target"),
                Map.of("IDENTITY_PROVIDER_PORT", "19000", "GATEWAY_PORT", "18080"));

        assertThat(LocalIdentityProvider.environment(settings, "jdbc:postgresql://db/identity_provider", "s", Map.of()))
                .containsEntry("SERVER_PORT", "19000")
                .containsEntry("CLINIC_IDP_ISSUER", "http://127.0.0.1:19000")
                .containsEntry("CLINIC_SWAGGER_UI_REDIRECT_URIS", "http://127.0.0.1:18080/swagger-ui/oauth2-redirect.html");
        assertThat(LocalIdentityProvider.trustedIssuer(settings).jwkSetUri()).isEqualTo("http://127.0.0.1:19000/oauth2/jwks");
    }

    @Test
    void theWebClientSecretIsMadeOnceKeptOwnerOnlyAndReusedAfterARestart() throws Exception {
        LauncherSettings settings = new LauncherSettings(dataDir, dataDir, dataDir, SETTINGS.ports(), Optional.empty(), true, true, JvmProfile.LOCAL, 1,
                ServiceReplicas.single());

        String first = LocalIdentityProvider.webClientSecret(settings);
        String again = LocalIdentityProvider.webClientSecret(settings);

        assertThat(first).hasSizeGreaterThanOrEqualTo(40).isEqualTo(again);
        Path file = LocalIdentityProvider.webClientSecretFile(settings);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Files.delete(file);
        assertThat(LocalIdentityProvider.webClientSecret(settings)).isNotEqualTo(first);
    }

    @Test
    void oneCheckInLinkSecretIsMadeOnceKeptOwnerOnlyAndGivenToTheServicesThatSignAndVerifyLinks() throws Exception {
        LauncherSettings settings = new LauncherSettings(dataDir, dataDir, dataDir, SETTINGS.ports(), Optional.empty(), true, true, JvmProfile.LOCAL, 1,
                ServiceReplicas.single());

        String secret = LocalCheckInLinks.secret(settings);

        assertThat(secret).hasSizeGreaterThanOrEqualTo(43).isEqualTo(LocalCheckInLinks.secret(settings))
                .isNotEqualTo(LocalIdentityProvider.webClientSecret(settings));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(LocalCheckInLinks.secretFile(settings))))
                .isEqualTo("rw-------");
        assertThat(LocalCheckInLinks.environment(settings, "booking-service", secret))
                .containsExactly(Map.entry("CLINIC_CHECK_IN_LINK_SECRET", secret));
        assertThat(LocalCheckInLinks.environment(settings, "notification-service", secret))
                .containsOnly(Map.entry("CLINIC_CHECK_IN_LINK_SECRET", secret), Map.entry("CLINIC_WEB_APP_URL", "http://127.0.0.1:8070"));
        assertThat(LocalCheckInLinks.environment(settings, "gateway", secret)).isEmpty();
        assertThat(LocalCheckInLinks.environment(settings, "therapist-service", secret)).isEmpty();
    }

    @Test
    void messagesLinkToTheWebAppOnItsConfiguredPort() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(Path.of("/opt/clinic/target"), Map.of("WEB_APP_PORT", "18070"));

        assertThat(LocalCheckInLinks.environment(settings, "notification-service", "s"))
                .containsEntry("CLINIC_WEB_APP_URL", "http://127.0.0.1:18070");
    }

    @Test
    void logsArePlainUnlessTheCallerAsksForJson() {
        LocalPlatform.IssuerSettings issuer = LocalIdentityProvider.trustedIssuer(SETTINGS);
        assertThat(LocalPlatform.environment(SETTINGS, "gateway", "127.0.0.1:9092", issuer, Map.of(), Map.of()))
                .containsEntry("LOG_FORMAT", "plain");
        assertThat(LocalPlatform.environment(SETTINGS, "gateway", "127.0.0.1:9092", issuer, Map.of(), Map.of("LOG_FORMAT", "json")))
                .containsEntry("LOG_FORMAT", "json");
        assertThat(LocalIdentityProvider.environment(SETTINGS, "jdbc:postgresql://db/x", "s", Map.of("LOG_FORMAT", "json")))
                .containsEntry("LOG_FORMAT", "json");
    }
}

package com.clinicnetwork.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

    private static final Path JAR_DIR = Path.of("/opt/clinic/local-launcher/target");

    @Test
    void defaultsMatchTheDocumentedPortsAndKeepDataInTheWorkingDirectory() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(JAR_DIR, Map.of());

        assertThat(settings.ports().gateway()).isEqualTo(8080);
        assertThat(settings.ports().webApp()).isEqualTo(8070);
        assertThat(settings.ports().identityProvider()).isEqualTo(9000);
        assertThat(settings.ports().postgres()).isEqualTo(5433);
        assertThat(settings.ports().kafka()).isEqualTo(9092);
        assertThat(settings.ports().smtp()).isEqualTo(3025);
        assertThat(settings.ports().webApp()).isEqualTo(8070);
        assertThat(settings.ports().opsConsole()).isEqualTo(8084);
        assertThat(settings.dataDir()).isEqualTo(Path.of(".local-run").toAbsolutePath());
        assertThat(settings.servicesDir()).isEqualTo(JAR_DIR.resolve("services"));
        assertThat(settings.externalPostgres()).isEmpty();
        assertThat(settings.demoData()).isTrue();
        assertThat(settings.gatewayRateLimits()).isTrue();
        assertThat(settings.jvmProfile()).isEqualTo(JvmProfile.LOCAL);
        assertThat(settings.kafkaBrokers()).isEqualTo(1);
        assertThat(settings.kafkaNodes()).containsExactly(new LauncherSettings.KafkaNode(1, 9092, 9093));
    }

    @Test
    void aClusterOfThreeKafkaNodesTakesThePortsAboveTheConfiguredOnesInPairs() {
        assertThat(LauncherSettings.fromEnvironment(JAR_DIR, Map.of("CLINIC_KAFKA_BROKERS", "3")).kafkaNodes()).containsExactly(
                new LauncherSettings.KafkaNode(1, 9092, 9093),
                new LauncherSettings.KafkaNode(2, 9094, 9095),
                new LauncherSettings.KafkaNode(3, 9096, 9097));
        assertThat(LauncherSettings.fromEnvironment(JAR_DIR, Map.of("CLINIC_KAFKA_BROKERS", " 3 ", "KAFKA_PORT", "19092",
                "KAFKA_CONTROLLER_PORT", "29093")).kafkaNodes()).containsExactly(
                new LauncherSettings.KafkaNode(1, 19092, 29093),
                new LauncherSettings.KafkaNode(2, 19094, 29095),
                new LauncherSettings.KafkaNode(3, 19096, 29097));
    }

    @Test
    void aTestPlatformHasFreePortsForEveryNodeOfAKafkaCluster() {
        LauncherSettings settings = LauncherSettings.forTests(Path.of("data"), Path.of("services"), Path.of("lib"));

        LauncherSettings cluster = settings.withKafkaBrokers(3);

        assertThat(settings.kafkaBrokers()).isEqualTo(1);
        assertThat(cluster).isEqualTo(new LauncherSettings(settings.dataDir(), settings.servicesDir(), settings.libDir(),
                settings.ports(), settings.externalPostgres(), settings.demoData(), settings.gatewayRateLimits(),
                settings.jvmProfile(), 3, settings.replicas()));
        List<Integer> otherPorts = List.of(settings.ports().gateway(), settings.ports().therapist(), settings.ports().booking(),
                settings.ports().notification(), settings.ports().identityProvider(), settings.ports().postgres(),
                settings.ports().smtp(), settings.ports().inbox(), settings.ports().webApp(), settings.ports().opsConsole());
        assertThat(cluster.kafkaNodes()).hasSize(3).allSatisfy(node -> {
            assertThat(List.of(node.port(), node.controllerPort())).doesNotContainAnyElementsOf(otherPorts)
                    .allSatisfy(port -> assertThat(port).isLessThan(TestPorts.ephemeralStart()).satisfies(LauncherSettingsTest::assertFree));
        });
    }

    @Test
    void anExternalPostgresAndOtherPortsComeFromTheEnvironment() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(JAR_DIR, Map.of(
                "CLINIC_POSTGRES_URL", "jdbc:postgresql://db.internal:5432/postgres",
                "CLINIC_POSTGRES_USER", "clinic", "GATEWAY_PORT", "18080", "WEB_APP_PORT", "18070", "CLINIC_DEMO_DATA", "false",
                "CLINIC_RATE_LIMITS", "false", "CLINIC_JVM_PROFILE", "Production"));

        assertThat(settings.externalPostgres()).hasValueSatisfying(postgres -> {
            assertThat(postgres.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/postgres");
            assertThat(postgres.username()).isEqualTo("clinic");
        });
        assertThat(settings.ports().gateway()).isEqualTo(18080);
        assertThat(settings.ports().webApp()).isEqualTo(18070);
        assertThat(settings.demoData()).isFalse();
        assertThat(settings.gatewayRateLimits()).isFalse();
        assertThat(settings.jvmProfile()).isEqualTo(JvmProfile.PRODUCTION);
        assertThat(settings.jvmProfile().options()).as("the Dockerfile's heap rule").contains("-XX:MaxRAMPercentage=75")
                .noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"));
    }

    @Test
    void rejectsInvalidConfigurationWithTheVariableName() {
        assertThatThrownBy(() -> LauncherSettings.fromEnvironment(JAR_DIR, Map.of("KAFKA_PORT", "ninety")))
                .hasMessageContaining("KAFKA_PORT");
        assertThatThrownBy(() -> LauncherSettings.fromEnvironment(JAR_DIR, Map.of("SMTP_PORT", "70000")))
                .hasMessageContaining("SMTP_PORT");
        assertThatThrownBy(() -> LauncherSettings.fromEnvironment(JAR_DIR, Map.of("WEB_APP_PORT", "0")))
                .hasMessageContaining("WEB_APP_PORT");
        assertThatThrownBy(() -> LauncherSettings.fromEnvironment(JAR_DIR, Map.of("OPS_CONSOLE_PORT", "console")))
                .hasMessageContaining("OPS_CONSOLE_PORT");
        assertThatThrownBy(() -> LauncherSettings.fromEnvironment(JAR_DIR, Map.of("CLINIC_POSTGRES_URL", "postgres://x")))
                .hasMessageContaining("CLINIC_POSTGRES_URL");
        assertThatThrownBy(() -> LauncherSettings.fromEnvironment(JAR_DIR, Map.of("CLINIC_JVM_PROFILE", "fast")))
                .hasMessageContaining("CLINIC_JVM_PROFILE");
        assertThatThrownBy(() -> LauncherSettings.fromEnvironment(JAR_DIR, Map.of("CLINIC_KAFKA_BROKERS", "2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("CLINIC_KAFKA_BROKERS must be 1 or 3, got: 2");
        assertThatThrownBy(() -> LauncherSettings.fromEnvironment(JAR_DIR, Map.of("CLINIC_KAFKA_BROKERS", "three")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CLINIC_KAFKA_BROKERS");
        assertThatThrownBy(() -> LauncherSettings.fromEnvironment(JAR_DIR, Map.of()).withKafkaBrokers(5))
                .hasMessageContaining("CLINIC_KAFKA_BROKERS");
        assertThatThrownBy(() -> LauncherSettings.fromEnvironment(JAR_DIR, Map.of("CLINIC_KAFKA_BROKERS", "3",
                "KAFKA_CONTROLLER_PORT", "9094"))).hasMessageContaining("KAFKA_PORT=9092").hasMessageContaining("KAFKA_CONTROLLER_PORT=9094");
        assertThatThrownBy(() -> LauncherSettings.fromEnvironment(JAR_DIR, Map.of("CLINIC_KAFKA_BROKERS", "3",
                "KAFKA_PORT", "65532"))).hasMessageContaining("KAFKA_PORT=65532");
    }

    private static void assertFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        } catch (IOException e) {
            throw new AssertionError("Port " + port + " is taken", e);
        }
    }

    @Test
    void pointsAnExternalServerUrlAtEachServicesDatabase() {
        assertThat(LocalPlatform.withDatabase("jdbc:postgresql://db:5432/postgres", "booking_service"))
                .isEqualTo("jdbc:postgresql://db:5432/booking_service");
        assertThat(LocalPlatform.withDatabase("jdbc:postgresql://db:5432/postgres?sslmode=require", "booking_service"))
                .isEqualTo("jdbc:postgresql://db:5432/booking_service?sslmode=require");
        assertThat(LocalPlatform.withDatabase("jdbc:postgresql://db:5432", "booking_service"))
                .isEqualTo("jdbc:postgresql://db:5432/booking_service");
    }

    @Test
    void replicasListenOnTheServicesPortPlusAHundredPerReplicaAndMayNotTakeAnotherPort() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(Path.of("target"), Map.of("CLINIC_REPLICAS", "3"));

        assertThat(settings.replicas().of("booking-service")).isEqualTo(3);
        assertThat(LocalPlatform.port(settings, "booking-service-3")).isEqualTo(8282);
        assertThatThrownBy(() -> LauncherSettings.fromEnvironment(Path.of("target"),
                Map.of("CLINIC_REPLICAS", "2", "THERAPIST_SERVICE_PORT", "8182")))
                .hasMessageStartingWith("Replica 2 of booking-service would listen on 8182");
    }
}

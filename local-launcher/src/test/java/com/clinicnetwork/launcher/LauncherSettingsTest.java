package com.clinicnetwork.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
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
}

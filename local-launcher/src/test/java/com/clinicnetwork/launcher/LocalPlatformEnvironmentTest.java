package com.clinicnetwork.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalPlatformEnvironmentTest {

    private static final LauncherSettings SETTINGS = LauncherSettings.fromEnvironment(Path.of("/opt/clinic/target"), Map.of());
    private static final LocalPlatform.IssuerSettings ISSUER = new LocalPlatform.IssuerSettings(
            "http://127.0.0.1:8090/dev-issuer", "http://127.0.0.1:8090/dev-issuer/jwks.json", "clinic-platform");

    @Test
    void everyServiceIsBoundToLoopbackAndToldWhoseTokensForWhichAudienceToTrust() {
        for (String service : LocalPlatform.SERVICE_NAMES) {
            Map<String, String> env = LocalPlatform.environment(SETTINGS, service, "127.0.0.1:9092", ISSUER,
                    Map.of(service, "jdbc:postgresql://127.0.0.1:5433/x"), Map.of());

            assertThat(env).as(service)
                    .containsEntry("SERVER_ADDRESS", "127.0.0.1")
                    .containsEntry("SERVER_PORT", Integer.toString(LocalPlatform.port(SETTINGS, service)))
                    .containsEntry("JWT_ISSUER_URI", "http://127.0.0.1:8090/dev-issuer")
                    .containsEntry("JWT_JWK_SET_URI", "http://127.0.0.1:8090/dev-issuer/jwks.json")
                    .containsEntry("JWT_AUDIENCE", "clinic-platform");
        }
    }

    @Test
    void logsArePlainUnlessTheCallerAsksForJson() {
        assertThat(LocalPlatform.environment(SETTINGS, "gateway", "127.0.0.1:9092", ISSUER, Map.of(), Map.of()))
                .containsEntry("LOG_FORMAT", "plain");
        assertThat(LocalPlatform.environment(SETTINGS, "gateway", "127.0.0.1:9092", ISSUER, Map.of(), Map.of("LOG_FORMAT", "json")))
                .containsEntry("LOG_FORMAT", "json");
    }
}

package com.clinicnetwork.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.testsupport.infrastructure.SharedInfrastructure;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Settings the provider cannot guess stop its start-up with a report naming what to set. */
@ExtendWith(OutputCaptureExtension.class)
class StartupIT {

    @Test
    void withoutAnIssuerStartUpFailsNamingTheVariable(CapturedOutput output) {
        assertThatThrownBy(() -> start("clinic.idp.issuer=")).hasRootCauseInstanceOf(MissingSettingException.class)
                .rootCause().hasMessageContaining("issuer is not set");
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START").contains("Set CLINIC_IDP_ISSUER");
    }

    @Test
    void anIssuerThatIsNoUrlIsRefused() {
        assertThatThrownBy(() -> start("clinic.idp.issuer=idp.example")).hasRootCauseInstanceOf(MissingSettingException.class)
                .rootCause().hasMessageContaining("CLINIC_IDP_ISSUER is not an http(s) URL");
    }

    @Test
    void withoutASigningKeyFileStartUpFails(CapturedOutput output) {
        assertThatThrownBy(() -> start("clinic.idp.issuer=http://127.0.0.1:9000", "clinic.idp.signing-key-file="))
                .hasRootCauseInstanceOf(MissingSettingException.class);
        assertThat(output.getAll()).contains("Set CLINIC_IDP_SIGNING_KEY_FILE");
    }

    @Test
    void theWebAppsClientWithoutItsSecretIsRefused(CapturedOutput output) {
        assertThatThrownBy(() -> start("clinic.idp.issuer=http://127.0.0.1:9000", "CLINIC_WEB_CLIENT_SECRET="))
                .hasRootCauseInstanceOf(MissingSettingException.class)
                .rootCause().hasMessageContaining("clinic-web is confidential but has no secret");
        assertThat(output.getAll()).contains("CLINIC_WEB_CLIENT_SECRET");
    }

    /** Starts the provider with working settings, except those given as {@code name=value}. */
    private static void start(String... changedSettings) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.port", "0");
        settings.put("spring.datasource.url", SharedInfrastructure.postgres().createDatabase("identity_provider_startup"));
        settings.put("spring.datasource.username", "postgres");
        settings.put("spring.datasource.password", "postgres");
        settings.put("clinic.idp.signing-key-file", RunningIdentityProvider.SIGNING_KEY_FILE.toString());
        settings.put("CLINIC_WEB_CLIENT_SECRET", RunningIdentityProvider.WEB_SECRET);
        settings.put("LOG_FORMAT", "plain");
        for (String setting : changedSettings) {
            settings.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
        }
        String[] args = settings.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
        new SpringApplicationBuilder(IdentityProviderApplication.class).run(args).close();
    }
}

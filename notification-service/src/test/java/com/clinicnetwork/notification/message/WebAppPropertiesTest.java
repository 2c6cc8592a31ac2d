package com.clinicnetwork.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

class WebAppPropertiesTest {

    @Test
    void theWebAppIsAnAbsoluteHttpOrHttpsAddress() {
        for (String usable : new String[] {"https://app.clinic.example", "http://127.0.0.1:8070", "https://clinic.example/app/"}) {
            assertThat(properties(usable).isBaseUrlUsable()).as(usable).isTrue();
        }
        for (String unusable : new String[] {"", "app.clinic.example", "/check-in", "ftp://app.clinic.example",
                "javascript:alert(1)", "https://user:pw@app.clinic.example", "https://app.clinic.example/?x=1",
                "https://app.clinic.example/#top", "https:///nohost"}) {
            assertThat(properties(unusable).isBaseUrlUsable()).as(unusable).isFalse();
        }
        assertThat(new WebAppProperties(null).isBaseUrlUsable()).isFalse();
    }

    @Test
    void withoutTheWebAppsAddressTheServiceDoesNotStartAndSaysWhatToSet() {
        ApplicationContextRunner service = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withUserConfiguration(BindsWebApp.class);

        service.run(context -> assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("clinic.web-app.base-url (CLINIC_WEB_APP_URL) must be the web app's absolute http or https"));
        service.withPropertyValues("clinic.web-app.base-url=app.clinic.example").run(context -> assertThat(context).hasFailed());
        service.withPropertyValues("clinic.web-app.base-url=https://app.clinic.example")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void linksStartWithTheBaseWithoutADoubleSlash() {
        assertThat(properties("https://app.clinic.example/").base()).isEqualTo("https://app.clinic.example");
        assertThat(properties("https://clinic.example/app").base()).isEqualTo("https://clinic.example/app");
    }

    @EnableConfigurationProperties(WebAppProperties.class)
    static class BindsWebApp {
    }

    private static WebAppProperties properties(String url) {
        return new WebAppProperties(URI.create(url));
    }
}

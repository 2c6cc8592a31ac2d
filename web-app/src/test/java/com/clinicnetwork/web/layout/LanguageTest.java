package com.clinicnetwork.web.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clinicnetwork.web.WebAppTestBase;
import jakarta.servlet.http.Cookie;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class LanguageTest extends WebAppTestBase {

    @Test
    void theBrowsersLanguageIsUsedUntilThePersonChoosesAnother() throws Exception {
        assertThat(page(get("/").header("Accept-Language", "de-DE"))).contains("lang=\"de\"", "Konto erstellen");

        Cookie choice = mvc.perform(get("/").param("lang", "en").header("Accept-Language", "de-DE")).andReturn().getResponse()
                .getCookie("CLINIC_WEB_LANG");
        assertThat(choice).isNotNull();
        assertThat(choice.isHttpOnly()).isTrue();
        assertThat(page(get("/").cookie(choice).header("Accept-Language", "de-DE"))).contains("lang=\"en\"", "Create an account");
    }

    @Test
    void aLanguageTheAppDoesNotSpeakFallsBackToEnglish() throws Exception {
        assertThat(page(get("/").header("Accept-Language", "fr-FR"))).contains("lang=\"en\"", "Create an account");
        assertThat(page(get("/").param("lang", "xx"))).contains("lang=\"en\"");
    }

    @Test
    void everyMessageHasAGermanTranslation() throws Exception {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");

        assertThat(german.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (var in = new ClassPathResource(name).getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

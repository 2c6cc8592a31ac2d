package com.clinicnetwork.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The staff screens speak English and German: every text exists in both, and none is left empty. */
class StaffMessagesTest {

    @Test
    void everyStaffTextHasAGermanTranslationAndNoneIsLeftOver() throws IOException {
        Properties english = load("/staff-messages.properties");
        Properties german = load("/staff-messages_de.properties");

        assertThat(german.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.values()).noneMatch(text -> text.toString().isBlank());
        assertThat(german.values()).noneMatch(text -> text.toString().isBlank());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(StaffMessagesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

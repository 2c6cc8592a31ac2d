package com.clinicnetwork.gateway.cors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CorsPropertiesTest {

    @Test
    void acceptsPlainOriginsAndIgnoresBlankEntries() {
        CorsProperties properties = new CorsProperties(List.of("https://app.clinic.example", " http://localhost:5173 ", ""),
                Duration.ofHours(1));

        assertThat(properties.allowedOrigins()).containsExactly("https://app.clinic.example", "http://localhost:5173");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "https://*.clinic.example", "app.clinic.example", "https://app.clinic.example/",
            "https://app.clinic.example/path", "ftp://app.clinic.example", "https://user@app.clinic.example"})
    void rejectsWildcardsAndAnythingThatIsNotAnOrigin(String origin) {
        assertThatIllegalArgumentException().isThrownBy(() -> new CorsProperties(List.of(origin), Duration.ofHours(1)));
    }
}

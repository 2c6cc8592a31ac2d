package com.clinicnetwork.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleConfigurationTest {

    private static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("de-DE"));

    @Test
    void theBrowsersFirstSupportedLanguageWinsWhateverItsRegion() {
        assertThat(LocaleConfiguration.bestMatch("de-AT,de;q=0.9,en;q=0.5", SUPPORTED)).isEqualTo(Locale.forLanguageTag("de-DE"));
        assertThat(LocaleConfiguration.bestMatch("fr-FR,en-US;q=0.8", SUPPORTED)).isEqualTo(Locale.forLanguageTag("en-GB"));
        assertThat(LocaleConfiguration.bestMatch("en-GB,de;q=0.9", SUPPORTED)).isEqualTo(Locale.forLanguageTag("en-GB"));
    }

    @Test
    void noUsableHeaderGivesTheFirstSupportedLanguage() {
        assertThat(LocaleConfiguration.bestMatch(null, SUPPORTED)).isEqualTo(Locale.forLanguageTag("en-GB"));
        assertThat(LocaleConfiguration.bestMatch("fr", SUPPORTED)).isEqualTo(Locale.forLanguageTag("en-GB"));
        assertThat(LocaleConfiguration.bestMatch(";;;=q", SUPPORTED)).isEqualTo(Locale.forLanguageTag("en-GB"));
    }
}

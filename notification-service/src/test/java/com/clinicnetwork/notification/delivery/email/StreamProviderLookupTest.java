package com.clinicnetwork.notification.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

class StreamProviderLookupTest {

    @Test
    void theProviderJakartaMailWouldScanTheClassPathForIsNamedAndExists() throws ClassNotFoundException {
        Class.forName(EmailSender.class.getName());

        assertThat(System.getProperty(EmailSender.STREAM_PROVIDER_PROPERTY)).isEqualTo(EmailSender.ANGUS_STREAM_PROVIDER);
        // The named class is the one the scan finds: a renamed provider would otherwise quietly bring the scan back.
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(EmailSender.ANGUS_STREAM_PROVIDER);
    }
}

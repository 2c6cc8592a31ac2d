package com.clinicnetwork.notification.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailPropertiesTest {

    private static final String FROM = "bookings@clinic-network.example";

    @Test
    void anIdleConnectionTimeoutThatIsNotPositiveIsRefusedNamingTheProperty() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MailProperties(FROM, Duration.ofSeconds(-5)))
                .withMessageContaining("clinic.mail.idle-connection-timeout").withMessageContaining("-5S");
        assertThatIllegalArgumentException().isThrownBy(() -> new MailProperties(FROM, Duration.ZERO))
                .withMessageContaining("clinic.mail.idle-connection-timeout");
    }

    @Test
    void aPositiveIdleConnectionTimeoutIsKept() {
        assertThat(new MailProperties(FROM, Duration.ofSeconds(30)).idleConnectionTimeout()).isEqualTo(Duration.ofSeconds(30));
    }
}

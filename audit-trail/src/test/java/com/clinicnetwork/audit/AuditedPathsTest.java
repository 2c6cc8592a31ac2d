package com.clinicnetwork.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditedPathsTest {

    private final AuditedPaths paths = new AuditedPaths(List.of(
            new AuditProperties.AuditedRecord("/api/v1/clients/*/notification-preferences", "notification-preferences"),
            new AuditProperties.AuditedRecord("/api/v1/clients/{id}/**", "client"),
            new AuditProperties.AuditedRecord("/api/v1/appointments", "appointment")));

    @Test
    void findsTheRecordTypeAndIdOfAnAuditedPath() {
        assertThat(paths.match("/api/v1/clients/40000000-0000-4000-8000-000000000001"))
                .contains(new AuditedPaths.Match("client", "40000000-0000-4000-8000-000000000001"));
        assertThat(paths.match("/api/v1/clients/abc/consents"))
                .contains(new AuditedPaths.Match("client", "abc"));
        assertThat(paths.match("/api/v1/appointments")).contains(new AuditedPaths.Match("appointment", null));
    }

    @Test
    void usesTheFirstMatchingPattern() {
        assertThat(paths.match("/api/v1/clients/abc/notification-preferences"))
                .contains(new AuditedPaths.Match("notification-preferences", null));
    }

    @Test
    void ignoresEverythingElse() {
        assertThat(paths.match("/api/v1/therapists/abc")).isEmpty();
        assertThat(paths.match("/api/v1/clientsX")).isEmpty();
        assertThat(paths.match("/actuator/health")).isEmpty();
    }

    @Test
    void rejectsAnInvalidPatternAtStartUp() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AuditedPaths(List.of(new AuditProperties.AuditedRecord("/api/{id/x", "client"))))
                .withMessageContaining("/api/{id/x");
    }
}

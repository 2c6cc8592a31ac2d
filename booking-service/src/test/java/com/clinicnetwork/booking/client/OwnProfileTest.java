package com.clinicnetwork.booking.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.servicedefaults.refusal.NotPermittedException;
import com.clinicnetwork.servicedefaults.refusal.StateConflictException;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OwnProfileTest {

    @Test
    void aPersonWithoutAProfileLinksTheNewOneToTheirSubject() {
        assertThat(OwnProfile.subjectToLink(client("7c9e6679-7425-40de-944b-e07fc1f90ae7", null)))
                .isEqualTo("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    }

    @Test
    void aClientWhoAlreadyHasAProfileIsToldWhichOne() {
        UUID existing = UUID.randomUUID();

        assertThatThrownBy(() -> OwnProfile.subjectToLink(client("someone", existing)))
                .isInstanceOfSatisfying(StateConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("client-profile-exists");
                    assertThat(e.details()).containsEntry("clientId", existing);
                });
    }

    @Test
    void aTokenWithoutAUsableSubjectCannotOwnAProfile() {
        for (String subject : new String[] {null, " ", "s".repeat(256)}) {
            assertThatThrownBy(() -> OwnProfile.subjectToLink(client(subject, null)))
                    .isInstanceOf(NotPermittedException.class);
        }
        assertThat(OwnProfile.subjectToLink(client("s".repeat(255), null))).hasSize(255);
    }

    private static ClinicUser client(String subject, UUID clientId) {
        return new ClinicUser(subject, Set.of(Role.CLIENT), Optional.ofNullable(clientId), Optional.empty(), Set.of());
    }
}

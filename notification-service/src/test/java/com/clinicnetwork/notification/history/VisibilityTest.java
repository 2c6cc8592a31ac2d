package com.clinicnetwork.notification.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.notification.delivery.NotificationStatus;
import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.message.MessageType;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VisibilityTest {

    private final UUID clientA = UUID.randomUUID();
    private final UUID clientB = UUID.randomUUID();
    private final UUID manchester = UUID.randomUUID();
    private final UUID leeds = UUID.randomUUID();

    @Test
    void aClientSeesOnlyTheirOwnWithRecipient() {
        Visibility visibility = Visibility.of(user(Set.of(Role.CLIENT), clientA, Set.of()));

        assertThat(visibility.everything()).isFalse();
        assertThat(visibility.ownClientId()).contains(clientA);
        assertThat(visibility.locationIds()).isEmpty();
        assertThat(visibility.mayReadRecipient(notification(clientA, manchester))).isTrue();
        assertThat(visibility.mayReadRecipient(notification(clientB, manchester))).isFalse();
    }

    @Test
    void frontDeskSeesItsLocationsWithRecipient() {
        Visibility visibility = Visibility.of(user(Set.of(Role.FRONT_DESK), null, Set.of(manchester)));

        assertThat(visibility.everything()).isFalse();
        assertThat(visibility.ownClientId()).isEmpty();
        assertThat(visibility.locationIds()).containsExactly(manchester);
        assertThat(visibility.mayReadRecipient(notification(clientA, manchester))).isTrue();
        assertThat(visibility.mayReadRecipient(notification(clientA, leeds))).isFalse();
    }

    @Test
    void aClinicAdminSeesEverythingWithRecipient() {
        Visibility visibility = Visibility.of(user(Set.of(Role.CLINIC_ADMIN), null, Set.of()));

        assertThat(visibility.everything()).isTrue();
        assertThat(visibility.mayReadRecipient(notification(clientA, leeds))).isTrue();
    }

    @Test
    void anOperatorSeesEverythingButNoRecipient() {
        Visibility visibility = Visibility.of(user(Set.of(Role.OPERATOR), null, Set.of()));

        assertThat(visibility.everything()).isTrue();
        assertThat(visibility.mayReadRecipient(notification(clientA, leeds))).isFalse();
    }

    @Test
    void aClientIdClaimGrantsNothingWithoutTheClientRole() {
        Visibility visibility = Visibility.of(user(Set.of(Role.THERAPIST), clientA, Set.of(manchester)));

        assertThat(visibility.everything()).isFalse();
        assertThat(visibility.ownClientId()).isEmpty();
        assertThat(visibility.locationIds()).isEmpty();
    }

    private static ClinicUser user(Set<Role> roles, UUID clientId, Set<UUID> locations) {
        return new ClinicUser("someone", roles, Optional.ofNullable(clientId), Optional.empty(), locations);
    }

    private static NotificationRecord notification(UUID clientId, UUID locationId) {
        return new NotificationRecord(UUID.randomUUID(), UUID.randomUUID(), null, clientId, locationId, Channel.EMAIL,
                MessageType.CONFIRMATION.template(), NotificationStatus.PENDING, 0, Instant.now(), null, null, "sam@example.com");
    }
}

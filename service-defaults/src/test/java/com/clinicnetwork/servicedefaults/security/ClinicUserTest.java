package com.clinicnetwork.servicedefaults.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class ClinicUserTest {

    private static final UUID CLIENT = UUID.fromString("40000000-0000-4000-8000-000000000001");
    private static final UUID LOCATION = UUID.fromString("10000000-0000-4000-8000-000000000001");

    @Test
    void readsRolesAndLinkedRecordsFromTheToken() {
        ClinicUser user = ClinicUser.from(jwt(Map.of("roles", List.of("CLIENT"), "client_id", CLIENT.toString())));

        assertThat(user.hasRole(Role.CLIENT)).isTrue();
        assertThat(user.isClient(CLIENT)).isTrue();
        assertThat(user.isClient(UUID.randomUUID())).isFalse();
        assertThat(user.therapistId()).isEmpty();
    }

    @Test
    void rolesOfOtherApplicationsGrantNothing() {
        ClinicUser user = ClinicUser.from(jwt(Map.of("roles", List.of("offline_access", "FRONT_DESK"),
                "location_ids", List.of(LOCATION.toString()))));

        assertThat(user.roles()).containsExactly(Role.FRONT_DESK);
        assertThat(user.worksAt(LOCATION)).isTrue();
        assertThat(user.worksAt(UUID.randomUUID())).isFalse();
    }

    @Test
    void aClientIdWithoutTheClientRoleDoesNotMakeSomeoneThatClient() {
        ClinicUser user = ClinicUser.from(jwt(Map.of("roles", List.of("OPERATOR"), "client_id", CLIENT.toString())));

        assertThat(user.isClient(CLIENT)).isFalse();
    }

    @Test
    void aClientWhoseTokenNamesNoClientIsLinkedBySubject() {
        ClientLinks links = subject -> "user-1".equals(subject) ? Optional.of(CLIENT) : Optional.empty();

        ClinicUser user = ClinicUser.from(jwt(Map.of("roles", List.of("CLIENT"))), links);

        assertThat(user.clientId()).contains(CLIENT);
        assertThat(user.isClient(CLIENT)).isTrue();
        assertThat(user.subject()).isEqualTo("user-1");
    }

    @Test
    void aClientWithoutAProfileStaysUnlinked() {
        ClinicUser user = ClinicUser.from(jwt(Map.of("roles", List.of("CLIENT"))), ClientLinks.NONE);

        assertThat(user.hasRole(Role.CLIENT)).isTrue();
        assertThat(user.clientId()).isEmpty();
    }

    @Test
    void theClientIdClaimWinsOverALinkAndIsNotLookedUp() {
        UUID linked = UUID.randomUUID();
        List<String> asked = new ArrayList<>();
        ClientLinks links = subject -> {
            asked.add(subject);
            return Optional.of(linked);
        };

        ClinicUser user = ClinicUser.from(jwt(Map.of("roles", List.of("CLIENT"), "client_id", CLIENT.toString())), links);

        assertThat(user.clientId()).contains(CLIENT);
        assertThat(asked).isEmpty();
    }

    @Test
    void onlyClientsAreLinkedBySubject() {
        List<String> asked = new ArrayList<>();
        ClientLinks links = subject -> {
            asked.add(subject);
            return Optional.of(CLIENT);
        };

        for (String role : List.of("THERAPIST", "FRONT_DESK", "CLINIC_ADMIN", "OPERATOR")) {
            ClinicUser user = ClinicUser.from(jwt(Map.of("roles", List.of(role))), links);
            assertThat(user.clientId()).as(role).isEmpty();
            assertThat(user.isClient(CLIENT)).as(role).isFalse();
        }
        assertThat(asked).isEmpty();
    }

    @Test
    void aMalformedPlatformClaimRejectsTheToken() {
        assertThatThrownBy(() -> ClinicUser.from(jwt(Map.of("roles", List.of("CLIENT"), "client_id", "not-a-uuid"))))
                .isInstanceOf(ClinicUser.InvalidClaimException.class)
                .hasMessageContaining("client_id");
        assertThatThrownBy(() -> ClinicUser.from(jwt(Map.of("roles", "CLIENT"))))
                .isInstanceOf(ClinicUser.InvalidClaimException.class)
                .hasMessageContaining("roles");
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256").subject("user-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}

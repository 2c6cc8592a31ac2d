package com.clinicnetwork.servicedefaults.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class CurrentUserArgumentResolverTest {

    private static final UUID CLIENT = UUID.fromString("40000000-0000-4000-8000-000000000007");

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void controllersGetTheClientLinkedToTheCallersSubject() {
        signIn(Jwt.withTokenValue("token").header("alg", "RS256").subject("self-registered-1")
                .claim("roles", List.of("CLIENT")).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build());
        CurrentUserArgumentResolver resolver = new CurrentUserArgumentResolver(
                subject -> "self-registered-1".equals(subject) ? Optional.of(CLIENT) : Optional.empty());

        ClinicUser user = resolver.resolveArgument(null, null, null, null);

        assertThat(user.isClient(CLIENT)).isTrue();
    }

    @Test
    void withoutABearerTokenThereIsNoUser() {
        assertThatThrownBy(() -> new CurrentUserArgumentResolver(ClientLinks.NONE).resolveArgument(null, null, null, null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static void signIn(Jwt token) {
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token));
    }
}

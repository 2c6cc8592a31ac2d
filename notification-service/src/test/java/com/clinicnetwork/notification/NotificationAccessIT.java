package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

class NotificationAccessIT extends IntegrationTestBase {

    private static final UUID MANCHESTER = UUID.randomUUID();
    private static final UUID LEEDS = UUID.randomUUID();

    private Booking clientA;
    private Booking clientB;

    @BeforeEach
    void twoClientsHaveBeenNotified() {
        clientA = Booking.fresh(MANCHESTER);
        clientB = Booking.fresh(LEEDS);
        send(booked(clientA));
        send(booked(clientB));
        await().atMost(Duration.ofSeconds(10)).until(() -> emailsTo(clientA.email()).size() == 1 && emailsTo(clientB.email()).size() == 1);
    }

    @Test
    void aClientSeesTheirOwnNotificationsAndNeverAnotherClients() {
        String tokenA = bearer(TokenClaims.client("a", clientA.clientId()));

        list("?appointmentId=" + clientA.appointmentId(), tokenA).expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].appointmentId").isEqualTo(clientA.appointmentId().toString())
                .jsonPath("$.items[0].recipient").isEqualTo(clientA.email());
        list("", tokenA).expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].appointmentId").isEqualTo(clientA.appointmentId().toString());
        list("?appointmentId=" + clientB.appointmentId(), tokenA).expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(0)
                .jsonPath("$.items").isEmpty();
        list("?clientId=" + clientB.clientId(), tokenA).expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(0);
    }

    @Test
    void frontDeskSeesOnlyItsLocations() {
        String manchesterDesk = bearer(TokenClaims.frontDesk("desk", List.of(MANCHESTER)));

        list("?clientId=" + clientA.clientId(), manchesterDesk).expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].recipient").isEqualTo(clientA.email());
        list("?appointmentId=" + clientB.appointmentId(), manchesterDesk).expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(0);
    }

    @Test
    void aClinicAdminSeesEveryNotificationWithItsRecipient() {
        String admin = bearer(TokenClaims.clinicAdmin("admin"));

        list("?appointmentId=" + clientB.appointmentId(), admin).expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].recipient").isEqualTo(clientB.email());
    }

    @Test
    void anOperatorSeesDeliveryStateButNoRecipient() {
        String operator = bearer(TokenClaims.operator("operator"));

        list("?appointmentId=" + clientA.appointmentId(), operator).expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].status").isEqualTo("SENT")
                .jsonPath("$.items[0].attempts").isEqualTo(1)
                .jsonPath("$.items[0].recipient").doesNotExist();
        list("?clientId=" + clientA.clientId(), operator).expectStatus().isOk().expectBody()
                .consumeWith(result -> assertThat(new String(result.getResponseBody()))
                        .doesNotContain(clientA.email()));
    }

    @Test
    void aTherapistMayNotReadClientMessages() {
        list("", bearer(TokenClaims.therapist("maya", UUID.randomUUID(), List.of(MANCHESTER))))
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        http.get().uri("/api/v1/notifications?appointmentId={id}", clientA.appointmentId()).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/unauthenticated");
    }

    @Test
    void invalidParametersAreRejectedAsProblems() {
        String admin = bearer(TokenClaims.clinicAdmin("admin"));

        list("?appointmentId=not-a-uuid", admin).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/validation")
                .jsonPath("$.errors[0].field").isEqualTo("appointmentId")
                .jsonPath("$.trace").doesNotExist();
        list("?size=0", admin).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
        list("?size=101", admin).expectStatus().isBadRequest();
        list("?page=-1", admin).expectStatus().isBadRequest();
    }

    @Test
    void listsArePaginated() {
        String admin = bearer(TokenClaims.clinicAdmin("admin"));

        list("?size=1&page=0", admin).expectStatus().isOk().expectBody()
                .jsonPath("$.size").isEqualTo(1)
                .jsonPath("$.page").isEqualTo(0)
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.totalPages").value(pages -> assertThat(((Number) pages).longValue())
                        .isGreaterThanOrEqualTo(2));
    }

    private RestTestClient.ResponseSpec list(String query, String token) {
        return http.get().uri("/api/v1/notifications" + query).header("Authorization", token).exchange();
    }
}

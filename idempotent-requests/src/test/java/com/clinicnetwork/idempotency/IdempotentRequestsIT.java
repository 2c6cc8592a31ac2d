package com.clinicnetwork.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.idempotency.testapp.IdempotencyTestApplication;
import com.clinicnetwork.idempotency.testapp.IdempotencyTestApplication.Note;
import com.clinicnetwork.idempotency.testapp.MovableClock;
import com.clinicnetwork.testsupport.infrastructure.UsesRealInfrastructure;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/** A service with one idempotent creating endpoint, on a real PostgreSQL, called over HTTP; time moved by its clock. */
@SpringBootTest(classes = IdempotencyTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@AutoConfigureRestTestClient
class IdempotentRequestsIT {

    private static final String PROBLEMS = "https://api.clinic-network.example/problems/";

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    IdempotencyProperties properties;

    @Autowired
    IdempotentRequestRepository records;

    @Autowired
    ExpiredRequestCleanup cleanup;

    private final String caller = "admin-" + UUID.randomUUID();
    private final String folder = "folder-" + UUID.randomUUID();

    @Test
    void aRepeatGetsTheFirstAnswerWithoutCreatingAgain() {
        String key = UUID.randomUUID().toString();

        EntityExchangeResult<Note> first = created(create(caller, folder, "Stretch twice a day", key));
        EntityExchangeResult<Note> repeat = created(create(caller, folder, "Stretch twice a day", key));

        assertThat(repeat.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(repeat.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());
        assertThat(notes()).isOne();
    }

    @Test
    void aKeyUsedForAnotherBodyOrPathIsUnprocessableWhileAnotherCallersSameKeyIsTheirs() {
        String key = UUID.randomUUID().toString();
        created(create(caller, folder, "Ice the knee", key));

        assertReused(create(caller, folder, "Heat the knee", key));
        assertReused(create(caller, folder + "-elsewhere", "Ice the knee", key));
        Note someoneElses = created(create("admin-" + UUID.randomUUID(), folder, "Ice the knee", key)).getResponseBody();

        assertThat(someoneElses.text()).isEqualTo("Ice the knee");
        assertThat(notes()).isEqualTo(2);
    }

    @Test
    void withoutAKeyEveryRequestCreates() {
        Note first = created(create(caller, folder, "Walk daily", null)).getResponseBody();
        Note second = created(create(caller, folder, "Walk daily", null)).getResponseBody();

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(notes()).isEqualTo(2);
    }

    @Test
    void aKeyHasOneTo255Characters() {
        for (String wrong : List.of(" ", "k".repeat(256))) {
            create(caller, folder, "Rest", wrong)
                    .expectStatus().isBadRequest()
                    .expectBody()
                    .jsonPath("$.type").isEqualTo(PROBLEMS + "validation")
                    .jsonPath("$.errors[0].field").isEqualTo(IdempotentRequests.HEADER);
        }
        created(create(caller, folder, "Rest", "k".repeat(255)));

        assertThat(notes()).isOne();
    }

    @Test
    void aFailedCreationKeepsNoRecordSoARepeatRunsAgain() {
        String key = UUID.randomUUID().toString();

        for (int attempt = 0; attempt < 2; attempt++) {
            create(caller, folder, IdempotencyTestApplication.REFUSED, key)
                    .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                    .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "note-refused");
        }

        assertThat(notes()).isZero();
        assertThat(keysOf(caller)).isEmpty();
    }

    @Test
    void aRepeatAfterTheRetentionIsANewRequestWhoseResultIsThenRepeated() {
        String key = UUID.randomUUID().toString();
        Note first = created(create(caller, folder, "Foam roller", key)).getResponseBody();

        clock.advance(properties.retention().plusSeconds(1));
        Note afterExpiry = created(create(caller, folder, "Foam roller", key)).getResponseBody();
        Note repeat = created(create(caller, folder, "Foam roller", key)).getResponseBody();

        assertThat(afterExpiry.id()).isNotEqualTo(first.id());
        assertThat(repeat).isEqualTo(afterExpiry);
        assertThat(notes()).isEqualTo(2);
    }

    @Test
    void theCleanupDeletesRecordsPastTheRetentionInBoundedBatchesAndKeepsYoungerOnes() {
        for (int i = 0; i < 5; i++) {
            created(create(caller, folder, "Old note " + i, UUID.randomUUID().toString()));
        }
        clock.advance(properties.retention().plusMinutes(1));
        String young = UUID.randomUUID().toString();
        created(create(caller, folder, "Young note", young));

        assertThat(records.deleteCreatedBefore(clock.instant().minus(properties.retention()), 2)).isEqualTo(2);
        assertThat(cleanup.deleteExpired()).isGreaterThanOrEqualTo(3);

        assertThat(keysOf(caller)).containsExactly(young);
        assertThat(cleanup.deleteExpired()).isZero();
    }

    private RestTestClient.ResponseSpec create(String subject, String folderName, String text, String idempotencyKey) {
        return http.post().uri("/api/v1/folders/{folder}/notes", folderName)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TokenClaims.clinicAdmin(subject)))
                .headers(headers -> {
                    if (idempotencyKey != null) {
                        headers.set(IdempotentRequests.HEADER, idempotencyKey);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("text", text))
                .exchange();
    }

    private static EntityExchangeResult<Note> created(RestTestClient.ResponseSpec response) {
        return response.expectStatus().isCreated().expectBody(Note.class).returnResult();
    }

    private static void assertReused(RestTestClient.ResponseSpec response) {
        response.expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "idempotency-key-reused");
    }

    private long notes() {
        return jdbc.sql("SELECT count(*) FROM note WHERE folder = :folder").param("folder", folder).query(Long.class).single();
    }

    private List<String> keysOf(String subject) {
        return jdbc.sql("SELECT idempotency_key FROM idempotent_request WHERE caller_subject = :subject")
                .param("subject", subject).query(String.class).list();
    }
}

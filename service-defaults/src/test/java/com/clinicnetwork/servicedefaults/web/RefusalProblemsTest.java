package com.clinicnetwork.servicedefaults.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import com.clinicnetwork.servicedefaults.refusal.NotFoundException;
import com.clinicnetwork.servicedefaults.refusal.NotPermittedException;
import com.clinicnetwork.servicedefaults.refusal.RuleRefusedException;
import com.clinicnetwork.servicedefaults.refusal.StateConflictException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class RefusalProblemsTest {

    private final ProblemHandlers handlers = new ProblemHandlers();

    @Test
    void aMissingRecordIsA404NamingWhatWasLookedFor() {
        UUID id = UUID.fromString("8d4c2b3a-1111-4222-8333-444455556666");

        ResponseEntity<ProblemDetail> response = handlers.notFound(new NotFoundException("Waitlist entry", id));

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getBody().getType()).isEqualTo(URI.create("https://api.clinic-network.example/problems/not-found"));
        assertThat(response.getBody().getTitle()).isEqualTo("Waitlist entry not found");
        assertThat(response.getBody().getDetail()).isEqualTo("Waitlist entry " + id + " does not exist or is not visible to you.");
    }

    @Test
    void aRefusedActionIsA403WithTheReason() {
        ResponseEntity<ProblemDetail> response = handlers.notPermitted(new NotPermittedException("Only the client may do this."));

        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getBody().getType().toString()).endsWith("/forbidden");
        assertThat(response.getBody().getDetail()).isEqualTo("Only the client may do this.");
    }

    @Test
    void anInvalidValueIsA400NamingTheField() {
        ResponseEntity<ProblemDetail> response = handlers.invalidValue(new InvalidValueException("to", "must be after from"));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().getType().toString()).endsWith("/validation");
        assertThat(response.getBody().getProperties()).containsEntry("errors", List.of(new FieldProblem("to", "must be after from")));
    }

    @Test
    void aStateConflictIsA409WithItsOwnTypeAndDetails() {
        StateConflictException conflict = new StateConflictException("check-in-already-answered", "Already answered",
                "This check-in has an answer.");
        conflict.with("answeredAt", "2026-12-01T10:00:00Z");

        ResponseEntity<ProblemDetail> response = handlers.stateConflict(conflict);

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().getType().toString()).endsWith("/check-in-already-answered");
        assertThat(response.getBody().getTitle()).isEqualTo("Already answered");
        assertThat(response.getBody().getProperties()).containsEntry("answeredAt", "2026-12-01T10:00:00Z");
    }

    @Test
    void aRuleRefusalIsA422WithItsOwnType() {
        ResponseEntity<ProblemDetail> response = handlers.ruleRefused(
                new RuleRefusedException("sms-code-invalid", "Wrong SMS code", "The code does not match."));

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody().getType().toString()).endsWith("/sms-code-invalid");
    }

    @Test
    void aDetailCannotOverwriteAStandardMember() {
        assertThatThrownBy(() -> new NotPermittedException("no").with("status", 200))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

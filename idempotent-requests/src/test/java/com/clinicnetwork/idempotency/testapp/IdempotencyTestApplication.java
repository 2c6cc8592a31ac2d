package com.clinicnetwork.idempotency.testapp;

import com.clinicnetwork.idempotency.IdempotentRequests;
import com.clinicnetwork.servicedefaults.security.ClinicSecurity;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** A tiny service with one creating endpoint, to watch idempotent requests from outside. */
@SpringBootApplication
public class IdempotencyTestApplication {

    /** The text of a note that is written and then refused, so its creation rolls back. */
    public static final String REFUSED = "refused";

    @Bean
    SecurityFilterChain security(HttpSecurity http, ClinicSecurity clinicSecurity) {
        return clinicSecurity.build(http, rules -> { });
    }

    @Bean
    MovableClock clock() {
        return new MovableClock(Instant.now());
    }

    public record NoteRequest(@NotBlank @Size(max = 100) String text) {
    }

    public record Note(UUID id, String folder, String text) {
    }

    @RestController
    static class Notes {

        private final IdempotentRequests requests;
        private final JdbcClient jdbc;

        Notes(IdempotentRequests requests, JdbcClient jdbc) {
            this.requests = requests;
            this.jdbc = jdbc;
        }

        @PostMapping("/api/v1/folders/{folder}/notes")
        ResponseEntity<Note> create(@PathVariable String folder, @Valid @RequestBody NoteRequest request,
                @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey, ClinicUser user) {
            Note note = requests.once(idempotencyKey, user.subject(), request, Note.class, () -> insert(folder, request));
            return ResponseEntity.created(URI.create("/api/v1/folders/" + folder + "/notes/" + note.id())).body(note);
        }

        private Note insert(String folder, NoteRequest request) {
            Note note = new Note(UUID.randomUUID(), folder, request.text());
            jdbc.sql("INSERT INTO note (id, folder, text) VALUES (:id, :folder, :text)").paramSource(note).update();
            if (REFUSED.equals(request.text())) {
                throw new ApiProblemException(HttpStatus.CONFLICT, "note-refused", "Note refused", "This note is refused.");
            }
            return note;
        }
    }
}

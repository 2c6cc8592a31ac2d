package com.clinicnetwork.audit.testapp;

import com.clinicnetwork.servicedefaults.security.ClinicSecurity;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A tiny service with client, appointment and directory endpoints, to watch the audit trail from outside. */
@SpringBootApplication
public class AuditTestApplication {

    @Bean
    SecurityFilterChain security(HttpSecurity http, ClinicSecurity clinicSecurity) {
        return clinicSecurity.build(http, rules -> { });
    }

    @RestController
    static class Records {

        @GetMapping("/api/v1/clients/{id}")
        Map<String, Object> client(@PathVariable UUID id, ClinicUser user) {
            if (!user.isClient(id)) {
                throw ApiProblemException.notFound("Client", id);
            }
            return Map.of("id", id);
        }

        @PostMapping("/api/v1/appointments")
        ResponseEntity<Map<String, Object>> book() {
            UUID id = UUID.randomUUID();
            return ResponseEntity.created(URI.create("/api/v1/appointments/" + id)).body(Map.of("id", id));
        }

        @PostMapping("/api/v1/appointments/{id}/cancel")
        Map<String, Object> cancel(@PathVariable UUID id) {
            return Map.of("id", id, "status", "CANCELLED");
        }

        @GetMapping("/api/v1/therapists")
        Map<String, Object> therapists() {
            return Map.of("items", java.util.List.of());
        }
    }
}

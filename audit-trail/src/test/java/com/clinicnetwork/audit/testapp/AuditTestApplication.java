package com.clinicnetwork.audit.testapp;

import com.clinicnetwork.servicedefaults.security.ClinicSecurity;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.audit.AuditedRecords;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

        /** A list read that reports the ids it answers with, as the services' list endpoints do. */
        @GetMapping("/api/v1/appointments")
        Map<String, Object> appointments(@RequestParam(defaultValue = "3") int count, HttpServletRequest request) {
            List<UUID> ids = Stream.generate(UUID::randomUUID).limit(count).toList();
            AuditedRecords.returned(request, "appointment", ids);
            return Map.of("items", ids.stream().map(id -> Map.of("id", id)).toList());
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
            return Map.of("items", List.of());
        }
    }
}

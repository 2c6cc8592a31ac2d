package com.clinicnetwork.notification.privacy;

import com.clinicnetwork.servicedefaults.security.ClinicUser;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** This service's part of a client's export; the gateway's {@code /api/v1/clients/{id}/export} assembles all parts. */
@RestController
class ClientExportController {

    private final PrivacyExport export;

    ClientExportController(PrivacyExport export) {
        this.export = export;
    }

    /** Internal: the gateway answers this path with every service's part (its own document describes it). */
    @GetMapping("/api/v1/clients/{id}/export")
    @Hidden
    NotificationExport export(@PathVariable UUID id, ClinicUser user) {
        return export.export(user, id);
    }
}

package com.clinicnetwork.booking.privacy;

import com.clinicnetwork.servicedefaults.security.ClinicUser;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's data rights: export (the gateway's {@code /api/v1/clients/{id}/export} assembles this with the other
 * services' parts), erasure and consents. Who may do what: {@link PrivacyAccess}.
 */
@RestController
@RequestMapping("/api/v1/clients/{id}")
@Tag(name = "Clients")
class ClientPrivacyController {

    private final ClientExport export;
    private final ClientErasure erasure;
    private final ConsentDecisions consents;

    ClientPrivacyController(ClientExport export, ClientErasure erasure, ConsentDecisions consents) {
        this.export = export;
        this.erasure = erasure;
        this.consents = consents;
    }

    /** Internal: the gateway answers this path with every service's part (its own document describes it). */
    @GetMapping("/export")
    @Hidden
    BookingExport export(@PathVariable UUID id, ClinicUser user) {
        return export.export(user, id);
    }

    /** 204 every time: erasing an erased client is not an error, it is already done. */
    @DeleteMapping
    @Operation(operationId = "eraseClient", summary = "Erase a client (the client, an admin)",
            description = "Personal fields are anonymised, future appointments cancelled, no message is sent to them again.")
    @ApiResponse(responseCode = "204", description = "Erased (also when already erased).")
    ResponseEntity<Void> erase(@PathVariable UUID id, ClinicUser user) {
        erasure.erase(user, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/consents")
    @Operation(operationId = "getClientConsents", summary = "Read a client's consents to care messages and marketing")
    ClientConsents consents(@PathVariable UUID id, ClinicUser user) {
        return consents.view(user, id);
    }

    @PutMapping("/consents")
    @Operation(operationId = "changeClientConsents", summary = "Give or withdraw consents (the client)")
    @ApiResponse(responseCode = "409", description = "`client-erased`.")
    ClientConsents changeConsents(@PathVariable UUID id, @RequestBody ConsentsRequest request, ClinicUser user) {
        return consents.change(user, id, request);
    }
}

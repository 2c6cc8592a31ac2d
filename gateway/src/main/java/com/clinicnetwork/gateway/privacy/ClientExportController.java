package com.clinicnetwork.gateway.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Collection;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/clients/{id}/export}: everything the platform holds about a client, as a JSON attachment.
 * Answered here rather than routed (controllers take precedence over the gateway's routes). The client exports
 * their own data; a clinic admin exports anyone's on the client's request; anyone else is told the client does
 * not exist, before any service is asked. The services check again with the same token. A client whose token names
 * no client record (a self-registered person) cannot be told from here, which keeps no data: the services decide,
 * by the link of their subject to the profile they created, and answer 404 for anyone else's.
 */
@RestController
@Tag(name = "Client data export", description = "Everything the platform holds about a client (GDPR art. 15), assembled from every service.")
class ClientExportController {

    private static final String ROLES_CLAIM = "roles";
    private static final String CLIENT_ID_CLAIM = "client_id";

    private final ClientDataExport export;
    private final JsonMapper json;

    ClientExportController(ClientDataExport export, JsonMapper json) {
        this.export = export;
        this.json = json;
    }

    @GetMapping("/api/v1/clients/{id}/export")
    @Operation(operationId = "exportClientData", summary = "Export everything the platform holds about a client (the client, an admin)",
            description = "One JSON attachment: `clientId`, `generatedAt` and `services`, each service's part as it reports it. All or nothing: a service that cannot answer makes it a 503.")
    @ApiResponse(responseCode = "200", description = "The export, as an attachment (`Content-Disposition`, `Cache-Control: no-store`).",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object", requiredProperties = {"clientId", "generatedAt", "services"})))
    Mono<ResponseEntity<String>> export(@PathVariable UUID id, @AuthenticationPrincipal Jwt token,
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!mayExport(token, id)) {
            return Mono.error(new ClientNotFoundException(id));
        }
        return export.export(id, authorization)
                .map(document -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename("client-" + id + "-export.json").build().toString())
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body(json.writeValueAsString(document)));
    }

    private static boolean mayExport(Jwt token, UUID clientId) {
        Collection<String> roles = token.getClaimAsStringList(ROLES_CLAIM);
        if (roles == null) {
            return false;
        }
        if (roles.contains("CLINIC_ADMIN")) {
            return true;
        }
        String ownClientId = token.getClaimAsString(CLIENT_ID_CLAIM);
        return roles.contains("CLIENT") && (ownClientId == null || clientId.toString().equals(ownClientId));
    }
}

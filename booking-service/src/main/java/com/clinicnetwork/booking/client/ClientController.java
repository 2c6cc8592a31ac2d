package com.clinicnetwork.booking.client;

import com.clinicnetwork.audit.AuditedRecords;
import com.clinicnetwork.idempotency.IdempotentRequests;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.security.Role;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.servicedefaults.web.ETags;
import com.clinicnetwork.servicedefaults.web.PageOf;
import com.clinicnetwork.servicedefaults.web.ProblemTypes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/clients")
@Tag(name = "Clients", description = "Client records: registration by staff, reading, search; a client's consents and erasure (GDPR).")
@Validated
class ClientController {

    private static final int MINIMUM_QUERY_LENGTH = 2;

    private final ClientRepository clients;
    private final ClientAccess access;
    private final ClientRegistration registration;
    private final IdempotentRequests idempotency;

    ClientController(ClientRepository clients, ClientAccess access, ClientRegistration registration,
            IdempotentRequests idempotency) {
        this.clients = clients;
        this.access = access;
        this.registration = registration;
        this.idempotency = idempotency;
    }

    /**
     * Staff register clients; a client creates their own profile (see {@link ClientRegistration}). A client's repeat with
     * the same {@code Idempotency-Key} gets the profile it created, without one the 409 that it exists.
     */
    @PostMapping
    @Operation(operationId = "registerClient", summary = "Register a client (front desk, admin), or create your own profile (client)",
            description = "A client without a profile creates their own, linked to the subject they sign in as; staff register anyone at their locations.")
    @ApiResponse(responseCode = "201", description = "Registered, with `Location` and `ETag`.")
    @ApiResponse(responseCode = "409", description = "`client-profile-exists`: the signed-in client already has a profile (`clientId`).")
    ResponseEntity<ClientView> create(@Valid @RequestBody CreateClientRequest request,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey, ClinicUser user) {
        ClientView client = idempotency.once(idempotencyKey, user.subject(), request, ClientView.class,
                () -> registration.register(user, request));
        return ResponseEntity.created(URI.create("/api/v1/clients/" + client.id()))
                .eTag(ETags.of(client.version()))
                .body(client);
    }

    /**
     * The caller's own profile (by the token's {@code client_id}, else the one linked to their subject): how a front end
     * tells whether a signed-in person still has to create it. The path rule keeps this to clients.
     */
    @GetMapping("/me")
    @Operation(operationId = "getOwnClientProfile", summary = "Read your own client profile (client)",
            description = "404 until the signed-in person has created it with `registerClient`.")
    @ApiResponse(responseCode = "404", description = "`not-found`: the signed-in person has no client profile yet.")
    ResponseEntity<ClientView> me(ClinicUser user, HttpServletRequest request) {
        Client client = user.clientId().flatMap(clients::find).orElseThrow(() -> new ApiProblemException(HttpStatus.NOT_FOUND,
                ProblemTypes.NOT_FOUND, "No client profile", "You have no client profile yet; create it with POST /api/v1/clients."));
        AuditedRecords.returned(request, "client", List.of(client.id()));
        return ResponseEntity.ok().eTag(ETags.of(client.version())).body(ClientView.of(client));
    }

    /** Whoever may not read the client (see {@link ClientAccess}) is told it does not exist: its existence is private too. */
    @GetMapping("/{id}")
    @Operation(operationId = "getClient", summary = "Read a client record")
    ResponseEntity<ClientView> get(@PathVariable UUID id, ClinicUser user) {
        if (!access.canRead(user, id)) {
            throw ApiProblemException.notFound("Client", id);
        }
        Client client = clients.find(id).orElseThrow(() -> ApiProblemException.notFound("Client", id));
        return ResponseEntity.ok().eTag(ETags.of(client.version())).body(ClientView.of(client));
    }

    /**
     * Finds clients by part of their name or email, so the front desk can book for someone without knowing their id:
     * front desk among the clients it may read (registered at, or with a non-cancelled appointment at, one of its
     * locations), clinic admins among all; the path rule in the security configuration keeps everyone else out.
     * {@code page} counts from 0.
     */
    @GetMapping
    @Operation(operationId = "searchClients", summary = "Find clients by part of their name or email (front desk, admin)")
    PageOf<ClientView> search(@Parameter(required = true, description = "Part of a first or last name or of an email address.",
                    schema = @Schema(minLength = MINIMUM_QUERY_LENGTH)) @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            ClinicUser user, HttpServletRequest request) {
        String text = q == null ? "" : q.strip();
        if (text.length() < MINIMUM_QUERY_LENGTH) {
            throw ApiProblemException.invalidField("q", "must be at least " + MINIMUM_QUERY_LENGTH + " characters");
        }
        PageOf<ClientView> found = clients.search(text, searchableLocations(user), page, size);
        AuditedRecords.returned(request, "client", found.items().stream().map(ClientView::id).toList());
        return found;
    }

    /** Empty: no limit (admins); otherwise the locations whose clients front desk may find. */
    private static Optional<Set<UUID>> searchableLocations(ClinicUser user) {
        if (user.hasRole(Role.CLINIC_ADMIN)) {
            return Optional.empty();
        }
        if (user.hasRole(Role.FRONT_DESK) && !user.locationIds().isEmpty()) {
            return Optional.of(user.locationIds());
        }
        throw new ApiProblemException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Access denied",
                "Only front desk staff at a location and clinic admins search clients.");
    }
}

package com.clinicnetwork.therapist.location;

import com.clinicnetwork.idempotency.IdempotentRequests;
import com.clinicnetwork.servicedefaults.security.ClinicUser;
import com.clinicnetwork.servicedefaults.web.ETags;
import com.clinicnetwork.servicedefaults.web.PageOf;
import com.clinicnetwork.therapist.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/locations")
@Tag(name = "Locations", description = "The chain's clinics: address, time zone, opening hours. Everyone signed in reads; admins change.")
class LocationController {

    private final LocationService service;
    private final IdempotentRequests idempotency;

    LocationController(LocationService service, IdempotentRequests idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @PostMapping
    @Operation(operationId = "createLocation", summary = "Open a location (admin)")
    @ApiResponse(responseCode = "201", description = "Created, with `Location` and `ETag`.")
    ResponseEntity<Location> create(@Valid @RequestBody LocationRequest request,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey, ClinicUser user) {
        Location location = idempotency.once(idempotencyKey, user.subject(), request, Location.class,
                () -> service.create(UUID.randomUUID(), request));
        return ResponseEntity.created(URI.create("/api/v1/locations/" + location.id())).eTag(ETags.of(location.version()))
                .body(location);
    }

    @GetMapping
    @Operation(operationId = "listLocations", summary = "List locations, by name")
    PageOf<Location> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageQuery.MAX_SIZE) int size) {
        return service.list(new PageQuery(page, size));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getLocation", summary = "Read a location")
    ResponseEntity<Location> get(@PathVariable UUID id) {
        Location location = service.get(id);
        return ResponseEntity.ok().eTag(ETags.of(location.version())).body(location);
    }

    /** Replaces the location; {@code "active": false} deactivates it. */
    @PutMapping("/{id}")
    @Operation(operationId = "replaceLocation", summary = "Replace a location (admin); `active: false` closes it")
    ResponseEntity<Location> update(@PathVariable UUID id, @Valid @RequestBody LocationRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Location location = service.update(id, request, ETags.expectedVersion(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(location.version())).body(location);
    }
}

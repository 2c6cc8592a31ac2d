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
@RequestMapping("/api/v1/locations/{locationId}/rooms")
@Tag(name = "Rooms", description = "A location's treatment tables and gym areas, which sessions need as well as a therapist. "
        + "Everyone signed in reads; admins add, change and deactivate them.")
class RoomController {

    private final RoomService service;
    private final IdempotentRequests idempotency;

    RoomController(RoomService service, IdempotentRequests idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @PostMapping
    @Operation(operationId = "addRoom", summary = "Add a room to a location (admin)")
    @ApiResponse(responseCode = "201", description = "Created, with `Location` and `ETag`.")
    @ApiResponse(responseCode = "409", description = "`conflict`: the location has a room of this name already.")
    ResponseEntity<Room> add(@PathVariable UUID locationId, @Valid @RequestBody RoomRequest request,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey, ClinicUser user) {
        Room room = idempotency.once(idempotencyKey, user.subject(), request, Room.class,
                () -> service.add(locationId, UUID.randomUUID(), request));
        return ResponseEntity.created(URI.create("/api/v1/locations/" + locationId + "/rooms/" + room.id()))
                .eTag(ETags.of(room.version())).body(room);
    }

    @GetMapping
    @Operation(operationId = "listRooms", summary = "List a location's rooms by name, active or not")
    PageOf<Room> list(@PathVariable UUID locationId, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageQuery.MAX_SIZE) int size) {
        return service.list(locationId, new PageQuery(page, size));
    }

    @GetMapping("/{roomId}")
    @Operation(operationId = "getRoom", summary = "Read a room")
    ResponseEntity<Room> get(@PathVariable UUID locationId, @PathVariable UUID roomId) {
        Room room = service.get(locationId, roomId);
        return ResponseEntity.ok().eTag(ETags.of(room.version())).body(room);
    }

    /** Replaces the room; {@code "active": false} deactivates it (rooms are never deleted). */
    @PutMapping("/{roomId}")
    @Operation(operationId = "replaceRoom", summary = "Replace a room (admin); `active: false` takes it out of booking")
    @ApiResponse(responseCode = "409", description = "`conflict`: another room of the location has this name.")
    ResponseEntity<Room> replace(@PathVariable UUID locationId, @PathVariable UUID roomId,
            @Valid @RequestBody RoomRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Room room = service.replace(locationId, roomId, request, ETags.expectedVersion(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(room.version())).body(room);
    }
}

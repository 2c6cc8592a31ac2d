package com.clinicnetwork.booking.availability;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Free slots. Open to every signed-in user: slots name no client, and clients need them to book.
 */
@RestController
@RequestMapping("/api/v1/availability")
@Tag(name = "Availability", description = "Free slots to book.")
class AvailabilityController {

    private final AvailabilityService availability;
    private final JsonMapper json;

    AvailabilityController(AvailabilityService availability, JsonMapper json) {
        this.availability = availability;
        this.json = json;
    }

    /**
     * Slots starting in [from, to), earliest first, with times in the location's offset on that date. A week of a busy
     * location is thousands of slots: the JSON is written (and gzipped, for clients that accept it) once per answer and
     * sent again while the answer is cached.
     */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "findFreeSlots", summary = "Free slots for a treatment at a location",
            description = "Slots starting in [from, to), earliest first, at most 31 days apart, with times in the location's offset on that date.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            array = @ArraySchema(schema = @Schema(implementation = SlotView.class))))
    ResponseEntity<byte[]> freeSlots(@RequestParam UUID locationId, @RequestParam UUID treatmentId,
            @RequestParam(required = false) UUID therapistId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        AvailabilityService.LocatedSlots found = availability.freeSlots(locationId, treatmentId,
                Optional.ofNullable(therapistId), from.toInstant(), to.toInstant());
        byte[] rendered = found.rendered().get(() -> json.writeValueAsBytes(views(found)));
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .varyBy(HttpHeaders.ACCEPT_ENCODING);
        if (GzipEncoding.accepted(acceptEncoding)) {
            return answer.header(HttpHeaders.CONTENT_ENCODING, "gzip")
                    .body(found.gzipped().get(() -> GzipEncoding.compress(rendered)));
        }
        return answer.body(rendered);
    }

    private static List<SlotView> views(AvailabilityService.LocatedSlots found) {
        ZoneId zone = found.location().timeZone();
        return found.slots().stream()
                .map(slot -> new SlotView(slot.therapistId(), slot.startsAt().atZone(zone).toOffsetDateTime(),
                        slot.endsAt().atZone(zone).toOffsetDateTime()))
                .toList();
    }

    record SlotView(UUID therapistId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
    }
}

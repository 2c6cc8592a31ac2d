package com.clinicnetwork.booking.policy;

import com.clinicnetwork.booking.directory.DirectoryRepository;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import com.clinicnetwork.servicedefaults.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A location's booking policy. Anyone signed in may read it (front ends show the cancellation terms);
 * the security configuration limits replacing it to clinic admins.
 */
@RestController
@RequestMapping("/api/v1/locations/{locationId}/booking-policy")
@Tag(name = "Booking policies", description = "Per location: minimum notice, booking horizon, slot interval, late-cancellation window and when a booking is flagged at risk of a no-show.")
class BookingPolicyController {

    private final BookingPolicyRepository policies;
    private final DirectoryRepository directory;

    BookingPolicyController(BookingPolicyRepository policies, DirectoryRepository directory) {
        this.policies = policies;
        this.directory = directory;
    }

    @GetMapping
    @Operation(operationId = "getBookingPolicy", summary = "Read the booking policy that applies at a location")
    ResponseEntity<BookingPolicyView> get(@PathVariable UUID locationId) {
        requireKnownLocation(locationId);
        BookingPolicyView view = current(locationId);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @PutMapping
    @Operation(operationId = "replaceBookingPolicy", summary = "Set a location's booking policy (admin)")
    ResponseEntity<BookingPolicyView> put(@PathVariable UUID locationId, @Valid @RequestBody BookingPolicyRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        requireKnownLocation(locationId);
        long version = policies.save(locationId, request, ETags.expectedVersion(ifMatch))
                .orElseThrow(() -> ETags.stale("booking policy"));
        BookingPolicy saved = new BookingPolicy(Duration.ofMinutes(request.minimumNoticeMinutes()),
                Duration.ofDays(request.bookingHorizonDays()), Duration.ofMinutes(request.slotIntervalMinutes()),
                Duration.ofMinutes(request.lateCancellationWindowMinutes()));
        return ResponseEntity.ok().eTag(ETags.of(version))
                .body(BookingPolicyView.of(locationId, saved, policies.riskThresholdsOf(request), false, version));
    }

    private BookingPolicyView current(UUID locationId) {
        return policies.find(locationId)
                .map(stored -> BookingPolicyView.of(locationId, stored.policy(), stored.risk(), false, stored.version()))
                .orElseGet(() -> BookingPolicyView.of(locationId, policies.defaultPolicy(), policies.defaultRisk(), true, 0));
    }

    private void requireKnownLocation(UUID locationId) {
        if (directory.findLocation(locationId).isEmpty()) {
            throw ApiProblemException.notFound("Location", locationId);
        }
    }
}

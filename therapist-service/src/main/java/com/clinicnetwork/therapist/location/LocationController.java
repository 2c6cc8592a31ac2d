package com.clinicnetwork.therapist.location;

import com.clinicnetwork.therapist.web.PageQuery;
import com.clinicnetwork.therapist.web.Paged;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/locations")
class LocationController {

    private final LocationService service;

    LocationController(LocationService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<Location> create(@Valid @RequestBody LocationRequest request) {
        Location location = service.create(UUID.randomUUID(), request);
        return ResponseEntity.created(URI.create("/api/v1/locations/" + location.id())).body(location);
    }

    @GetMapping
    Paged<Location> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageQuery.MAX_SIZE) int size) {
        return service.list(new PageQuery(page, size));
    }

    @GetMapping("/{id}")
    Location get(@PathVariable UUID id) {
        return service.get(id);
    }
}

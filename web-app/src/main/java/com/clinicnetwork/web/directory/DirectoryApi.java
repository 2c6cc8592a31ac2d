package com.clinicnetwork.web.directory;

import com.clinicnetwork.web.gateway.GatewayApi;
import com.clinicnetwork.web.gateway.Page;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/** The clinic directory through the gateway ({@code /api/v1/locations|treatments|therapists}), as the signed-in person. */
@Component
public class DirectoryApi {

    /** The directory's largest page; a chain's locations and treatments fit in one. */
    private static final int ALL = 100;

    private final RestClient api;

    public DirectoryApi(GatewayApi gateway) {
        this.api = gateway.signedIn();
    }

    public List<Location> locations() {
        return api.get().uri("/api/v1/locations?size={size}", ALL).retrieve()
                .body(new ParameterizedTypeReference<Page<Location>>() { }).items();
    }

    public Map<UUID, Location> locationsById() {
        return locations().stream().collect(Collectors.toMap(Location::id, Function.identity()));
    }

    public Location location(UUID id) {
        return api.get().uri("/api/v1/locations/{id}", id).retrieve().body(Location.class);
    }

    public List<Treatment> treatments() {
        return api.get().uri("/api/v1/treatments?size={size}", ALL).retrieve()
                .body(new ParameterizedTypeReference<Page<Treatment>>() { }).items();
    }

    public Treatment treatment(UUID id) {
        return api.get().uri("/api/v1/treatments/{id}", id).retrieve().body(Treatment.class);
    }

    public Therapist therapist(UUID id) {
        return api.get().uri("/api/v1/therapists/{id}", id).retrieve().body(Therapist.class);
    }

    /** Active therapists matching every filter given (each may be empty), by name. */
    public Page<Therapist> therapists(TherapistSearch search, int page) {
        return api.get().uri(uri -> query(uri.path("/api/v1/therapists"), search)
                        .queryParam("active", true).queryParam("page", page).queryParam("size", 20)
                        .build(Map.of("q", search.text().orElse(""))))
                .retrieve().body(new ParameterizedTypeReference<Page<Therapist>>() { });
    }

    /** Every active therapist of the chain (one page of the directory's largest size), e.g. to name them in lists. */
    public List<Therapist> allTherapists() {
        return api.get().uri("/api/v1/therapists?active=true&size={size}", ALL).retrieve()
                .body(new ParameterizedTypeReference<Page<Therapist>>() { }).items();
    }

    public List<Therapist> therapistsOffering(UUID locationId, UUID treatmentId) {
        return therapists(new TherapistSearch(Optional.empty(), Optional.of(treatmentId), Optional.of(locationId),
                Optional.empty()), 0).items();
    }

    /** Free text goes in as a URI variable, so it is encoded as a value ({@code &}, {@code +} and all). */
    private static UriBuilder query(UriBuilder uri, TherapistSearch search) {
        search.specialty().ifPresent(specialty -> uri.queryParam("specialty", specialty.name()));
        search.treatmentId().ifPresent(id -> uri.queryParam("treatmentId", id));
        search.locationId().ifPresent(id -> uri.queryParam("locationId", id));
        search.text().ifPresent(text -> uri.queryParam("q", "{q}"));
        return uri;
    }
}

package com.clinicnetwork.web.staff;

import com.clinicnetwork.web.gateway.GatewayApi;
import com.clinicnetwork.web.gateway.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Reads of the clinic directory ({@code /api/v1/locations|treatments|therapists}, a location's rooms) for the staff screens. */
@Component
public class StaffDirectoryApi {

    /** The directory's largest page. */
    private static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 20;

    private final RestClient api;

    public StaffDirectoryApi(GatewayApi gateway) {
        this.api = gateway.signedIn();
    }

    public List<DirectoryLocation> locations() {
        return all("/api/v1/locations", Map.of(), new ParameterizedTypeReference<Page<DirectoryLocation>>() { });
    }

    public Map<UUID, DirectoryLocation> locationsById() {
        return locations().stream().collect(Collectors.toMap(DirectoryLocation::id, Function.identity()));
    }

    public DirectoryLocation location(UUID id) {
        return api.get().uri("/api/v1/locations/{id}", id).retrieve().body(DirectoryLocation.class);
    }

    public List<DirectoryTreatment> treatments() {
        return all("/api/v1/treatments", Map.of(), new ParameterizedTypeReference<Page<DirectoryTreatment>>() { });
    }

    public DirectoryTreatment treatment(UUID id) {
        return api.get().uri("/api/v1/treatments/{id}", id).retrieve().body(DirectoryTreatment.class);
    }

    /** The location's rooms by name, active or not. */
    public List<DirectoryRoom> rooms(UUID locationId) {
        return all("/api/v1/locations/" + locationId + "/rooms", Map.of(),
                new ParameterizedTypeReference<Page<DirectoryRoom>>() { });
    }

    public DirectoryRoom room(UUID locationId, UUID roomId) {
        return api.get().uri("/api/v1/locations/{id}/rooms/{roomId}", locationId, roomId).retrieve().body(DirectoryRoom.class);
    }

    public DirectoryTherapist therapist(UUID id) {
        return api.get().uri("/api/v1/therapists/{id}", id).retrieve().body(DirectoryTherapist.class);
    }

    /** Every therapist, active or not, by name. */
    public List<DirectoryTherapist> therapists() {
        return all("/api/v1/therapists", Map.of(), new ParameterizedTypeReference<Page<DirectoryTherapist>>() { });
    }

    /** The active therapists working at the location, by name. */
    public List<DirectoryTherapist> activeTherapistsAt(UUID locationId) {
        return all("/api/v1/therapists", Map.of("locationId", locationId, "active", true),
                new ParameterizedTypeReference<Page<DirectoryTherapist>>() { });
    }

    private <T> List<T> all(String path, Map<String, Object> filters, ParameterizedTypeReference<Page<T>> type) {
        List<T> result = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            int current = page;
            Page<T> found = api.get().uri(uri -> {
                        uri.path(path);
                        filters.forEach(uri::queryParam);
                        return uri.queryParam("page", current).queryParam("size", PAGE_SIZE).build();
                    })
                    .retrieve().body(type);
            result.addAll(found.items());
            if (!found.hasNext()) {
                break;
            }
        }
        return result;
    }
}

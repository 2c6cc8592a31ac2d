package com.clinicnetwork.therapist.location;

import com.clinicnetwork.therapist.web.PageQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class LocationRepository {

    private static final String COLUMNS = "id, name, address, time_zone, active, version";

    private final JdbcClient jdbc;

    LocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Location location) {
        jdbc.sql("INSERT INTO locations (" + COLUMNS + ") VALUES (:id, :name, :address, :timeZone, :active, :version)")
                .paramSource(location)
                .update();
    }

    public Optional<Location> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM locations WHERE id = :id")
                .param("id", id)
                .query(Location.class)
                .optional();
    }

    public List<Location> findAllById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM locations WHERE id IN (:ids) ORDER BY name, id")
                .param("ids", ids)
                .query(Location.class)
                .list();
    }

    /** @return those of {@code ids} that exist */
    public Set<UUID> existing(Collection<UUID> ids) {
        return findAllById(ids).stream().map(Location::id).collect(Collectors.toSet());
    }

    List<Location> findPage(PageQuery page) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM locations ORDER BY name, id LIMIT :limit OFFSET :offset")
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(Location.class)
                .list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM locations").query(Long.class).single();
    }
}

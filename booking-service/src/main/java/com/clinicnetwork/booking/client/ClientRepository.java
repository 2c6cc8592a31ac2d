package com.clinicnetwork.booking.client;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ClientRepository {

    private final JdbcClient jdbc;

    ClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false if a client with this id already exists (the existing one is kept) */
    public boolean insertIfAbsent(Client client) {
        return jdbc.sql("""
                        INSERT INTO client (id, first_name, last_name, email, phone, time_zone, locale, version)
                        VALUES (:id, :firstName, :lastName, :email, :phone, :timeZone, :locale, :version)
                        ON CONFLICT (id) DO NOTHING
                        """)
                .paramSource(client)
                .update() == 1;
    }

    public Optional<Client> find(UUID id) {
        return jdbc.sql("SELECT id, first_name, last_name, email, phone, time_zone, locale, version FROM client WHERE id = :id")
                .param("id", id)
                .query(Client.class)
                .optional();
    }

    public boolean isEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM client)").query(Boolean.class).single();
    }
}

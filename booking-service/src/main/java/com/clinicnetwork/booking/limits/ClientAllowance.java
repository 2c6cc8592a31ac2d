package com.clinicnetwork.booking.limits;

import com.clinicnetwork.booking.client.ClientRepository;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enforces {@link ClientLimitsProperties}. Counting happens under the client's row lock, taken before any
 * therapist's calendar lock, so concurrent requests for one client are judged one after the other.
 */
@Component
public class ClientAllowance {

    public static final String PROBLEM_TYPE = "client-limit-reached";

    private final ClientRepository clients;
    private final JdbcClient jdbc;
    private final ClientLimitsProperties limits;
    private final Clock clock;

    ClientAllowance(ClientRepository clients, JdbcClient jdbc, ClientLimitsProperties limits, Clock clock) {
        this.clients = clients;
        this.jdbc = jdbc;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Locks the client and refuses the request if it would take them past a limit.
     *
     * @throws ApiProblemException 409 {@value #PROBLEM_TYPE} naming the limit, 409 {@code client-erased}, or 400 if the
     *                             client does not exist
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void require(UUID clientId, Holdings adding) {
        ClientRepository.LockedClient client = clients.lock(clientId)
                .orElseThrow(() -> ApiProblemException.invalidField("clientId", "no client with this id"));
        if (client.erased()) {
            throw new ApiProblemException(HttpStatus.CONFLICT, "client-erased", "Client erased",
                    "This client's personal data has been erased; nothing can be booked for them any more.");
        }
        Limit.firstExceeded(limits, holdings(clientId), adding).ifPresent(limit -> {
            throw new ApiProblemException(HttpStatus.CONFLICT, PROBLEM_TYPE, "Client limit reached",
                    "A client may hold at most " + limit.maximum(limits) + " " + limit.description() + " at once.")
                    .with("limit", limit.apiName())
                    .with("maximum", limit.maximum(limits));
        });
    }

    /**
     * Whether a waitlist offer may go to the client now. Called while a therapist's calendar is locked, so it
     * does not wait for the client's lock: a client busy with another request is passed over for this slot
     * rather than risk two locks taken in opposite orders.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean admitsOffer(UUID clientId) {
        Optional<UUID> locked = jdbc.sql("SELECT id FROM client WHERE id = :id AND erased_at IS NULL FOR UPDATE SKIP LOCKED")
                .param("id", clientId)
                .query(UUID.class)
                .optional();
        return locked.isPresent() && Limit.firstExceeded(limits, holdings(clientId), Holdings.offer()).isEmpty();
    }

    private Holdings holdings(UUID clientId) {
        return jdbc.sql("""
                        SELECT
                          (SELECT count(*) FROM appointment
                           WHERE client_id = :clientId AND status = 'BOOKED' AND starts_at > :now) AS future_appointments,
                          (SELECT count(*) FROM waitlist_entry WHERE client_id = :clientId AND status = 'WAITING') AS waitlist_entries,
                          (SELECT count(*) FROM waitlist_offer o JOIN waitlist_entry e ON e.id = o.entry_id
                           WHERE e.client_id = :clientId AND o.status = 'OFFERED') AS open_offers,
                          (SELECT count(DISTINCT series_id) FROM appointment
                           WHERE client_id = :clientId AND series_id IS NOT NULL AND status = 'BOOKED'
                             AND starts_at > :now) AS active_courses
                        """)
                .param("clientId", clientId)
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> new Holdings(rs.getInt("future_appointments"), rs.getInt("waitlist_entries"),
                        rs.getInt("open_offers"), rs.getInt("active_courses")))
                .single();
    }
}

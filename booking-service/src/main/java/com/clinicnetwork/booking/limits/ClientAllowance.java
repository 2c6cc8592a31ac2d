package com.clinicnetwork.booking.limits;

import com.clinicnetwork.booking.client.ClientRepository;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enforces {@link ClientLimitsProperties}. Counting happens under the client's row lock, taken before any
 * therapist's calendar lock, so concurrent requests for one client are judged one after the other.
 */
@Component
public class ClientAllowance {

    private final ClientRepository clients;
    private final HoldingsRepository holdings;
    private final ClientLimitsProperties limits;
    private final Clock clock;

    ClientAllowance(ClientRepository clients, HoldingsRepository holdings, ClientLimitsProperties limits, Clock clock) {
        this.clients = clients;
        this.holdings = holdings;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Locks the client, who must exist, and refuses the request if it would take them past a limit.
     *
     * @throws ClientErasedException       if the client's data has been erased
     * @throws ClientLimitReachedException naming the first limit the request would pass
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void require(UUID clientId, Holdings adding) {
        ClientRepository.LockedClient client = clients.lock(clientId)
                .orElseThrow(() -> new IllegalStateException("Client " + clientId + " does not exist"));
        if (client.erased()) {
            throw new ClientErasedException();
        }
        Limit.firstExceeded(limits, holdings.of(clientId, clock.instant()), adding).ifPresent(limit -> {
            throw new ClientLimitReachedException(limit, limit.maximum(limits));
        });
    }

    /**
     * Whether a waitlist offer may go to the client now. Called while a therapist's calendar is locked, so it
     * does not wait for the client's lock: a client busy with another request is passed over for this slot
     * rather than risk two locks taken in opposite orders.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean admitsOffer(UUID clientId) {
        return holdings.lockUnlessBusyOrErased(clientId)
                && Limit.firstExceeded(limits, holdings.of(clientId, clock.instant()), Holdings.offer()).isEmpty();
    }
}

package com.clinicnetwork.booking.limits;

import com.clinicnetwork.booking.client.ClientRepository;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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
        Limit.firstExceeded(limits, holdings.of(clientId, clock.instant()), adding).ifPresent(limit -> {
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
        return holdings.lockUnlessBusyOrErased(clientId)
                && Limit.firstExceeded(limits, holdings.of(clientId, clock.instant()), Holdings.offer()).isEmpty();
    }
}

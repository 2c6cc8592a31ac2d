package com.clinicnetwork.gateway.loadbalancing;

import java.net.ConnectException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancedExchangeFilterFunction;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Lets the gateway's own calls to the services (the merged audit trail, a client's data export) reach {@code lb://}
 * addresses as its routes do: the load balancer picks a replica for each call, and a replica that refuses the
 * connection (down, or not started yet) is passed over for the next one; it never saw the request. Other addresses are
 * called as they are: Spring Cloud's filter alone would take any host for a service id.
 */
@Component
public class LoadBalancedCalls implements ExchangeFilterFunction {

    /** Enough to get past one or two replicas that are down. */
    private static final int REFUSED_CONNECTION_RETRIES = 2;

    private final ObjectProvider<LoadBalancedExchangeFilterFunction> loadBalancer;

    LoadBalancedCalls(ObjectProvider<LoadBalancedExchangeFilterFunction> loadBalancer) {
        this.loadBalancer = loadBalancer;
    }

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        if (!ServiceAddress.isLoadBalanced(request.url())) {
            return next.exchange(request);
        }
        // Spring Cloud's filter takes the host for the service id and keeps the scheme for the replica's address.
        ClientRequest overHttp = ClientRequest.from(request)
                .url(UriComponentsBuilder.fromUri(request.url()).scheme("http").build(true).toUri())
                .build();
        return Mono.defer(() -> loadBalancer.getObject().filter(overHttp, next))
                .retryWhen(Retry.max(REFUSED_CONNECTION_RETRIES).filter(LoadBalancedCalls::connectionRefused));
    }

    private static boolean connectionRefused(Throwable failure) {
        return NestedExceptionUtils.getMostSpecificCause(failure) instanceof ConnectException;
    }
}

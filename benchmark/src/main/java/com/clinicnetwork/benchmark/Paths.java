package com.clinicnetwork.benchmark;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The requests of each measured path, at a fixed arrival rate. */
final class Paths {

    /** Runs a path at a rate for a while. */
    @FunctionalInterface
    interface AtRate {
        OpenModelLoad.Result run(double rate, Duration duration);
    }

    private static final Duration WARM_UP = Duration.ofSeconds(10);

    private final Api gateway;
    private final Api direct;
    private final BenchmarkChain chain;
    private final String therapistPath;

    Paths(Api gateway, Api direct, BenchmarkChain chain) {
        this.gateway = gateway;
        this.direct = direct;
        this.chain = chain;
        this.therapistPath = "/api/v1/therapists/" + chain.therapistIds.get(0);
    }

    /** Enough of every path for the JIT compilers to have seen it before anything is measured. */
    void warmUp() {
        bookings(20, WARM_UP);
        availability(10, WARM_UP);
        directGet(100, WARM_UP);
        gatewayGet(100, WARM_UP);
    }

    OpenModelLoad.Result availability(double rate, Duration duration) {
        return OpenModelLoad.run("availability", rate, duration, () -> gateway.sendAsync("GET", chain.availabilityQuery(), null),
                status -> status == 200);
    }

    OpenModelLoad.Result bookings(double rate, Duration duration) {
        return OpenModelLoad.run("bookings", rate, duration, () -> gateway.sendAsync("POST", "/api/v1/appointments", chain.nextBooking()),
                status -> status == 201);
    }

    OpenModelLoad.Result directGet(double rate, Duration duration) {
        return OpenModelLoad.run("direct GET", rate, duration, this::directGetRequest, status -> status == 200);
    }

    OpenModelLoad.Result gatewayGet(double rate, Duration duration) {
        return OpenModelLoad.run("gateway GET", rate, duration, this::gatewayGetRequest, status -> status == 200);
    }

    CompletableFuture<Integer> directGetRequest() {
        return direct.sendAsync("GET", therapistPath, null);
    }

    CompletableFuture<Integer> gatewayGetRequest() {
        return gateway.sendAsync("GET", therapistPath, null);
    }
}

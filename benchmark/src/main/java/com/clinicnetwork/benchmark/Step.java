package com.clinicnetwork.benchmark;

import java.time.Duration;
import java.util.Map;

/** One fixed-rate step of a path, with the CPU time each process spent on it. */
record Step(OpenModelLoad.Result result, Map<String, Long> cpuMillis) {

    boolean meets(Duration p99Budget) {
        return result.meetsP99(p99Budget);
    }

    /** CPU milliseconds a process spent per successful request of the step (its idle work included). */
    double cpuMillisPerRequest(String process) {
        return result.succeeded() == 0 ? Double.NaN : cpuMillis.getOrDefault(process, 0L) / (double) result.succeeded();
    }
}

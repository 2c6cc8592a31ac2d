package com.clinicnetwork.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many processes of each service the local run starts: {@code CLINIC_REPLICAS} for every service, or per service
 * ({@code THERAPIST_SERVICE_REPLICAS}, {@code BOOKING_SERVICE_REPLICAS}, {@code NOTIFICATION_SERVICE_REPLICAS}), 1 by
 * default. Replica 1 is the service as ever (its name, port and log file); replica n listens on the service's port plus
 * {@value #PORT_STEP}(n-1) and logs to {@code <service>-<n>.log}. The gateway spreads requests over them; the identity
 * provider, the web app, the gateway and the operator console run once (their sessions, or what is in front of them,
 * belong to one process).
 */
public record ServiceReplicas(Map<String, Integer> counts) {

    static final String EVERY_SERVICE_VARIABLE = "CLINIC_REPLICAS";
    static final List<String> REPLICABLE = List.of("therapist-service", "booking-service", "notification-service");
    static final int MAX = 5;
    static final int PORT_STEP = 100;

    public ServiceReplicas {
        counts = Map.copyOf(counts);
        counts.forEach((service, count) -> {
            if (!REPLICABLE.contains(service)) {
                throw new IllegalArgumentException(service + " runs once; replicas are for " + String.join(", ", REPLICABLE));
            }
            if (count < 1 || count > MAX) {
                throw new IllegalArgumentException("Replicas of " + service + " must be between 1 and " + MAX + ", got " + count);
            }
        });
    }

    /** One process of every service. */
    public static ServiceReplicas single() {
        return every(1);
    }

    /** The same number of processes of every service that can have several. */
    public static ServiceReplicas every(int count) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        REPLICABLE.forEach(service -> counts.put(service, count));
        return new ServiceReplicas(counts);
    }

    static ServiceReplicas fromEnvironment(Map<String, String> env) {
        int everyService = count(env, EVERY_SERVICE_VARIABLE, 1);
        Map<String, Integer> counts = new LinkedHashMap<>();
        REPLICABLE.forEach(service -> counts.put(service, count(env, variable(service), everyService)));
        return new ServiceReplicas(counts);
    }

    /** @return 1 for a service that always runs once */
    public int of(String service) {
        return counts.getOrDefault(service, 1);
    }

    /** Whether any service runs more than once: the gateway then balances over static instance lists. */
    public boolean several(String service) {
        return of(service) > 1;
    }

    /** {@code booking-service} for replica 1, {@code booking-service-2} for the second. */
    public static String processName(String service, int replica) {
        return replica == 1 ? service : service + "-" + replica;
    }

    /** The service a process name belongs to and which replica it is; a name without a replica number is replica 1. */
    static Replica parse(String processName) {
        for (String service : REPLICABLE) {
            if (processName.startsWith(service + "-")) {
                String number = processName.substring(service.length() + 1);
                if (number.chars().allMatch(Character::isDigit) && !number.isEmpty()) {
                    return new Replica(service, Integer.parseInt(number));
                }
            }
        }
        return new Replica(processName, 1);
    }

    static int port(int servicePort, int replica) {
        return servicePort + PORT_STEP * (replica - 1);
    }

    /** @param index 1 for the first process of the service */
    record Replica(String service, int index) {

        String processName() {
            return ServiceReplicas.processName(service, index);
        }
    }

    private static String variable(String service) {
        return service.toUpperCase(Locale.ROOT).replace('-', '_') + "_REPLICAS";
    }

    private static int count(Map<String, String> env, String name, int fallback) {
        return EnvironmentNumbers.inRange(env, name, fallback, 1, MAX, "a number of processes");
    }
}

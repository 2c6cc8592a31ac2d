package com.clinicnetwork.launcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the gateway and the operator console are told about services that run several times in the local run. The
 * gateway addresses such a service as {@code lb://<service>} and Spring Cloud LoadBalancer picks from a static list of
 * its replicas' URLs; the console asks every replica's actuator and lists each as {@code <service>-<n>}. Both lists go in
 * {@code SPRING_APPLICATION_JSON}: environment variable names cannot carry the services' hyphenated map keys.
 */
final class ReplicaRouting {

    private ReplicaRouting() {
    }

    static Map<String, String> gatewayEnvironment(LauncherSettings settings) {
        Map<String, String> env = new HashMap<>();
        List<String> instanceLists = new ArrayList<>();
        for (String service : ServiceReplicas.REPLICABLE) {
            if (!settings.replicas().several(service)) {
                continue;
            }
            env.put(service.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL", "lb://" + service);
            List<String> instances = new ArrayList<>();
            for (int replica = 1; replica <= settings.replicas().of(service); replica++) {
                instances.add("{\"uri\":\"" + url(settings, service, replica) + "\"}");
            }
            instanceLists.add("\"" + service + "\":[" + String.join(",", instances) + "]");
        }
        if (!instanceLists.isEmpty()) {
            env.put("SPRING_APPLICATION_JSON", "{\"spring\":{\"cloud\":{\"discovery\":{\"client\":{\"simple\":{\"instances\":{"
                    + String.join(",", instanceLists) + "}}}}}}}");
        }
        return env;
    }

    static Map<String, String> opsConsoleEnvironment(LauncherSettings settings) {
        List<String> extraReplicas = new ArrayList<>();
        for (String service : ServiceReplicas.REPLICABLE) {
            for (int replica = 2; replica <= settings.replicas().of(service); replica++) {
                extraReplicas.add("\"" + ServiceReplicas.processName(service, replica) + "\":\"" + url(settings, service, replica) + "\"");
            }
        }
        if (extraReplicas.isEmpty()) {
            return Map.of();
        }
        return Map.of("SPRING_APPLICATION_JSON", "{\"clinic\":{\"ops\":{\"services\":{" + String.join(",", extraReplicas) + "}}}}");
    }

    static String url(LauncherSettings settings, String service, int replica) {
        return "http://" + LocalPlatform.LOOPBACK + ":" + LocalPlatform.port(settings, ServiceReplicas.processName(service, replica));
    }
}

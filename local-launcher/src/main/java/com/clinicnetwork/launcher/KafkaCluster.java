package com.clinicnetwork.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The local Kafka cluster in KRaft mode: one node, or three that each are a broker and a voting controller and hold a
 * replica of every partition (see {@link LauncherSettings#kafkaNodes()} for their ports). Nodes can be killed and
 * started again one by one, as a crash and a recovery.
 */
final class KafkaCluster {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final List<KafkaBroker> brokers;

    private KafkaCluster(List<KafkaBroker> brokers) {
        this.brokers = brokers;
    }

    /** Starts every node, formatting the storage of a new one, and waits until all have joined the cluster. */
    static KafkaCluster start(LauncherSettings settings) {
        List<LauncherSettings.KafkaNode> nodes = settings.kafkaNodes();
        Path directory = directory(settings);
        KafkaCluster cluster = new KafkaCluster(nodes.stream().map(node -> broker(settings, directory, node)).toList());
        cluster.brokers.forEach(broker -> broker.configure(nodes));
        List<KafkaBroker> unformatted = cluster.brokers.stream().filter(broker -> !broker.isFormatted()).toList();
        if (!unformatted.isEmpty()) {
            String clusterId = clusterId(directory);
            unformatted.forEach(broker -> broker.format(clusterId));
        }
        try {
            // All at once: no controller can be elected, and so no broker registered, until a majority of them runs.
            cluster.brokers.forEach(KafkaBroker::start);
            cluster.awaitRegistered(cluster.bootstrapServers(), cluster.brokers);
            return cluster;
        } catch (RuntimeException e) {
            cluster.stop();
            throw e;
        }
    }

    /** A single node keeps the directory of the launcher before clusters, so that a developer's data survives. */
    static Path directory(LauncherSettings settings) {
        return settings.dataDir().resolve(settings.kafkaBrokers() == 1 ? "kafka" : "kafka-" + settings.kafkaBrokers());
    }

    private static KafkaBroker broker(LauncherSettings settings, Path directory, LauncherSettings.KafkaNode node) {
        if (settings.kafkaBrokers() == 1) {
            return new KafkaBroker(node, "kafka", directory, settings.libDir(), settings.logsDir(), "512m");
        }
        // Smaller heaps: three brokers share the machine with the platform's other JVMs.
        return new KafkaBroker(node, "kafka-" + node.id(), directory.resolve("node-" + node.id()), settings.libDir(),
                settings.logsDir(), "384m");
    }

    /**
     * The one cluster id every node is formatted with, kept in the cluster's directory so that a node formatted at a
     * later start (its data removed, or the first start cut short) joins the same cluster.
     */
    private static String clusterId(Path directory) {
        Path file = directory.resolve("cluster-id");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(directory);
                Files.writeString(file, Uuid.randomUuid().toString());
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the Kafka cluster id in " + file, e);
        }
    }

    /** Every node, comma-separated, whether running or not. */
    String bootstrapServers() {
        return brokers.stream().map(KafkaBroker::address).collect(Collectors.joining(","));
    }

    List<ManagedProcess> processes() {
        return brokers.stream().filter(KafkaBroker::isRunning).map(KafkaBroker::running).toList();
    }

    /** Kills a node without warning (SIGKILL); the others elect new leaders for its partitions. */
    void kill(int nodeId) {
        broker(nodeId).kill();
    }

    /** Starts a killed node on its port and data, and waits until it is back in the cluster. */
    void start(int nodeId) {
        KafkaBroker broker = broker(nodeId);
        broker.start();
        // Only the node itself: the cluster lists a killed node until its session times out. A node answers
        // requests only once the controller has let it back in (unfenced).
        awaitRegistered(broker.address(), List.of(broker));
    }

    /** Stops every running node gracefully, all at once, so that each hands its partitions over while the controllers run. */
    void stop() {
        brokers.forEach(KafkaBroker::requestStop);
        brokers.forEach(broker -> broker.awaitStop(STOP_GRACE));
    }

    private KafkaBroker broker(int nodeId) {
        return brokers.stream().filter(broker -> broker.id() == nodeId).findFirst().orElseThrow(() ->
                new IllegalArgumentException("No Kafka node " + nodeId + "; the nodes are 1 to " + brokers.size()));
    }

    private void awaitRegistered(String bootstrapServers, List<KafkaBroker> joining) {
        Set<Integer> ids = joining.stream().map(KafkaBroker::id).collect(Collectors.toSet());
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            Readiness.await("Kafka", READY_TIMEOUT, joining.stream().map(KafkaBroker::running).toList(), () -> {
                try {
                    return admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).stream().map(Node::id)
                            .collect(Collectors.toSet()).containsAll(ids);
                } catch (Exception notYet) {
                    return false;
                }
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("Kafka was not ready within " + READY_TIMEOUT.toSeconds() + " s; see "
                    + joining.stream().map(broker -> broker.logFile().toString()).collect(Collectors.joining(", ")), e);
        }
    }
}

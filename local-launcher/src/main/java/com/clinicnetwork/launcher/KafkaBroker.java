package com.clinicnetwork.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A single-node Apache Kafka broker in KRaft mode (broker and controller in one process), run from the
 * Kafka jars on Maven Central. Its log directory persists in the data directory across restarts.
 */
final class KafkaBroker {

    private final ManagedProcess process;
    private final String bootstrapServers;

    private KafkaBroker(ManagedProcess process, String bootstrapServers) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
    }

    static KafkaBroker start(Path kafkaDir, Path libDir, int port, int controllerPort, Path logsDir) {
        Path logDirs = kafkaDir.resolve("data");
        Path config = kafkaDir.resolve("server.properties");
        String classpath = libDir.toAbsolutePath() + "/*";
        writeConfig(config, logDirs, port, controllerPort);
        if (!Files.exists(logDirs.resolve("meta.properties"))) {
            ManagedProcess.runToCompletion("kafka-storage-format",
                    List.of("-cp", classpath, "kafka.tools.StorageTool", "format",
                            "-t", Uuid.randomUuid().toString(), "-c", config.toString()),
                    logsDir.resolve("kafka.log"), Duration.ofSeconds(60));
        }
        ManagedProcess process = ManagedProcess.start("kafka",
                List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-cp", classpath, "kafka.Kafka", config.toString()),
                Map.of(), logsDir.resolve("kafka.log"));
        String bootstrap = "127.0.0.1:" + port;
        KafkaBroker broker = new KafkaBroker(process, bootstrap);
        broker.awaitReady(Duration.ofSeconds(60));
        return broker;
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    ManagedProcess process() {
        return process;
    }

    private void awaitReady(Duration timeout) {
        try (AdminClient admin = AdminClient.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            Readiness.await("Kafka", timeout, process, () -> {
                try {
                    admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                    return true;
                } catch (Exception notYet) {
                    return false;
                }
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("Kafka was not ready within " + timeout.toSeconds() + " s; see " + process.logFile(), e);
        }
    }

    private static void writeConfig(Path config, Path logDirs, int port, int controllerPort) {
        Properties properties = new Properties();
        properties.setProperty("process.roles", "broker,controller");
        properties.setProperty("node.id", "1");
        properties.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        properties.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        properties.setProperty("controller.listener.names", "CONTROLLER");
        properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
        properties.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.setProperty("log.dirs", logDirs.toAbsolutePath().toString());
        properties.setProperty("num.partitions", "3");
        properties.setProperty("offsets.topic.replication.factor", "1");
        properties.setProperty("transaction.state.log.replication.factor", "1");
        properties.setProperty("transaction.state.log.min.isr", "1");
        properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
        properties.setProperty("share.coordinator.state.topic.min.isr", "1");
        properties.setProperty("group.initial.rebalance.delay.ms", "0");
        // Topics are declared by the services with their contract settings (compaction for the directory).
        properties.setProperty("auto.create.topics.enable", "false");
        try {
            Files.createDirectories(config.getParent());
            try (var out = Files.newBufferedWriter(config)) {
                properties.store(out, "Written by the local launcher; edits are overwritten at the next start");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.clinicnetwork.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * One node of the local Kafka cluster in KRaft mode, broker and controller in one process, run from the Kafka jars on
 * Maven Central. Its directory holds its configuration and its log directory, which persists across restarts.
 */
final class KafkaBroker {

    private final LauncherSettings.KafkaNode node;
    private final String name;
    private final Path directory;
    private final String classpath;
    private final Path logFile;
    private final String maxHeap;
    private ManagedProcess process;

    /**
     * @param name      of its process and log file
     * @param directory its configuration ({@code server.properties}) and log directory ({@code data})
     * @param maxHeap   e.g. {@code 384m}
     */
    KafkaBroker(LauncherSettings.KafkaNode node, String name, Path directory, Path libDir, Path logsDir, String maxHeap) {
        this.node = node;
        this.name = name;
        this.directory = directory;
        this.classpath = libDir.toAbsolutePath() + "/*";
        this.logFile = logsDir.resolve(name + ".log");
        this.maxHeap = maxHeap;
    }

    /** Writes its configuration as a member of the cluster of {@code voters}; a formatted node keeps its data. */
    void configure(List<LauncherSettings.KafkaNode> voters) {
        Properties properties = properties(node, voters, dataDir());
        try {
            Files.createDirectories(directory);
            try (var out = Files.newBufferedWriter(config())) {
                properties.store(out, "Written by the local launcher; edits are overwritten at the next start");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isFormatted() {
        return Files.exists(dataDir().resolve("meta.properties"));
    }

    void format(String clusterId) {
        ManagedProcess.runToCompletion(name + "-storage-format",
                List.of("-cp", classpath, "kafka.tools.StorageTool", "format", "-t", clusterId, "-c", config().toString()),
                logFile, Duration.ofSeconds(60));
    }

    /** Starts its process; {@link KafkaCluster} waits until it has joined the cluster. */
    void start() {
        if (process != null) {
            throw new IllegalStateException(name + " is already running");
        }
        process = ManagedProcess.start(name,
                List.of("-Xms128m", "-Xmx" + maxHeap, "-XX:+UseSerialGC", "-cp", classpath, "kafka.Kafka", config().toString()),
                Map.of(), logFile);
    }

    /** SIGKILL, as a crash: no controlled shutdown, so its partitions' leaders move only when the controller notices. */
    void kill() {
        running().kill();
        process = null;
    }

    void requestStop() {
        if (process != null) {
            process.requestStop();
        }
    }

    void awaitStop(Duration grace) {
        if (process != null) {
            process.awaitStop(grace);
            process = null;
        }
    }

    ManagedProcess running() {
        if (process == null) {
            throw new IllegalStateException(name + " is not running");
        }
        return process;
    }

    boolean isRunning() {
        return process != null;
    }

    int id() {
        return node.id();
    }

    String address() {
        return LocalPlatform.LOOPBACK + ":" + node.port();
    }

    Path logFile() {
        return logFile;
    }

    private Path config() {
        return directory.resolve("server.properties");
    }

    private Path dataDir() {
        return directory.resolve("data");
    }

    /**
     * The configuration of {@code node} in a cluster whose every node is a broker and a voting controller. Every partition,
     * the internal topics' included, has a replica on every node; with three, a write needs two of them (acks=all), so
     * that one node may be lost without losing an acknowledged record or stopping producers.
     */
    static Properties properties(LauncherSettings.KafkaNode node, List<LauncherSettings.KafkaNode> voters, Path logDirs) {
        String replicationFactor = Integer.toString(voters.size());
        String minInSyncReplicas = Integer.toString(Math.max(1, voters.size() - 1));
        Properties properties = new Properties();
        properties.setProperty("process.roles", "broker,controller");
        properties.setProperty("node.id", Integer.toString(node.id()));
        properties.setProperty("controller.quorum.voters", voters.stream()
                .map(voter -> voter.id() + "@" + LocalPlatform.LOOPBACK + ":" + voter.controllerPort())
                .collect(Collectors.joining(",")));
        properties.setProperty("listeners", "PLAINTEXT://" + LocalPlatform.LOOPBACK + ":" + node.port()
                + ",CONTROLLER://" + LocalPlatform.LOOPBACK + ":" + node.controllerPort());
        properties.setProperty("advertised.listeners", "PLAINTEXT://" + LocalPlatform.LOOPBACK + ":" + node.port());
        properties.setProperty("controller.listener.names", "CONTROLLER");
        properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
        properties.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.setProperty("log.dirs", logDirs.toAbsolutePath().toString());
        properties.setProperty("num.partitions", "3");
        properties.setProperty("default.replication.factor", replicationFactor);
        properties.setProperty("min.insync.replicas", minInSyncReplicas);
        properties.setProperty("offsets.topic.replication.factor", replicationFactor);
        properties.setProperty("transaction.state.log.replication.factor", replicationFactor);
        properties.setProperty("transaction.state.log.min.isr", minInSyncReplicas);
        properties.setProperty("share.coordinator.state.topic.replication.factor", replicationFactor);
        properties.setProperty("share.coordinator.state.topic.min.isr", minInSyncReplicas);
        // A replica that missed acknowledged writes must never become leader: that would drop them.
        properties.setProperty("unclean.leader.election.enable", "false");
        if (voters.size() > 1) {
            // A controlled shutdown hands a node's partition leaders over before it stops, which matters when one node
            // stops while the others run; the launcher stops the nodes of a cluster only together (and kills single
            // ones). Stopped together, the last node's request could wait minutes for a controller majority already
            // gone; without it, the next start waits one broker session (9 s) before the nodes may register again.
            properties.setProperty("controlled.shutdown.enable", "false");
        }
        properties.setProperty("group.initial.rebalance.delay.ms", "0");
        // Topics are declared by the services with their contract settings (compaction for the directory).
        properties.setProperty("auto.create.topics.enable", "false");
        return properties;
    }
}

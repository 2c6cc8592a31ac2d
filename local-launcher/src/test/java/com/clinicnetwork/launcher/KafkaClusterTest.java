package com.clinicnetwork.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClusterTest {

    private static final Path JAR_DIR = Path.of("/opt/clinic/local-launcher/target");

    @Test
    void aSingleNodeKeepsEveryReplicaOnItselfAndItsDataWhereItWasBeforeClusters() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(JAR_DIR, Map.of("CLINIC_LOCAL_DIR", "/data/run"));
        LauncherSettings.KafkaNode node = settings.kafkaNodes().get(0);

        assertThat(KafkaBroker.properties(node, settings.kafkaNodes(), Path.of("/data/run/kafka/data")))
                .containsEntry("node.id", "1")
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:9093")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:9092")
                .containsEntry("log.dirs", "/data/run/kafka/data")
                .containsEntry("default.replication.factor", "1")
                .containsEntry("min.insync.replicas", "1")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("auto.create.topics.enable", "false")
                .doesNotContainKey("controlled.shutdown.enable");
        assertThat(KafkaCluster.directory(settings)).isEqualTo(Path.of("/data/run/kafka"));
    }

    @Test
    void threeNodesAreOneVoterSetThatKeepsThreeReplicasOfEveryPartitionAndWritesTwo() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(JAR_DIR, Map.of("CLINIC_LOCAL_DIR", "/data/run",
                "CLINIC_KAFKA_BROKERS", "3"));
        List<LauncherSettings.KafkaNode> nodes = settings.kafkaNodes();

        assertThat(KafkaBroker.properties(nodes.get(1), nodes, Path.of("/data/run/kafka-3/node-2/data")))
                .containsEntry("node.id", "2")
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:9094,CONTROLLER://127.0.0.1:9095")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:9094")
                .containsEntry("log.dirs", "/data/run/kafka-3/node-2/data")
                .containsEntry("default.replication.factor", "3")
                .containsEntry("min.insync.replicas", "2")
                .containsEntry("offsets.topic.replication.factor", "3")
                .containsEntry("transaction.state.log.replication.factor", "3")
                .containsEntry("transaction.state.log.min.isr", "2")
                .containsEntry("share.coordinator.state.topic.replication.factor", "3")
                .containsEntry("share.coordinator.state.topic.min.isr", "2")
                .containsEntry("unclean.leader.election.enable", "false")
                .containsEntry("controlled.shutdown.enable", "false")
                .containsEntry("auto.create.topics.enable", "false");
        assertThat(KafkaCluster.directory(settings)).as("apart from a single node's data, so either can be run again")
                .isEqualTo(Path.of("/data/run/kafka-3"));
    }
}

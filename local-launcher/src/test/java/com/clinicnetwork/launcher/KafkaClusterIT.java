package com.clinicnetwork.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local run's three-node Kafka cluster, on its own: a topic replicated as the platform's are (three replicas, two
 * in sync for a write) keeps every acknowledged record, and keeps taking and serving records, when a node crashes,
 * and the node catches up when it comes back; the whole cluster stopped and started again keeps its records.
 */
class KafkaClusterIT {

    private static final int RECORDS = 300;

    private static LauncherSettings settings;
    private static KafkaCluster cluster;

    @BeforeAll
    static void startCluster() {
        settings = LauncherSettings.forTests(Path.of("target").toAbsolutePath().resolve("kafka-cluster-" + UUID.randomUUID()),
                Path.of(System.getProperty("clinic.launcher.services-dir")), Path.of(System.getProperty("clinic.launcher.lib-dir")))
                .withKafkaBrokers(3);
        cluster = KafkaCluster.start(settings);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.stop();
        }
    }

    @Test
    void everyNodeKeepsItsOwnDataInOneCluster() throws IOException {
        Path directory = KafkaCluster.directory(settings);
        String clusterId = Files.readString(directory.resolve("cluster-id")).strip();

        for (int node = 1; node <= 3; node++) {
            Properties meta = new Properties();
            try (Reader reader = Files.newBufferedReader(directory.resolve("node-" + node).resolve("data").resolve("meta.properties"))) {
                meta.load(reader);
            }
            assertThat(meta).containsEntry("node.id", Integer.toString(node)).containsEntry("cluster.id", clusterId);
        }
    }

    @Test
    void noAcknowledgedRecordIsLostOrDuplicatedWhenANodeCrashesAndTheNodeCatchesUpWhenItReturns() throws Exception {
        String topic = "crash-probe";
        try (Admin admin = admin();
                KafkaProducer<String, String> producer = producer();
                KafkaConsumer<String, String> consumer = consumer(topic)) {
            createTopic(admin, topic);
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            List<String> received = new ArrayList<>();

            send(producer, topic, 0, RECORDS / 3, acknowledged);
            producer.flush();
            readUntil(consumer, received, RECORDS / 3);
            int crashed = leaderOfFirstPartition(admin, topic);
            // Some of these are in flight when the node dies: retried, they must still be written once.
            send(producer, topic, RECORDS / 3, 2 * RECORDS / 3, acknowledged);
            cluster.kill(crashed);
            send(producer, topic, 2 * RECORDS / 3, RECORDS, acknowledged);
            producer.flush();
            readUntil(consumer, received, RECORDS);

            assertThat(acknowledged).hasSize(RECORDS);
            assertThat(received).hasSize(acknowledged.size()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(acknowledged);

            cluster.start(crashed);
            await("node " + crashed + " back in every partition's in-sync replicas").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                            .allMatch(partition -> partition.isr().stream().anyMatch(replica -> replica.id() == crashed)));
        }
    }

    /** As {@link LocalPlatform#restartKafka()} does: the nodes start on their formatted data, which keeps every record. */
    @Test
    void aStoppedClusterStartsAgainWithItsRecords() throws Exception {
        String topic = "restart-probe";
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (Admin admin = admin(); KafkaProducer<String, String> producer = producer()) {
            createTopic(admin, topic);
            send(producer, topic, 0, RECORDS, acknowledged);
            producer.flush();
        }

        cluster.stop();
        cluster = KafkaCluster.start(settings);

        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(topic)) {
            readUntil(consumer, received, RECORDS);
        }
        assertThat(received).hasSize(RECORDS).containsExactlyInAnyOrderElementsOf(acknowledged);
    }

    private static void createTopic(Admin admin, String topic) throws Exception {
        admin.createTopics(List.of(new NewTopic(topic, 3, (short) 3).configs(Map.of("min.insync.replicas", "2")))).all().get();
    }

    /** Sends records {@code from} to {@code to} (exclusive) without waiting, noting those the cluster acknowledges. */
    private static void send(KafkaProducer<String, String> producer, String topic, int from, int to, Set<String> acknowledged) {
        IntStream.range(from, to).mapToObj(i -> "record-" + i).forEach(value ->
                producer.send(new ProducerRecord<>(topic, value, value), (metadata, failure) -> {
                    if (failure == null) {
                        acknowledged.add(value);
                    }
                }));
    }

    private static void readUntil(KafkaConsumer<String, String> consumer, List<String> received, int count) {
        await("records read").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ZERO).until(() -> {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                received.add(record.value());
            }
            consumer.commitSync();
            return received.size() >= count;
        });
    }

    private static int leaderOfFirstPartition(Admin admin, String topic) throws Exception {
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
        Node leader = description.partitions().get(0).leader();
        assertThat(new HashSet<>(description.partitions().get(0).replicas())).as("a replica on every node").hasSize(3);
        return leader.id();
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()));
    }

    /** As the platform's producers send (reliable-messaging MessagingDefaults). */
    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    /** A consumer in a group of its own, which commits what it read, subscribed to {@code topic}. */
    private static KafkaConsumer<String, String> consumer(String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, topic + "-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        consumer.subscribe(List.of(topic));
        return consumer;
    }
}

package com.clinicnetwork.testsupport.infrastructure;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The embedded PostgreSQL server and KRaft broker of this test JVM, started on first use and stopped
 * when the JVM exits, so every Spring context of a module's test run shares them.
 */
public final class SharedInfrastructure {

    private static EmbeddedPostgresServer postgres;
    private static EmbeddedKafkaKraftBroker kafka;

    private SharedInfrastructure() {
    }

    public static synchronized EmbeddedPostgresServer postgres() {
        if (postgres == null) {
            postgres = EmbeddedPostgresServer.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "embedded-postgres-stop"));
        }
        return postgres;
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
            broker.brokerProperty("auto.create.topics.enable", "false");
            broker.afterPropertiesSet();
            kafka = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-stop"));
        }
        return kafka.getBrokersAsString();
    }
}

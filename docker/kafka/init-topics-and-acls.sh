#!/bin/bash
# Run once per `docker compose up` by the kafka-init container, as the cluster's `admin` superuser: creates
# the contract topics with the settings the services declare (reliable-messaging ContractTopics; REPLICATION_FACTOR
# replicas, of which a write needs two: the brokers' min.insync.replicas) and grants each principal only what its
# code does. Both steps are idempotent. The services are denied CREATE: their start-up declaration of the topics
# finds them here and changes nothing.
#
# Principals, topics and consumer groups must follow the code: event-contracts Topics, the @KafkaListener
# group ids (booking-service.directory, notification-service.directory, notification-service.appointments)
# and the operator console (module ops-console). The gateway has no Kafka principal.
set -euo pipefail

: "${SCRAM_PASSWORD_ADMIN:?}"
: "${KAFKA_BOOTSTRAP_SERVERS:?}"
: "${REPLICATION_FACTOR:?}"
bootstrap=$KAFKA_BOOTSTRAP_SERVERS
admin_config=$(mktemp)
trap 'rm -f "$admin_config"' EXIT
cat > "$admin_config" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${SCRAM_PASSWORD_ADMIN}";
PROPERTIES

directory=clinic.directory.v1
appointments=clinic.appointments.v1
notifications=clinic.notifications.v1
clients=clinic.clients.v1
handled=clinic.deadletters.handled.v1

topic() {
    /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --command-config "$admin_config" \
        --create --if-not-exists --replication-factor "$REPLICATION_FACTOR" --partitions 3 --topic "$@"
}

allow() {
    local principal=$1
    shift
    /opt/kafka/bin/kafka-acls.sh --bootstrap-server "$bootstrap" --command-config "$admin_config" \
        --add --allow-principal "User:${principal}" "$@" > /dev/null
}

# The broker accepts connections before SCRAM logins work; wait for the first admin request to succeed.
for attempt in $(seq 1 30); do
    if /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --command-config "$admin_config" --list > /dev/null 2>&1; then
        break
    fi
    if [[ $attempt -eq 30 ]]; then
        echo "Kafka did not accept the admin login" >&2
        exit 1
    fi
    sleep 2
done

# Dead-letter partitions mirror their source topic's (the recoverer keeps the partition number).
topic "$directory" --config cleanup.policy=compact
topic "$appointments"
topic "$notifications"
topic "$clients"
for source in "$directory" "$appointments" "$notifications" "$clients"; do
    topic "${source}.DLT" --config retention.ms=2592000000
done

# Every service declares all contract topics at start-up (describe only, as they exist already).
for service in therapist-service booking-service notification-service; do
    allow "$service" --operation Describe --resource-pattern-type prefixed --topic clinic.
done

# therapist-service: publishes the directory; consumes nothing.
allow therapist-service --operation Write --topic "$directory"

# booking-service: reads the directory into its read model, publishes appointment and client events.
allow booking-service --operation Write --topic "$appointments" --topic "$clients"
allow booking-service --operation Read --topic "$directory"
allow booking-service --operation Write --topic "${directory}.DLT"
allow booking-service --operation Read --group booking-service.directory

# notification-service: reads the directory, appointment and client events, publishes delivery outcomes.
allow notification-service --operation Write --topic "$notifications"
allow notification-service --operation Read --topic "$directory" --topic "$appointments" --topic "$clients"
allow notification-service --operation Write --topic "${directory}.DLT" --topic "${appointments}.DLT" --topic "${clients}.DLT"
allow notification-service --operation Read --group notification-service.directory --group notification-service.appointments \
    --group notification-service.clients

# ops-console (operator console): sees every topic and group with their offsets; reads dead letters and the
# delivery outcomes it lists; replays a dead letter to the topic it belongs to; keeps the handled
# dead letters in its own compacted topic, which it declares on first use. It joins no group.
allow ops-console --operation Describe --topic '*'
allow ops-console --operation Describe --group '*'
allow ops-console --operation Read --topic "${directory}.DLT" --topic "${appointments}.DLT" --topic "${notifications}.DLT" \
    --topic "${clients}.DLT" --topic "$notifications"
allow ops-console --operation Write --topic "$directory" --topic "$appointments" --topic "$notifications" --topic "$clients"
allow ops-console --operation Create --operation Read --operation Write --topic "$handled"

echo "Kafka topics and ACLs are in place"

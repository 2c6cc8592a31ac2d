#!/bin/bash
# Entry point of each compose Kafka node. The image's own start script formats the storage without SCRAM
# credentials, and with allow.everyone.if.no.acl.found=false a broker without credentials admits nobody;
# so this script formats the storage itself, adding every principal's SCRAM-SHA-512 credential, then
# starts the node with docker/kafka/server.properties and its own settings: NODE_ID, and CLUSTER_ADDRESS, its
# address on the kafka-cluster network, where its controller and inter-broker listeners are bound. Its
# compose service is kafka-<NODE_ID>, the name clients reach it by.
#
# Credentials are added only when the storage is first formatted (--ignore-formatted skips a formatted
# volume): change a password later with kafka-configs.sh --alter --entity-type users, or start from a
# fresh volume (docker compose down -v). Passwords must not contain '"', ',' or ']'.
set -euo pipefail

: "${CLUSTER_ID:?CLUSTER_ID is not set}"
: "${NODE_ID:?NODE_ID is not set}"
: "${CLUSTER_ADDRESS:?CLUSTER_ADDRESS is not set}"
config=/tmp/server.properties
{
    cat /etc/clinic/kafka/server.properties
    echo "node.id=${NODE_ID}"
    echo "listeners=SASL://:9092,CONTROLLER://${CLUSTER_ADDRESS}:9093,INTERNAL://${CLUSTER_ADDRESS}:9094"
    echo "advertised.listeners=SASL://kafka-${NODE_ID}:9092,INTERNAL://${CLUSTER_ADDRESS}:9094"
} > "$config"

principals=(
    "admin:SCRAM_PASSWORD_ADMIN"
    "therapist-service:SCRAM_PASSWORD_THERAPIST_SERVICE"
    "booking-service:SCRAM_PASSWORD_BOOKING_SERVICE"
    "notification-service:SCRAM_PASSWORD_NOTIFICATION_SERVICE"
    "ops-console:SCRAM_PASSWORD_OPS_CONSOLE"
)

scram=()
for principal in "${principals[@]}"; do
    name=${principal%%:*}
    variable=${principal#*:}
    password=${!variable:-}
    if [[ -z "$password" || "$password" == *[\",\]]* ]]; then
        echo "$variable must be set and must not contain '\"', ',' or ']'" >&2
        exit 1
    fi
    scram+=(--add-scram "SCRAM-SHA-512=[name=${name},password=${password}]")
done

/opt/kafka/bin/kafka-storage.sh format --ignore-formatted --cluster-id "$CLUSTER_ID" --config "$config" "${scram[@]}"
exec /opt/kafka/bin/kafka-server-start.sh "$config"

#!/bin/bash
# Entry point of the compose broker. The image's own start script formats the storage without SCRAM
# credentials, and with allow.everyone.if.no.acl.found=false a broker without credentials admits nobody;
# so this script formats the storage itself, adding every principal's SCRAM-SHA-512 credential, then
# starts the broker with docker/kafka/server.properties.
#
# Credentials are added only when the storage is first formatted (--ignore-formatted skips a formatted
# volume): change a password later with kafka-configs.sh --alter --entity-type users, or start from a
# fresh volume (docker compose down -v). Passwords must not contain '"', ',' or ']'.
set -euo pipefail

config=/etc/clinic/kafka/server.properties

principals=(
    "admin:SCRAM_PASSWORD_ADMIN"
    "therapist-service:SCRAM_PASSWORD_THERAPIST_SERVICE"
    "booking-service:SCRAM_PASSWORD_BOOKING_SERVICE"
    "notification-service:SCRAM_PASSWORD_NOTIFICATION_SERVICE"
    "ops-console:SCRAM_PASSWORD_OPS_CONSOLE"
)

: "${CLUSTER_ID:?CLUSTER_ID is not set}"
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

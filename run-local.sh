#!/usr/bin/env bash
# Runs the whole clinic platform on this machine, without Docker: PostgreSQL, Kafka, an SMTP server,
# the development token issuer and the four services. Needs only a JDK 17+. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
./mvnw -q -B -DskipTests -pl local-launcher -am package
exec java -jar local-launcher/target/local-launcher.jar

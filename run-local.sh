#!/usr/bin/env bash
# Runs the whole clinic platform on this machine, without Docker: PostgreSQL, Kafka, an SMTP server,
# the identity provider, the three services, the operator console, the gateway and the web app
# (http://127.0.0.1:8070, listed first in the summary). Needs only a JDK 17+. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
./mvnw -q -B -DskipTests -pl local-launcher -am package
# The classpath is given here rather than in the jar manifest, so tests that depend on the launcher jar
# never pick up its lib/ folder a second time.
exec java -cp "local-launcher/target/local-launcher.jar:local-launcher/target/lib/*" com.clinicnetwork.launcher.LocalPlatformMain

#!/usr/bin/env bash
# Builds the platform and runs the benchmark against it on this machine, once per JVM profile (about 12 minutes
# each). Arguments: the profiles to run, `production` and/or `local` (default: both, production first).
# The report is printed and written to benchmark/target/benchmark-report.md, its charts to benchmark/target/charts/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B -DskipTests -pl benchmark -am package
exec java -Xmx1g -Djava.awt.headless=true -cp "benchmark/target/benchmark.jar:benchmark/target/lib/*" \
  com.clinicnetwork.benchmark.PlatformBenchmark "$@"

#!/usr/bin/env bash
# Builds the platform and runs the benchmark against it on this machine (about 5 minutes).
# The report is printed and written to benchmark/target/benchmark-report.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B -DskipTests -pl benchmark -am package
exec java -Xmx1g -cp "benchmark/target/benchmark.jar:benchmark/target/lib/*" com.clinicnetwork.benchmark.PlatformBenchmark
